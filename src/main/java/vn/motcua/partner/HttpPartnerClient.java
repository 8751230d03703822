package vn.motcua.partner;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import vn.motcua.system.Messages;

/**
 * A partner agency over HTTP: JSON requests with HTTP Basic credentials, an {@code Idempotency-Key}
 * header, and the agency's own connect and read time-outs. Every failure becomes a
 * {@link PartnerCallException} whose message names the agency, so Cockpit's incident says who failed.
 * Every call is timed in {@value #METRIC}, tagged by agency, operation and outcome.
 */
class HttpPartnerClient implements PartnerClient {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String METRIC = "motcua.partner.requests";

    private final Agency agency;
    private final RestClient rest;
    private final ObjectMapper json;
    private final MeterRegistry meters;

    HttpPartnerClient(Agency agency, PartnerProperties.Endpoint endpoint, String baseUrl, ObjectMapper json,
            MeterRegistry meters) {
        this.agency = agency;
        this.json = json;
        this.meters = meters;
        // HTTP/1.1: agencies' gateways rarely speak cleartext HTTP/2, and an h2c upgrade attempt can reset the stream.
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(endpoint.connectTimeout()).build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(endpoint.readTimeout());
        RestClient.Builder builder = RestClient.builder().requestFactory(factory).baseUrl(baseUrl)
                .defaultHeader("Accept", MediaType.APPLICATION_JSON_VALUE);
        if (endpoint.username() != null && !endpoint.username().isBlank()) {
            builder.defaultHeaders(h -> h.setBasicAuth(endpoint.username(), endpoint.password() == null ? "" : endpoint.password()));
        }
        this.rest = builder.build();
    }

    @Override
    public Acknowledgement send(PartnerOperation operation, String idempotencyKey, Map<String, Object> body) {
        return timed(operation, operation.path(), idempotencyKey, body);
    }

    @Override
    public Acknowledgement remind(PartnerOperation operation, String idempotencyKey, Map<String, Object> body) {
        return timed(operation, operation.path() + "/" + idempotencyKey + "/reminders", idempotencyKey + "-reminder-"
                + body.getOrDefault("reminder", 1), body);
    }

    private Acknowledgement timed(PartnerOperation operation, String path, String idempotencyKey, Map<String, Object> body) {
        Timer.Sample sample = Timer.start(meters);
        CallOutcome outcome = CallOutcome.NETWORK_ERROR;
        try {
            Acknowledgement ack = read(operation, post(operation, path, idempotencyKey, body), path);
            outcome = CallOutcome.SUCCESS;
            return ack;
        } catch (PartnerCallException e) {
            outcome = e.outcome();
            throw e;
        } finally {
            sample.stop(timer(operation, outcome));
        }
    }

    private Timer timer(PartnerOperation operation, CallOutcome outcome) {
        return Timer.builder(METRIC).description("Calls to partner agencies: latency and outcome")
                .tag("agency", agency.id()).tag("operation", operation.name()).tag("outcome", outcome.tag())
                .serviceLevelObjectives(Duration.ofMillis(100), Duration.ofMillis(500), Duration.ofSeconds(1),
                        Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20))
                .register(meters);
    }

    private String post(PartnerOperation operation, String path, String idempotencyKey, Map<String, Object> body) {
        try {
            return rest.post().uri(path).contentType(MediaType.APPLICATION_JSON).header(IDEMPOTENCY_KEY, idempotencyKey)
                    .body(body).retrieve()
                    .onStatus(HttpStatusCode::isError, (request, response) -> {
                        throw failure(operation, CallOutcome.HTTP_ERROR, Messages.text("partner.call.httpError",
                                agency.displayName(), response.getStatusCode().value(), path), null);
                    })
                    .body(String.class);
        } catch (ResourceAccessException e) {
            CallOutcome outcome = unreachable(e);
            throw failure(operation, outcome, describe(outcome, e, agency.displayName(), path), e);
        } catch (RestClientException e) {
            throw failure(operation, CallOutcome.NETWORK_ERROR,
                    Messages.text("partner.call.failed", agency.displayName(), path, e.getMessage()), e);
        }
    }

    private PartnerCallException failure(PartnerOperation operation, CallOutcome outcome, String message, Throwable cause) {
        return new PartnerCallException(agency, operation, outcome, message, cause);
    }

    private static CallOutcome unreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.net.http.HttpTimeoutException) {
                return CallOutcome.TIMEOUT;
            }
            if (cause instanceof java.net.ConnectException) {
                return CallOutcome.UNREACHABLE;
            }
        }
        return CallOutcome.NETWORK_ERROR;
    }

    private static String describe(CallOutcome outcome, Throwable failure, String agency, String path) {
        if (outcome == CallOutcome.TIMEOUT) {
            return Messages.text("partner.call.timeout", agency, path);
        }
        if (outcome == CallOutcome.UNREACHABLE) {
            return Messages.text("partner.call.unreachable", agency, path);
        }
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return Messages.text("partner.call.networkError", root.getClass().getSimpleName(), agency, path);
    }

    /** The agency must say at least what it did with the request; anything else is not an answer. */
    private Acknowledgement read(PartnerOperation operation, String answer, String path) {
        try {
            JsonNode node = answer == null ? null : json.readTree(answer);
            if (node == null || !node.isObject() || !node.path("status").isTextual()) {
                throw failure(operation, CallOutcome.INVALID_ANSWER, Messages.text("partner.call.noStatus",
                        agency.displayName(), path), null);
            }
            JsonNode reference = node.path("reference");
            return new Acknowledgement(reference.isTextual() ? reference.asText() : null, node.path("status").asText());
        } catch (JsonProcessingException e) {
            throw failure(operation, CallOutcome.INVALID_ANSWER,
                    Messages.text("partner.call.notJson", agency.displayName(), path), e);
        }
    }
}
