package vn.motcua.system;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The agency this deployment serves.
 *
 * @param code the agency's identifier code (TT 10/2016/TT-BTTTT), the prefix of every file code
 * @param name the agency's name as printed on papers
 * @param place the place name in the date line ("Long Thành, ngày ...")
 */
@Validated
@ConfigurationProperties("motcua.agency")
public record AgencyProperties(
        @NotBlank @Pattern(regexp = "[0-9A-Z.]{1,40}", message = "an identifier code such as 000.00.15.H57") String code,
        @NotBlank String name, @NotBlank String place) {
}
