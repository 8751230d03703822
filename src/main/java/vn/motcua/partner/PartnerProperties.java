package vn.motcua.partner;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How to reach each partner agency, keyed by {@link Agency#id()} ({@code motcua.partners.*}).
 *
 * @param agencies base URL, credentials and timeouts per agency; every agency needs one
 * @param callbackBaseUrl this deployment's public address, where agencies send their answers;
 *        {@code {local-port}} stands for this node's own port
 * @param callbackMaxSkew how old a signed callback may be before it is refused as a replay
 * @param reportAfterWorkingDays working days after an agency's deadline (when it is reminded)
 *        until the leadership is told that it still has not answered (an office rule)
 * @param backgroundSyncEnabled whether this node sends status changes to the portal and checks
 *        citizen IDs on its own schedule (off only in tests, which run them by hand)
 * @param backgroundSyncDelay the pause between two passes of the portal synchronisation and of
 *        the citizen ID checks
 * @param outboxWarnAfter the portal outbox's health turns WARN when a status change waited this long
 * @param outboxDownAfter ... and DOWN at this age: the legal limit (Decree 63/2024 Art 7: 10 minutes)
 */
@Validated
@ConfigurationProperties("motcua.partners")
public record PartnerProperties(
        Map<String, @Valid Endpoint> agencies,
        @DefaultValue("http://localhost:{local-port}") @NotBlank String callbackBaseUrl,
        @DefaultValue("10m") @NotNull @DurationMin(seconds = 1) Duration callbackMaxSkew,
        @DefaultValue("2") @Min(1) int reportAfterWorkingDays,
        @DefaultValue("true") boolean backgroundSyncEnabled,
        @DefaultValue("10s") @NotNull @DurationMin(seconds = 1) Duration backgroundSyncDelay,
        @DefaultValue("5m") @NotNull @DurationMin(seconds = 1) Duration outboxWarnAfter,
        @DefaultValue("10m") @NotNull @DurationMin(seconds = 1) Duration outboxDownAfter) {

    /**
     * @param baseUrl where the agency's API lives; {@code {local-port}} stands for this node's own port
     *        (the built-in simulator)
     * @param username HTTP Basic user this deployment has at the agency
     * @param password its password
     * @param callbackSecret shared secret the agency signs its callbacks with (HMAC-SHA256)
     * @param connectTimeout how long to wait for a connection to the agency
     * @param readTimeout how long to wait for its answer to one request
     */
    public record Endpoint(@NotBlank String baseUrl, String username, String password, String callbackSecret,
            @DefaultValue("5s") @NotNull @DurationMin(millis = 1) Duration connectTimeout,
            @DefaultValue("20s") @NotNull @DurationMin(millis = 1) Duration readTimeout) {

        /**
         * A secret anyone can read: the demo's {@code demo-secret-…} defaults in application.yaml,
         * or one too short to be a secret. The prod profile refuses to start with one; elsewhere
         * an answer signed with it is taken only from this machine (the simulator).
         */
        public boolean hasDemoSecret() {
            return callbackSecret == null || callbackSecret.length() < 16 || callbackSecret.startsWith("demo-");
        }
    }

    public PartnerProperties {
        agencies = agencies == null ? Map.of() : Map.copyOf(agencies);
    }

    /** The defaults above with these agencies: for tests and tools that build the settings by hand. */
    static PartnerProperties withAgencies(Map<String, Endpoint> agencies) {
        return new PartnerProperties(agencies, "http://localhost:{local-port}", Duration.ofMinutes(10), 2, true,
                Duration.ofSeconds(10), Duration.ofMinutes(5), Duration.ofMinutes(10));
    }

    /** Every agency is called by some process or by the background synchronisation. */
    @AssertTrue(message = "every partner agency needs motcua.partners.agencies.<id>.base-url; ids: land-registry, tax,"
            + " commune, post, portal, population, messaging, hotline")
    public boolean isEveryAgencyConfigured() {
        return missingAgencies().isEmpty();
    }

    @AssertTrue(message = "motcua.partners.outbox-down-after must not be shorter than outbox-warn-after")
    public boolean isOutboxDownAfterWarn() {
        return outboxWarnAfter == null || outboxDownAfter == null || outboxDownAfter.compareTo(outboxWarnAfter) >= 0;
    }

    List<String> missingAgencies() {
        return Arrays.stream(Agency.values()).map(Agency::id).filter(id -> !agencies.containsKey(id)).toList();
    }

    public Endpoint endpoint(Agency agency) {
        Endpoint endpoint = agencies.get(agency.id());
        if (endpoint == null || endpoint.baseUrl() == null || endpoint.baseUrl().isBlank()) {
            throw new IllegalStateException("No base URL configured for partner agency " + agency.id()
                    + " (motcua.partners.agencies." + agency.id() + ".base-url)");
        }
        return endpoint;
    }
}
