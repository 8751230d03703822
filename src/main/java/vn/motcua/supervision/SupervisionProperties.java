package vn.motcua.supervision;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The KPI rollup ({@code motcua.supervision.*}).
 *
 * @param rollupEvery how often each node looks for settled files to add to the monthly tables
 * @param rollupSettleAfter a finished, refused, withdrawn or closed file is rolled this long after it
 *        settled, once the last writes of its closing steps are in
 * @param rollupEnabled whether this node rolls at all (off only in tests, which roll by hand)
 */
@Validated
@ConfigurationProperties("motcua.supervision")
record SupervisionProperties(
        @DefaultValue("5m") @NotNull @DurationMin(seconds = 1) Duration rollupEvery,
        @DefaultValue("1h") @NotNull @DurationMin(seconds = 0) Duration rollupSettleAfter,
        @DefaultValue("true") boolean rollupEnabled) {
}
