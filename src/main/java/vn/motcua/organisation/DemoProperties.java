package vn.motcua.organisation;

import jakarta.validation.constraints.AssertTrue;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The demo office ({@code motcua.demo.*}).
 *
 * @param enabled seed the demo organisation (units' officers) and demo files once, at the first start;
 *        the prod profile turns it off and refuses to start with it on
 * @param password the password of every demo officer (and of the demo administrator)
 */
@Validated
@ConfigurationProperties("motcua.demo")
public record DemoProperties(boolean enabled, String password) {

    @AssertTrue(message = "motcua.demo.password must be set when motcua.demo.enabled is true")
    public boolean isPasswordSetWhenEnabled() {
        return !enabled || (password != null && !password.isBlank());
    }
}
