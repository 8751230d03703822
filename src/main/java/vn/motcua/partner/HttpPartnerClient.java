package vn.motcua.partner;

import java.net.http.HttpClient;
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

/**
 * A partner agency over HTTP: JSON requests with HTTP Basic credentials, an {@code Idempotency-Key}
 * header, and the agency's own connect and read time-outs. Every failure becomes a
 * {@link PartnerCallException} whose message names the agency, so Cockpit's incident says who failed.
 */
class HttpPartnerClient implements PartnerClient {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final Agency agency;
    private final RestClient rest;
    private final ObjectMapper json;

    HttpPartnerClient(Agency agency, PartnerProperties.Endpoint endpoint, String baseUrl, ObjectMapper json) {
        this.agency = agency;
        this.json = json;
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
        return post(operation.path(), idempotencyKey, body);
    }

    @Override
    public Acknowledgement remind(PartnerOperation operation, String idempotencyKey, Map<String, Object> body) {
        return post(operation.path() + "/" + idempotencyKey + "/reminders", idempotencyKey + "-reminder-"
                + body.getOrDefault("reminder", 1), body);
    }

    private Acknowledgement post(String path, String idempotencyKey, Map<String, Object> body) {
        String answer;
        try {
            answer = rest.post().uri(path).contentType(MediaType.APPLICATION_JSON).header(IDEMPOTENCY_KEY, idempotencyKey)
                    .body(body).retrieve()
                    .onStatus(HttpStatusCode::isError, (request, response) -> {
                        throw new PartnerCallException(agency.displayName() + " trả lời lỗi HTTP "
                                + response.getStatusCode().value() + " cho " + path + ".");
                    })
                    .body(String.class);
        } catch (ResourceAccessException e) {
            throw new PartnerCallException(unreachable(e) + " " + agency.displayName()
                    + " (" + path + ").", e);
        } catch (RestClientException e) {
            throw new PartnerCallException("Lỗi khi gọi " + agency.displayName() + " (" + path + "): " + e.getMessage(), e);
        }
        return read(answer, path);
    }

    private static String unreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.net.http.HttpTimeoutException) {
                return "Quá thời gian chờ trả lời của";
            }
            if (cause instanceof java.net.ConnectException) {
                return "Không kết nối được tới";
            }
        }
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return "Lỗi mạng (" + root.getClass().getSimpleName() + ") khi gọi";
    }

    /** The agency must say at least what it did with the request; anything else is not an answer. */
    private Acknowledgement read(String answer, String path) {
        try {
            JsonNode node = answer == null ? null : json.readTree(answer);
            if (node == null || !node.isObject() || !node.path("status").isTextual()) {
                throw new PartnerCallException(agency.displayName() + " trả lời không đúng định dạng cho " + path
                        + " (thiếu trường \"status\").");
            }
            JsonNode reference = node.path("reference");
            return new Acknowledgement(reference.isTextual() ? reference.asText() : null, node.path("status").asText());
        } catch (JsonProcessingException e) {
            throw new PartnerCallException(agency.displayName() + " trả lời không phải JSON hợp lệ cho " + path + ".", e);
        }
    }
}
