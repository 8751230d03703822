package vn.motcua.system;

import org.springframework.boot.task.ThreadPoolTaskSchedulerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Work that runs on its own schedule on every node. Each kind has a scheduler and a thread of its
 * own, named after it, so a KPI rollup that takes minutes never holds up the portal
 * synchronisation, which has a legal deadline (10 minutes), nor the citizen ID checks, and a log
 * line or a thread dump says which is which. A task picks its scheduler with
 * {@code @Scheduled(scheduler = ...)}; one that names none runs on {@code taskScheduler}
 * ({@code spring.task.scheduling.*}).
 */
@Configuration
@EnableScheduling
public class SchedulingConfiguration {

    public static final String PORTAL_SYNC = "portalSyncScheduler";
    public static final String CITIZEN_CHECKS = "citizenCheckScheduler";
    public static final String KPI_ROLLUP = "kpiRollupScheduler";

    @Bean(PORTAL_SYNC)
    ThreadPoolTaskScheduler portalSyncScheduler() {
        return singleThread("portal-sync-");
    }

    @Bean(CITIZEN_CHECKS)
    ThreadPoolTaskScheduler citizenCheckScheduler() {
        return singleThread("citizen-check-");
    }

    @Bean(KPI_ROLLUP)
    ThreadPoolTaskScheduler kpiRollupScheduler() {
        return singleThread("kpi-rollup-");
    }

    /** Defining schedulers turns Spring Boot's own off; this is it again, for anything unnamed. */
    @Bean
    ThreadPoolTaskScheduler taskScheduler(ThreadPoolTaskSchedulerBuilder builder) {
        return builder.build();
    }

    private static ThreadPoolTaskScheduler singleThread(String threadNamePrefix) {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix(threadNamePrefix);
        return scheduler;
    }
}
