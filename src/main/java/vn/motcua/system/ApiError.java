package vn.motcua.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The body of every 4xx and 5xx answer of the project's own API: a problem in the shape of RFC 9457
 * ({@code application/problem+json}: {@code type}, {@code title}, {@code status}, {@code detail}) with a
 * reason a person understands, and the fields to fix in {@code problems}. {@code error} and {@code message}
 * repeat {@code title} and {@code detail} for the clients written before the standard shape. Controllers
 * answer it through {@link ApiExceptionHandler}; errors before any controller through
 * {@link ApiErrorController}; filters that answer first (logins, throttles, size limits) write it with
 * {@link #writeTo}, so the shape, the media type and the escaping are one.
 */
@JsonPropertyOrder({"type", "title", "status", "detail", "error", "message", "problems"})
public record ApiError(int status, String error, String message, List<FieldProblem> problems) {

    /** RFC 9457's media type, also accepted by clients that read any JSON. */
    public static final MediaType MEDIA_TYPE = MediaType.APPLICATION_PROBLEM_JSON;

    /** No problem type of our own: RFC 9457's "about:blank", the HTTP status says the kind. */
    public static final String TYPE = "about:blank";

    public static final String LOGIN_NEEDED = Messages.text("system.api.loginNeeded");
    public static final String NOT_ALLOWED = Messages.text("system.api.notAllowed");

    private static final ObjectMapper JSON = new ObjectMapper();

    public record FieldProblem(String field, String message) {
    }

    public static ApiError of(int status, String error, String message) {
        return new ApiError(status, error, message, List.of());
    }

    public static ApiError of(HttpStatus status, String message) {
        return of(status.value(), status.getReasonPhrase(), message);
    }

    @JsonProperty("type")
    public String type() {
        return TYPE;
    }

    @JsonProperty("title")
    public String title() {
        return error;
    }

    @JsonProperty("detail")
    public String detail() {
        return message;
    }

    /** This problem as a controller's answer. */
    public ResponseEntity<ApiError> answer() {
        return ResponseEntity.status(status).contentType(MEDIA_TYPE).body(this);
    }

    /** Writes this error as the whole answer of a request no controller handles. */
    public void writeTo(HttpServletResponse response) throws IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE.toString());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(this));
    }
}
