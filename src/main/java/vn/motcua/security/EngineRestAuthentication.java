package vn.motcua.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Camunda's REST API has no login of its own: without this filter it answers anonymous callers.
 * The guard comes after it, so it knows who calls, on both doors of the engine API.
 */
@Configuration
@EnableConfigurationProperties(EngineApiProperties.class)
class EngineRestAuthentication {

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("camunda-rest-auth");
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<EngineApiGuard> engineApiGuard(IdentityService identity, EngineForms forms,
            EngineApiProperties properties) {
        var registration = new FilterRegistrationBean<>(new EngineApiGuard(identity, forms, properties));
        registration.setName("motcua-engine-api-guard");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(20);
        return registration;
    }

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
