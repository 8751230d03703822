package vn.motcua.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

class StartupSeedingTest {

    static final List<String> journal = new ArrayList<>();

    /** Writes down the node's readiness while it seeds. */
    static class Seed implements StartupSeed {
        private final String name;
        private final ApplicationAvailability availability;

        Seed(String name, ApplicationAvailability availability) {
            this.name = name;
            this.availability = availability;
        }

        @Override
        public void seed() {
            journal.add(name + " while " + availability.getReadinessState());
        }
    }

    @Configuration
    static class Seeds {
        @Bean
        @Order(30)
        StartupSeed demoFiles(ApplicationAvailability availability) {
            return new Seed("demo files", availability);
        }

        @Bean
        @Order(10)
        StartupSeed organisation(ApplicationAvailability availability) {
            return new Seed("organisation", availability);
        }
    }

    private final ApplicationContextRunner app = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ApplicationAvailabilityAutoConfiguration.class))
            .withUserConfiguration(Seeds.class, StartupSeeding.class);

    @Test
    void theNodeRefusesTrafficUntilEverySeedRanInOrder() {
        journal.clear();
        app.run(context -> {
            ApplicationAvailability availability = context.getBean(ApplicationAvailability.class);
            context.getBean(StartupSeeding.class).seed();

            assertThat(journal).containsExactly("organisation while REFUSING_TRAFFIC", "demo files while REFUSING_TRAFFIC");
            assertThat(availability.getReadinessState()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
        });
    }

    @Test
    void aSeedThatFailsLeavesTheNodeUnready() {
        app.withBean("broken", StartupSeed.class, () -> () -> {
            throw new IllegalStateException("database gone");
        }).run(context -> {
            assertThatThrownBy(() -> context.getBean(StartupSeeding.class).seed()).hasMessageContaining("database gone");
            assertThat(context.getBean(ApplicationAvailability.class).getReadinessState())
                    .isEqualTo(ReadinessState.REFUSING_TRAFFIC);
        });
    }
}
