package vn.motcua.engine.dossier;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.servlet.http.HttpServletRequest;
import vn.motcua.dossier.FileCardColumns;

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
 * As every {@link FileOnRead}, only the tasks the engine chose to show are completed; a task of another process
 * (a complaint, which puts its own columns on its tasks) is left as it was.
 */
class FileColumnsOnRead extends FileOnRead {

    /** A filter's list, through either door of the engine API. */
    static final Pattern FILTER_LIST = Pattern.compile(
            "^(?:/engine-rest(?:/engine/default)?|/camunda/api/engine/engine/default)/filter/[^/]+/list/?$");

    private final FileCardColumns register;

    FileColumnsOnRead(FileCardColumns register, RuntimeService runtime, IdentityService identity) {
        super(runtime, identity);
        this.register = register;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("GET".equals(request.getMethod()) || "POST".equals(request.getMethod()))
                || !FILTER_LIST.matcher(enginePath(request)).matches();
    }

    @Override
    byte[] complete(HttpServletRequest request, byte[] answer) throws IOException {
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
        ObjectNode embedded = task.withObjectProperty("_embedded");
        List<JsonNode> kept = new ArrayList<>();
        embedded.path("variable").forEach(variable -> {
            if (!TaskCardColumns.NAMES.contains(variable.path("name").asText())) {
                kept.add(variable);
            }
        });
        ArrayNode variables = embedded.putArray("variable");
        variables.addAll(kept);
        String process = task.path("processInstanceId").asText();
        add(variables, process, TaskCardColumns.CODE, file.code());
        add(variables, process, TaskCardColumns.APPLICANT, file.applicantName());
        add(variables, process, TaskCardColumns.APPOINTMENT, file.appointment() == null ? null : file.appointment().toString());
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
}
