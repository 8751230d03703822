package vn.motcua.procedure;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param province the province whose own time-limit table applies (empty: national defaults)
 * @param timeLimitsDir an optional folder of YAML tables that adds to or replaces the built-in ones
 */
@Validated
@ConfigurationProperties("motcua.procedures")
public record ProcedureProperties(
        @DefaultValue("") @NotNull @Pattern(regexp = "[A-Za-z0-9_-]*", message = "a province code: letters, digits, '-' or '_'")
        String province,
        @DefaultValue("") @NotNull String timeLimitsDir) {
}
