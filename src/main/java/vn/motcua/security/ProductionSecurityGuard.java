package vn.motcua.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start a production node whose security rests on demo settings: diagrams deployable
 * through the API, an engine lock that guessing can make permanent, or a login throttle that
 * either locks accounts for long or does not slow guessing at all. (Demo users, demo secrets and
 * the simulator have guards of their own in their features.)
 */
@Component
@Profile("prod")
class ProductionSecurityGuard implements InitializingBean {

    /** An account any stranger can make wait should not wait for long. */
    static final Duration LONGEST_ACCOUNT_WAIT = Duration.ofMinutes(5);

    private final EngineApiProperties engineApi;
    private final LoginThrottleProperties throttle;
    private final Environment environment;

    ProductionSecurityGuard(EngineApiProperties engineApi, LoginThrottleProperties throttle, Environment environment) {
        this.engineApi = engineApi;
        this.throttle = throttle;
        this.environment = environment;
    }

    @Override
    public void afterPropertiesSet() {
        List<String> open = problems();
        if (!open.isEmpty()) {
            throw new IllegalStateException("The prod profile refuses to start: " + String.join("; ", open));
        }
    }

    List<String> problems() {
        List<String> open = new ArrayList<>();
        if (engineApi.deployThroughApi()) {
            open.add("motcua.security.engine-api.deploy-through-api must be false: production processes change "
                    + "with a release, not from Camunda Modeler");
        }
        String prefix = "camunda.bpm.generic-properties.properties.";
        long maxAttempts = environment.getProperty(prefix + "login-max-attempts", Long.class, 10L);
        long delayBase = environment.getProperty(prefix + "login-delay-base", Long.class, 3L);
        if (maxAttempts < Integer.MAX_VALUE || delayBase != 0) {
            open.add("the engine's own login lock must be off (login-max-attempts: 2147483647, login-delay-base: 0): "
                    + "it locks an account for good after a stranger's wrong passwords");
        }
        if (throttle.accountMaxDelay().compareTo(LONGEST_ACCOUNT_WAIT) > 0) {
            open.add("motcua.security.login-throttle.account-max-delay must be at most " + LONGEST_ACCOUNT_WAIT.toMinutes()
                    + " minutes: a stranger can make any account wait that long");
        }
        if (throttle.baseDelay().isZero() || throttle.clientMaxDelay().isZero()) {
            open.add("motcua.security.login-throttle must slow guessing (base-delay and client-max-delay above 0)");
        }
        return open;
    }
}
