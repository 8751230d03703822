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
import org.camunda.bpm.engine.task.Task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.servlet.http.HttpServletRequest;
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
 * As every {@link FileOnRead}: a complaint's task carries a file's code as a variable and gets no header of it.
 */
class FileHeaderOnRead extends FileOnRead {

    /** A task's form variables, through either door of the engine API. */
    static final Pattern FORM_VARIABLES = Pattern.compile(
            "^(?:/engine-rest(?:/engine/default)?|/camunda/api/engine/engine/default)/task/([^/]+)/form-variables/?$");

    private final FileHeader header;
    private final TaskService tasks;

    FileHeaderOnRead(FileHeader header, TaskService tasks, RuntimeService runtime, IdentityService identity) {
        super(runtime, identity);
        this.header = header;
        this.tasks = tasks;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || taskIdOf(request) == null;
    }

    /** The task whose form variables are asked for, or null for any other request. */
    private static String taskIdOf(HttpServletRequest request) {
        Matcher path = FORM_VARIABLES.matcher(enginePath(request));
        return path.matches() ? path.group(1) : null;
    }

    @Override
    byte[] complete(HttpServletRequest request, byte[] answer) throws IOException {
        JsonNode variables = JSON.readTree(answer);
        String code = fileOf(taskIdOf(request));
        if (!(variables instanceof ObjectNode object) || code == null) {
            return answer;
        }
        Set<String> asked = asked(request.getParameter("variableNames"));
        Map<String, Object> essentials = header.of(code);
        essentials.forEach((name, value) -> {
            if (asked == null || asked.contains(name)) {
                object.putObject(name).put("type", "String").put("value", String.valueOf(value)).putObject("valueInfo");
            }
        });
        return essentials.isEmpty() ? answer : JSON.writeValueAsBytes(object);
    }

    /** The file of the task's process (the task read as the system, as its process). */
    private String fileOf(String taskId) {
        Task task = EngineIdentity.asSystem(identity, () -> tasks.createTaskQuery().taskId(taskId).singleResult());
        String process = task == null ? null : task.getProcessInstanceId();
        return process == null ? null : filesOf(Set.of(process)).get(process);
    }

    /** The names the caller asked for ({@code variableNames=a,b}), or null for all. */
    private static Set<String> asked(String variableNames) {
        return variableNames == null || variableNames.isBlank() ? null
                : Arrays.stream(variableNames.split(",")).map(String::strip).collect(Collectors.toSet());
    }
}
