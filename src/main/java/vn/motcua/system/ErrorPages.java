package vn.motcua.system;

import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The page a browser gets when something goes wrong outside the webapps' own screens (an unknown
 * address, a refused request, an unexpected failure): in Vietnamese, with what the officer can do
 * next and a way back to Tasklist, instead of Spring's "Whitelabel Error Page". Spring Boot asks
 * this resolver only for requests that accept text/html; JSON callers keep getting the JSON body
 * of {@link ApiErrorAttributes}. Rendered by templates/error.html.
 */
@Component
class ErrorPages implements ErrorViewResolver {

    /** When it happened, as the office's clocks show it: what an administrator looks for in the log. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(VietnamTime.ZONE);

    private final String webappsPath;

    ErrorPages(@Value("${camunda.bpm.webapp.application-path:/camunda}") String webappsPath) {
        this.webappsPath = webappsPath;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("status", status.value());
        page.put("title", title(status.value()));
        page.put("explanation", explanation(status.value()));
        if (model.get("timestamp") instanceof Date timestamp) {
            page.put("time", TIME.format(timestamp.toInstant()));
        }
        page.put("tasklistUrl", request.getContextPath() + webappsPath + "/app/tasklist/");
        return new ModelAndView("error", page, status);
    }

    static String title(int status) {
        return Messages.text("system.page." + page(status) + ".title");
    }

    static String explanation(int status) {
        return Messages.text("system.page." + page(status) + ".explanation");
    }

    /** Which page of messages/system.properties a status shows. */
    private static String page(int status) {
        return switch (status) {
            case 400 -> "badRequest";
            case 401 -> "loginNeeded";
            case 403 -> "forbidden";
            case 404 -> "notFound";
            case 405 -> "methodNotAllowed";
            case 413 -> "tooLarge";
            default -> status >= 500 ? "serverError" : "other";
        };
    }
}
