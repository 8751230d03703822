package vn.motcua.engine.dossier;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.motcua.dossier.FileCardColumns;
import vn.motcua.engine.system.EngineIdentity;

/**
 * The file's code, applicant and appointment on each task card of a Tasklist list
 * ({@code .../filter/{id}/list} answered as HAL), added from the register for the page's tasks instead of
 * being copied onto every task as it is created.
 * <p>
 * Why: the copies were three runtime variables inserted and deleted with every task of every file, rewritten on
 * every open task when the appointment moved, and some 600,000 rows of {@code ACT_RU_VARIABLE} at province size,
 * for a value the register holds. An officer may read a task, not its process's variables, which is why the
 * engine cannot embed the process's own.
 * <p>
 * As with {@link FileHeaderOnRead}: only an answer the engine gave (200) is completed, with the tasks it chose
 * to show; the file is the business key of each task's process, which only the system sets, never a variable.
 * A task of another process (a complaint, which puts its own columns on its tasks) is left as it was. Columns
 * that cannot be read leave the answer as the engine gave it.
 */
class FileColumnsOnRead extends OncePerRequestFilter {

    /** A filter's list, through either door of the engine API. */
    static final Pattern FILTER_LIST = Pattern.compile(
            "^(?:/engine-rest(?:/engine/default)?|/camunda/api/engine/engine/default)/filter/[^/]+/list/?$");
    /** The variables a card shows of its file, as the filters name them (TasklistFilters). */
    static final List<String> NAMES = List.of(DossierProcess.CODE, "applicantName", CamundaDossierWorkflow.DUE_DATE);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger LOG = LoggerFactory.getLogger(FileColumnsOnRead.class);

    private final FileCardColumns register;
    private final RuntimeService runtime;
    private final IdentityService identity;

    FileColumnsOnRead(FileCardColumns register, RuntimeService runtime, IdentityService identity) {
        this.register = register;
        this.runtime = runtime;
        this.identity = identity;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
        return !("GET".equals(request.getMethod()) || "POST".equals(request.getMethod()))
                || !FILTER_LIST.matcher(request.getServletPath() + pathInfo).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var captured = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, captured);
        byte[] answer = captured.getContentAsByteArray();
        if (captured.getStatus() == HttpServletResponse.SC_OK && answer.length > 0) {
            try {
                answer = withColumns(answer);
            } catch (IOException | RuntimeException e) {
                LOG.warn("File columns not added to a task list ({}): {}", request.getRequestURI(), e.toString());
            }
        }
        response.setContentLength(answer.length);
        response.getOutputStream().write(answer);
    }

    private byte[] withColumns(byte[] answer) throws IOException {
        JsonNode hal = JSON.readTree(answer);
        JsonNode tasks = hal.path("_embedded").path("task");
        if (!tasks.isArray() || tasks.isEmpty()) {
            return answer; // a plain JSON list, or an empty page
        }
        Set<String> processes = new HashSet<>();
        tasks.forEach(task -> {
            if (task.path("processInstanceId").isTextual()) {
                processes.add(task.get("processInstanceId").asText());
            }
        });
        Map<String, String> files = filesOf(processes);
        Map<String, FileCardColumns.Columns> columns = register.of(new HashSet<>(files.values()));
        if (columns.isEmpty()) {
            return answer;
        }
        for (JsonNode task : tasks) {
            FileCardColumns.Columns file = columns.get(files.get(task.path("processInstanceId").asText()));
            if (file != null && task instanceof ObjectNode card) {
                show(card, file);
            }
        }
        return JSON.writeValueAsBytes(hal);
    }

    /** Replaces what the engine embedded under these names (copies on tasks of earlier versions) with the register's. */
    private static void show(ObjectNode task, FileCardColumns.Columns file) {
        ObjectNode embedded = task.with("_embedded");
        List<JsonNode> kept = new ArrayList<>();
        embedded.path("variable").forEach(variable -> {
            if (!NAMES.contains(variable.path("name").asText())) {
                kept.add(variable);
            }
        });
        ArrayNode variables = embedded.putArray("variable");
        variables.addAll(kept);
        String process = task.path("processInstanceId").asText();
        add(variables, process, NAMES.get(0), file.code());
        add(variables, process, NAMES.get(1), file.applicantName());
        add(variables, process, NAMES.get(2), file.appointment() == null ? null : file.appointment().toString());
    }

    /** As the engine writes a process variable in a HAL list (HalVariableValue). */
    private static void add(ArrayNode variables, String process, String name, String value) {
        if (value == null) {
            return;
        }
        ObjectNode variable = variables.addObject();
        variable.putObject("_links").putObject("self")
                .put("href", "/process-instance/" + process + "/variables/" + name);
        variable.putObject("_embedded");
        variable.put("name", name).put("value", value).put("type", "String").putObject("valueInfo");
    }

    /** The business key of each process, read as the system (the caller may read the tasks, not their processes). */
    private Map<String, String> filesOf(Set<String> processes) {
        Map<String, String> files = new HashMap<>();
        if (processes.isEmpty()) {
            return files;
        }
        EngineIdentity.asSystem(identity, () -> {
            for (ProcessInstance process : runtime.createProcessInstanceQuery().processInstanceIds(processes).list()) {
                if (process.getBusinessKey() != null) {
                    files.put(process.getId(), process.getBusinessKey());
                }
            }
            return null;
        });
        return files;
    }
}
