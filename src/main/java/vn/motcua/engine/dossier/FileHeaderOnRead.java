package vn.motcua.engine.dossier;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
import vn.motcua.engine.system.EngineIdentity;

/**
 * The form header of a file's task ({@link FileHeader}: applicant, parcel, request, papers, appointment),
 * added from the register to the task's form variables as Tasklist reads them
 * ({@code GET .../task/{id}/form-variables}), instead of being copied onto every task as it is created.
 * <p>
 * Why: five copies per task were five runtime rows written and deleted for every step of every file, and
 * rewritten on every open task when the appointment moved; a late file's two escalation tasks wrote 10 of
 * its 57 rows (docs/benchmark.md). Read here, the header is also the register's as it is now.
 * <p>
 * Only an answer the engine gave (200: the API guard and the engine let the caller read the task) is
 * completed, and the file is the business key of the task's process, which only the system sets
 * ({@link FileIdentity}), never a variable: a complaint's task carries a file's code as a variable and gets no
 * header of it. A header that cannot be read leaves the answer as the engine gave it.
 */
class FileHeaderOnRead extends OncePerRequestFilter {

    /** A task's form variables, through either door of the engine API. */
    static final Pattern FORM_VARIABLES = Pattern.compile(
            "^(?:/engine-rest(?:/engine/default)?|/camunda/api/engine/engine/default)/task/([^/]+)/form-variables/?$");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger LOG = LoggerFactory.getLogger(FileHeaderOnRead.class);

    private final FileHeader header;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final IdentityService identity;

    FileHeaderOnRead(FileHeader header, TaskService tasks, RuntimeService runtime, IdentityService identity) {
        this.header = header;
        this.tasks = tasks;
        this.runtime = runtime;
        this.identity = identity;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || taskIdOf(request) == null;
    }

    /** The task whose form variables are asked for, or null for any other request. */
    private static String taskIdOf(HttpServletRequest request) {
        String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
        Matcher path = FORM_VARIABLES.matcher(request.getServletPath() + pathInfo);
        return path.matches() ? path.group(1) : null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var captured = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, captured);
        byte[] answer = captured.getContentAsByteArray();
        String taskId = taskIdOf(request);
        if (captured.getStatus() == HttpServletResponse.SC_OK && answer.length > 0) {
            try {
                answer = withHeader(answer, taskId, asked(request.getParameter("variableNames")));
            } catch (RuntimeException e) {
                LOG.warn("Form header not added to the form variables of task {}: {}", taskId, e.toString());
            }
        }
        response.setContentLength(answer.length);
        response.getOutputStream().write(answer);
    }

    private byte[] withHeader(byte[] answer, String taskId, Set<String> asked) throws IOException {
        JsonNode variables = JSON.readTree(answer);
        String code = fileOf(taskId);
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

    /** The business key of the task's process, read as the system (the caller may read the task, not its process). */
    private String fileOf(String taskId) {
        return EngineIdentity.asSystem(identity, () -> {
            Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
            if (task == null || task.getProcessInstanceId() == null) {
                return null;
            }
            ProcessInstance process = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                    .singleResult();
            return process == null ? null : process.getBusinessKey();
        });
    }

    /** The names the caller asked for ({@code variableNames=a,b}), or null for all. */
    private static Set<String> asked(String variableNames) {
        return variableNames == null || variableNames.isBlank() ? null
                : Arrays.stream(variableNames.split(",")).map(String::strip).collect(Collectors.toSet());
    }
}
