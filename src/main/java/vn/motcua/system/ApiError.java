package vn.motcua.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The body of every 4xx answer of the project's own API: a reason a person understands. Controllers
 * return it through {@link ApiExceptionHandler}; filters that answer before any controller (logins,
 * throttles, size limits) write it with {@link #writeTo}, so the shape and the escaping are one.
 */
public record ApiError(int status, String error, String message, List<FieldProblem> problems) {

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

    /** Writes this error as the whole answer of a request no controller handles. */
    public void writeTo(HttpServletResponse response) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(this));
    }
}
