package vn.motcua.organisation;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param file the organisation file on disk, edited by the administrator; empty: the one built in
 *        ({@code organisation/province.yaml})
 */
@Validated
@ConfigurationProperties("motcua.organisation")
public record OrganisationProperties(@DefaultValue("") @NotNull String file) {
}
