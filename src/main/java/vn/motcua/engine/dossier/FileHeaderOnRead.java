package vn.motcua.engine.dossier;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.motcua.dossier.FileHeader;

/**
 * The form header of a file's task ({@link FileHeader}: applicant, parcel, request, papers, appointment),
 * added from the register to the task's form variables as Tasklist reads them
 * ({@code GET .../task/{id}/form-variables}), instead of being copied onto every task as it is created.
 * <p>
 * Why: five copies per task were five runtime rows written and deleted for every step of every file, and
 * rewritten on every open task when the appointment moved; a late file's two escalation tasks wrote 10 of
 * its 57 rows (docs/benchmark.md). Read here, the header is also the register's as it is now.
 * <p>
 * Only an answer the engine gave (200, after the API guard let the caller in) is completed, and only for a
 * task that carries its file's code: nobody sees a header of a task the engine would not show him. The code
 * is the task's own {@code dossierCode}, which no caller may write through the engine API
 * ({@code EngineApiGuard.PROTECTED_VARIABLES}), so a task cannot be made to show another file's header.
 */
class FileHeaderOnRead extends OncePerRequestFilter {

    /** A task's form variables, through either door of the engine API. */
    static final Pattern FORM_VARIABLES = Pattern.compile(
            "^(?:/engine-rest(?:/engine/default)?|/camunda/api/engine/engine/default)/task/[^/]+/form-variables/?$");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FileHeader header;

    FileHeaderOnRead(FileHeader header) {
        this.header = header;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
        return !"GET".equals(request.getMethod()) || !FORM_VARIABLES.matcher(request.getServletPath() + pathInfo).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var captured = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, captured);
        byte[] answer = captured.getContentAsByteArray();
        if (captured.getStatus() == HttpServletResponse.SC_OK && answer.length > 0) {
            answer = withHeader(answer, asked(request.getParameter("variableNames")));
        }
        response.setContentLength(answer.length);
        response.getOutputStream().write(answer);
    }

    private byte[] withHeader(byte[] answer, Set<String> asked) throws IOException {
        JsonNode variables = JSON.readTree(answer);
        String code = variables.path(DossierProcess.CODE).path("value").asText(null);
        if (!(variables instanceof ObjectNode object) || code == null) {
            return answer;
        }
        Map<String, Object> essentials = header.of(code);
        essentials.forEach((name, value) -> {
            if (asked == null || asked.contains(name)) {
                object.putObject(name).put("type", "String").put("value", String.valueOf(value)).putObject("valueInfo");
            }
        });
        return essentials.isEmpty() ? answer : JSON.writeValueAsBytes(object);
    }

    /** The names the caller asked for ({@code variableNames=a,b}), or null for all. */
    private static Set<String> asked(String variableNames) {
        return variableNames == null || variableNames.isBlank() ? null
                : Arrays.stream(variableNames.split(",")).map(String::strip).collect(Collectors.toSet());
    }
}
