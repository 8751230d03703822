package vn.motcua.letter;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How patient the public lookup is with wrong guesses ({@code motcua.public-lookup.*}). A secret
 * has 32^8 values: at the longest wait a guesser gets a few tries an hour.
 *
 * @param freeMisses wrong lookups a client may make in a row before it has to wait
 * @param firstDelay the first wait; each further miss doubles it
 * @param maxDelay the longest wait
 * @param forgetAfter misses this old are forgotten (a client's count starts again); at least {@code maxDelay}
 * @param alertAfter misses, by one client or on one file code, that write an ALERT line to the log (and every as many more)
 * @param maxTracked clients (and file codes) remembered at once, so a flood of addresses cannot fill the memory
 */
@Validated
@ConfigurationProperties("motcua.public-lookup")
record LookupThrottleProperties(@Min(1) int freeMisses, @NotNull Duration firstDelay, @NotNull Duration maxDelay,
        @NotNull Duration forgetAfter, @Min(1) int alertAfter, @Min(1) int maxTracked) {

    LookupThrottleProperties {
        freeMisses = freeMisses == 0 ? 5 : freeMisses;
        firstDelay = firstDelay == null ? Duration.ofSeconds(2) : firstDelay;
        maxDelay = maxDelay == null ? Duration.ofMinutes(15) : maxDelay;
        forgetAfter = forgetAfter == null ? Duration.ofHours(1) : forgetAfter;
        alertAfter = alertAfter == 0 ? 10 : alertAfter;
        maxTracked = maxTracked == 0 ? 10_000 : maxTracked;
        if (freeMisses < 1 || alertAfter < 1 || maxTracked < 1) {
            throw new IllegalArgumentException("motcua.public-lookup.free-misses, alert-after and max-tracked must be positive");
        }
        if (firstDelay.compareTo(Duration.ofSeconds(1)) < 0 || maxDelay.compareTo(firstDelay) < 0
                || forgetAfter.compareTo(maxDelay) < 0) {
            throw new IllegalArgumentException("motcua.public-lookup needs 1s <= first-delay <= max-delay <= forget-after");
        }
    }

    static LookupThrottleProperties defaults() {
        return new LookupThrottleProperties(0, null, null, null, 0, 0);
    }
}
