package vn.motcua.simulator;

import java.time.Duration;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param enabled whether this node plays the partner agencies under /simulator
 * @param autoAnswer whether the agencies answer by themselves (tests answer by hand)
 * @param answerDelay how long an agency takes to answer a request
 * @param errorRate share of requests answered with HTTP 503, as an overloaded agency would (0..1)
 * @param rejectRate share of requests the agency refuses with a reason (0..1)
 * @param callbackBaseUrl where the answers go; {@code {local-port}} is this node's port
 */
@Validated
@ConfigurationProperties("motcua.simulator")
public record SimulatorProperties(boolean enabled, boolean autoAnswer,
        @DefaultValue("20s") @NotNull @DurationMin(millis = 0) Duration answerDelay,
        @DecimalMin("0.0") @DecimalMax("1.0") double errorRate,
        @DecimalMin("0.0") @DecimalMax("1.0") double rejectRate, String callbackBaseUrl) {

    public SimulatorProperties {
        callbackBaseUrl = callbackBaseUrl == null || callbackBaseUrl.isBlank() ? "http://localhost:{local-port}" : callbackBaseUrl;
    }
}
