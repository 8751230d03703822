package vn.motcua.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * Every {@code motcua.*} settings record is checked when the application starts: a missing or
 * nonsensical value stops the start with a message naming the property, instead of becoming 0 or
 * null deep inside the file clock.
 */
class SettingsValidationTest {

    @Configuration
    @ConfigurationPropertiesScan("vn.motcua")
    static class AllSettings {
    }

    /** The settings records bound from the shipped application*.yaml, nothing else of the application. */
    private final ApplicationContextRunner shipped = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withUserConfiguration(AllSettings.class);

    @Test
    void theShippedSettingsAreValidInEveryProfile() {
        shipped.run(context -> assertThat(context).hasNotFailed());
        shipped.withPropertyValues("spring.profiles.active=postgres,prod", "MOTCUA_ADMIN_PASSWORD=not-checked-here")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void aNegativeNumberStopsTheStartNamingTheProperty() {
        shipped.withPropertyValues("motcua.file-clock.near-due-working-days=-1").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("motcua.file-clock")
                    .hasMessageContaining("nearDueWorkingDays").hasMessageContaining("must be greater than or equal to 1");
        });
    }

    @Test
    void aMissingNumberIsNotAZero() {
        new ApplicationContextRunner().withUserConfiguration(AllSettings.class)
                .withPropertyValues("motcua.file-clock.office-opens-at=07:30")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("motcua.file-clock")
                            .hasMessageContaining("supplementDays");
                });
    }

    @Test
    void settingsThatContradictEachOtherOrNameNoAgencyAreRefused() {
        shipped.withPropertyValues("motcua.partners.outbox-warn-after=15m").run(context -> assertThat(
                context.getStartupFailure()).rootCause().hasMessageContaining("outbox-down-after"));
        shipped.withPropertyValues("motcua.simulator.error-rate=1.5").run(context -> assertThat(
                context.getStartupFailure()).rootCause().hasMessageContaining("errorRate"));
        shipped.withPropertyValues("motcua.supervision.rollup-every=0s").run(context -> assertThat(
                context.getStartupFailure()).rootCause().hasMessageContaining("rollupEvery"));
        shipped.withPropertyValues("motcua.agency.code=").run(context -> assertThat(
                context.getStartupFailure()).rootCause().hasMessageContaining("motcua.agency").hasMessageContaining("code"));
    }
}
