package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ProductionSecurityGuardTest {

    private static final String ENGINE = "camunda.bpm.generic-properties.properties.";

    @Test
    void refusesDemoSecuritySettings() {
        MockEnvironment engineLockOn = new MockEnvironment();
        ProductionSecurityGuard guard = new ProductionSecurityGuard(new EngineApiProperties(true),
                throttle(Duration.ofHours(1)), engineLockOn);
        assertThat(guard.problems()).hasSize(3);
        assertThatThrownBy(guard::afterPropertiesSet).hasMessageContaining("deploy-through-api")
                .hasMessageContaining("login-max-attempts").hasMessageContaining("account-max-delay");
    }

    @Test
    void startsWithTheProductionSettings() {
        MockEnvironment environment = new MockEnvironment().withProperty(ENGINE + "login-max-attempts", "2147483647")
                .withProperty(ENGINE + "login-delay-base", "0");
        assertThat(new ProductionSecurityGuard(new EngineApiProperties(false), throttle(Duration.ofSeconds(60)),
                environment).problems()).isEmpty();
    }

    private static LoginThrottleProperties throttle(Duration accountMax) {
        return new LoginThrottleProperties(5, 10, Duration.ofSeconds(1), accountMax, Duration.ofMinutes(15),
                Duration.ofMinutes(15));
    }
}
