package vn.motcua.publicpage;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What the public pages print that is no agency's own.
 *
 * @param hotline the number citizens call to complain or report (đường dây nóng), shown on every page
 */
@Validated
@ConfigurationProperties("motcua.public-pages")
record PublicPagesProperties(@DefaultValue("1022") @NotBlank String hotline) {
}
