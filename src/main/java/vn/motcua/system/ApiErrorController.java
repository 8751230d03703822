package vn.motcua.system;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;

/**
 * Spring Boot's error controller, for errors raised before any of our controllers is chosen. Browsers
 * still get {@link ErrorPages}; under /api/ the body {@link ApiErrorAttributes} builds is a problem like
 * every other answer of the API, so it goes out with the same media type, {@link ApiError#MEDIA_TYPE}.
 */
@Controller
class ApiErrorController extends BasicErrorController {

    ApiErrorController(ErrorAttributes errorAttributes, ServerProperties server, List<ErrorViewResolver> pages) {
        super(errorAttributes, server.getError(), pages);
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        ResponseEntity<Map<String, Object>> answer = super.error(request);
        if (answer.getBody() == null || !ApiError.TYPE.equals(answer.getBody().get("type"))) {
            return answer;
        }
        return ResponseEntity.status(answer.getStatusCode()).contentType(ApiError.MEDIA_TYPE).body(answer.getBody());
    }
}
