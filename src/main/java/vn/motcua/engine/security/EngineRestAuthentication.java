package vn.motcua.engine.security;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.micrometer.core.instrument.MeterRegistry;

import vn.motcua.security.EngineApiProperties;
import vn.motcua.workqueue.WorkQueue;

/**
 * Camunda's REST API has no login of its own: without this filter it answers anonymous callers.
 * The guard comes after it, so it knows who calls, on both doors of the engine API. The task query
 * planning ({@code security.TaskQueryPlanningRegistration}, order 30) comes after the guard, and the unit's
 * work queue (order 25) between them.
 */
@Configuration
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
     * After the guard, which has accepted the request; before the task query planning, which the queue does not
     * need. {@code motcua.work-queue-lists.enabled=false} measures without it (docs/benchmark.md).
     */
    @Bean
    @ConditionalOnProperty(name = "motcua.work-queue-lists.enabled", matchIfMissing = true)
    FilterRegistrationBean<WorkQueueLists> workQueueLists(WorkQueue queue, FilterService filters, IdentityService identity,
            MeterRegistry meters) {
        var registration = new FilterRegistrationBean<>(new WorkQueueLists(queue, filters, identity, meters));
        registration.setName("motcua-work-queue-lists");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(25);
        return registration;
    }
}
