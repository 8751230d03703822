package vn.motcua.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The engine API's settings, and the filter that plans task queries. The engine's login (order 10) and
 * its guard (order 20) are registered by the engine adapter; this one comes after them, on both doors.
 */
@Configuration
@EnableConfigurationProperties(EngineApiProperties.class)
class TaskQueryPlanningRegistration {

    /**
     * After the guard: who calls is known and his request accepted before a transaction is opened for it.
     * {@code motcua.task-query-planning.enabled=false} measures without it (docs/benchmark.md).
     */
    @Bean
    @ConditionalOnProperty(name = "motcua.task-query-planning.enabled",
            matchIfMissing = true)
    FilterRegistrationBean<TaskQueryPlanning> taskQueryPlanning(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        var registration = new FilterRegistrationBean<>(new TaskQueryPlanning(jdbc, transactions));
        registration.setName("motcua-task-query-planning");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(30);
        return registration;
    }
}
