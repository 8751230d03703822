package vn.motcua.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ProductionPartnersGuardTest {

    private static PartnerProperties.Endpoint endpoint(String url, String password, String secret) {
        return new PartnerProperties.Endpoint(url, "motcua", password, secret, Duration.ofSeconds(5), Duration.ofSeconds(20));
    }

    @Test
    void theDemoSimulatorOrADemoSecretKeepsAProductionNodeFromStarting() {
        var demo = PartnerProperties.withAgencies(Map.of("tax", endpoint("http://localhost:{local-port}/simulator/tax", "demo-tax",
                "demo-secret-tax")));
        assertThatThrownBy(() -> new ProductionPartnersGuard(demo).afterPropertiesSet()).hasMessageContaining("[tax]");
        assertThat(ProductionPartnersGuard.demo(endpoint("https://thue.example.vn/api", "S3cure-pass", "short"))).isTrue();

        var real = PartnerProperties.withAgencies(Map.of("tax", endpoint("https://thue.example.vn/api", "S3cure-pass-2026",
                "a-long-random-shared-secret")));
        assertThatCode(() -> new ProductionPartnersGuard(real).afterPropertiesSet()).doesNotThrowAnyException();
    }
}
