package vn.motcua.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * A rollup that takes minutes must not hold up the portal synchronisation (10-minute legal limit).
 * Latches with generous time-outs, no timing: the test fails only if the portal's task never runs
 * while the rollup is busy.
 */
class SchedulingConfigurationTest {

    /** Stands for a first KPI rollup over a large register: busy until the test lets it go. */
    static class LongRollup {
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Scheduled(fixedDelay = 50, scheduler = SchedulingConfiguration.KPI_ROLLUP)
        void roll() throws InterruptedException {
            started.countDown();
            release.await(5, TimeUnit.MINUTES);
        }
    }

    /** Stands for the portal synchronisation and the citizen ID checks. */
    static class Sync {
        final CountDownLatch portalPasses = new CountDownLatch(3);
        final CountDownLatch citizenPasses = new CountDownLatch(3);
        volatile String portalThread;

        @Scheduled(fixedDelay = 10, scheduler = SchedulingConfiguration.PORTAL_SYNC)
        void portal() {
            portalThread = Thread.currentThread().getName();
            portalPasses.countDown();
        }

        @Scheduled(fixedDelay = 10, scheduler = SchedulingConfiguration.CITIZEN_CHECKS)
        void citizens() {
            citizenPasses.countDown();
        }
    }

    private final ApplicationContextRunner app = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(TaskSchedulingAutoConfiguration.class))
            .withUserConfiguration(SchedulingConfiguration.class)
            .withBean(LongRollup.class).withBean(Sync.class);

    @Test
    void aLongRollupDoesNotDelayThePortalSynchronisation() {
        app.run(context -> {
            LongRollup rollup = context.getBean(LongRollup.class);
            Sync sync = context.getBean(Sync.class);
            try {
                assertThat(rollup.started.await(60, TimeUnit.SECONDS)).as("the rollup started").isTrue();

                assertThat(sync.portalPasses.await(60, TimeUnit.SECONDS)).as("portal passes while the rollup runs").isTrue();
                assertThat(sync.citizenPasses.await(60, TimeUnit.SECONDS)).as("citizen checks while the rollup runs").isTrue();
                assertThat(rollup.release.getCount()).as("the rollup is still busy").isEqualTo(1);
                assertThat(sync.portalThread).startsWith("portal-sync-");
            } finally {
                rollup.release.countDown();
            }
        });
    }

    /** The real tasks are on the schedulers above, not on the shared default one. */
    @Test
    void eachBackgroundTaskNamesItsOwnScheduler() throws Exception {
        assertThat(schedulerOf("vn.motcua.supervision.RollupSchedule", "run")).isEqualTo(SchedulingConfiguration.KPI_ROLLUP);
        assertThat(schedulerOf("vn.motcua.partner.BackgroundSync", "synchronisePortal"))
                .isEqualTo(SchedulingConfiguration.PORTAL_SYNC);
        assertThat(schedulerOf("vn.motcua.partner.BackgroundSync", "checkCitizens"))
                .isEqualTo(SchedulingConfiguration.CITIZEN_CHECKS);
    }

    private static String schedulerOf(String type, String method) throws Exception {
        Method task = Class.forName(type).getDeclaredMethod(method);
        return task.getAnnotation(Scheduled.class).scheduler();
    }
}
