package vn.motcua.simulator;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled whether this node plays the partner agencies under /simulator
 * @param autoAnswer whether the agencies answer by themselves (tests answer by hand)
 * @param answerDelay how long an agency takes to answer a request
 * @param errorRate share of requests answered with HTTP 503, as an overloaded agency would (0..1)
 * @param rejectRate share of requests the agency refuses with a reason (0..1)
 * @param callbackBaseUrl where the answers go; {@code {local-port}} is this node's port
 */
@ConfigurationProperties("motcua.simulator")
public record SimulatorProperties(boolean enabled, boolean autoAnswer, Duration answerDelay, double errorRate,
        double rejectRate, String callbackBaseUrl) {

    public SimulatorProperties {
        answerDelay = answerDelay == null ? Duration.ofSeconds(20) : answerDelay;
        if (errorRate < 0 || errorRate > 1 || rejectRate < 0 || rejectRate > 1) {
            throw new IllegalArgumentException("motcua.simulator.error-rate and reject-rate must lie between 0 and 1");
        }
        callbackBaseUrl = callbackBaseUrl == null || callbackBaseUrl.isBlank() ? "http://localhost:{local-port}" : callbackBaseUrl;
    }
}
