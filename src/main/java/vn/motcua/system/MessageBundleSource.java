package vn.motcua.system;

import java.text.MessageFormat;
import java.util.Locale;

import org.springframework.context.support.AbstractMessageSource;
import org.springframework.stereotype.Component;

/**
 * The application's {@code messageSource}: Spring's view of {@link Messages}, so Bean Validation's
 * {@code message = "{system.text.invalid}"} and Thymeleaf's {@code #{…}} read the same bundles, with the
 * same rule for arguments ({@code {0}} replaced as it is, no MessageFormat quoting or number formatting).
 */
@Component("messageSource")
class MessageBundleSource extends AbstractMessageSource {

    MessageBundleSource() {
        setUseCodeAsDefaultMessage(false);
    }

    @Override
    protected String getMessageInternal(String code, Object[] args, Locale locale) {
        if (code == null || !Messages.has(code)) {
            return null;
        }
        return Messages.text(code, args == null ? new Object[0] : args);
    }

    /** Never reached: {@link #getMessageInternal} answers every code itself. */
    @Override
    protected MessageFormat resolveCode(String code, Locale locale) {
        return null;
    }
}
