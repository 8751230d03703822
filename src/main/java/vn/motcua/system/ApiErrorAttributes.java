package vn.motcua.system;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * Errors raised before any of our controllers is chosen (an unknown address, a wrong method, a
 * path the firewall refuses) are rendered by Spring Boot's error page. Under /api/ they get the
 * same shape and a Vietnamese reason like every other answer of the API.
 */
@Component
class ApiErrorAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        if (!(attributes.get("path") instanceof String path) || !path.startsWith("/api/")) {
            return attributes;
        }
        int status = attributes.get("status") instanceof Integer s ? s : 500;
        // The members of ApiError, in its order: the same problem whichever code answers.
        ApiError problem = ApiError.of(status, String.valueOf(attributes.get("error")), reason(status));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.type());
        body.put("title", problem.title());
        body.put("status", problem.status());
        body.put("detail", problem.detail());
        body.put("error", problem.error());
        body.put("message", problem.message());
        body.put("problems", problem.problems());
        return body;
    }

    static String reason(int status) {
        return switch (status) {
            case 400 -> Messages.text("system.api.badAddress");
            case 401 -> ApiError.LOGIN_NEEDED;
            case 403 -> ApiError.NOT_ALLOWED;
            case 404 -> Messages.text("system.api.noSuchAddress");
            case 405 -> Messages.text("system.api.methodNotSupported");
            case 413 -> Messages.text("system.api.tooLargeForThisAddress");
            case 415 -> Messages.text("system.api.jsonOnly");
            default -> status >= 500 ? Messages.text("system.api.unexpected")
                    : Messages.text("system.api.notDone");
        };
    }
}
