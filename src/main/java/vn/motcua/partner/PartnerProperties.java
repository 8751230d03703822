package vn.motcua.partner;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How to reach each partner agency, keyed by {@link Agency#id()}.
 *
 * @param agencies base URL, credentials and timeouts per agency
 * @param callbackMaxSkew how old a signed callback may be before it is refused as a replay
 * @param reportAfterWorkingDays working days after an agency's deadline (when it is reminded)
 *        until the leadership is told that it still has not answered
 */
@ConfigurationProperties("motcua.partners")
public record PartnerProperties(Map<String, Endpoint> agencies, Duration callbackMaxSkew,
        int reportAfterWorkingDays) {

    /**
     * @param baseUrl where the agency's API lives; {@code {local-port}} stands for this node's own port
     *        (the built-in simulator)
     * @param username HTTP Basic user this deployment has at the agency
     * @param password its password
     * @param callbackSecret shared secret the agency signs its callbacks with (HMAC-SHA256)
     */
    public record Endpoint(String baseUrl, String username, String password, String callbackSecret,
            Duration connectTimeout, Duration readTimeout) {

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
        callbackMaxSkew = callbackMaxSkew == null ? Duration.ofMinutes(10) : callbackMaxSkew;
        reportAfterWorkingDays = reportAfterWorkingDays <= 0 ? 2 : reportAfterWorkingDays;
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
