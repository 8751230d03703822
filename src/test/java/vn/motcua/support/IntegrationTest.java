package vn.motcua.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a real port and a database of its own. The job executor is off so
 * tests drive timers and async steps themselves. Every integration test uses exactly this
 * configuration, so Spring caches one context and the webapps find the engine "default". Metrics
 * are exported as in production, so /actuator/prometheus can be tested.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=false",
        "motcua.demo.enabled=true",
        // tests answer for the partner agencies, run the portal synchronisation and roll the KPI tables themselves
        "motcua.simulator.auto-answer=false",
        "motcua.simulator.error-rate=0",
        "motcua.partners.background-sync-enabled=false",
        "motcua.supervision.rollup-enabled=false",
        "motcua.procedures.time-limits-dir=target/it-time-limits",
        // every test calls from 127.0.0.1: the address's wait stays out of the way, the account's stays short
        "motcua.security.login-throttle.client-free-failures=1000",
        "motcua.security.login-throttle.base-delay=500ms",
        "motcua.security.login-throttle.account-max-delay=2s" })
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@AutoConfigureObservability(tracing = false)
public @interface IntegrationTest {
}
