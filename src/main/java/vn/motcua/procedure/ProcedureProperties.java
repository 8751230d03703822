package vn.motcua.procedure;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param province the province whose own time-limit table applies (empty: national defaults)
 * @param timeLimitsDir an optional folder of YAML tables that adds to or replaces the built-in ones
 */
@ConfigurationProperties("motcua.procedures")
public record ProcedureProperties(String province, String timeLimitsDir) {
}
