package vn.motcua.engine.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.motcua.security.EngineAccessRules;
import vn.motcua.security.EngineAccessRules.CheckProtectedVariables;
import vn.motcua.security.EngineAccessRules.CheckStartForm;
import vn.motcua.security.EngineAccessRules.CheckTaskForm;
import vn.motcua.security.EngineAccessRules.Deny;
import vn.motcua.security.EngineAccessRules.Unclaim;
import vn.motcua.security.EngineApiProperties;
import vn.motcua.security.EngineCaller;
import vn.motcua.security.EnginePath;
import vn.motcua.security.FormDefinition;
import vn.motcua.security.FormSubmission;
import vn.motcua.system.CachedBodyRequest;
import vn.motcua.system.Messages;

/**
 * Applies {@link EngineAccessRules} to both doors of the engine API: {@code /engine-rest} (HTTP
 * Basic, after Camunda's authentication filter) and {@code /camunda/api/engine} (Tasklist's and
 * Cockpit's session). Anonymous requests pass untouched: Camunda refuses them itself.
 */
class EngineApiGuard extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(EngineApiGuard.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The file's identity: written by the system at reception, by nobody through the API. */
    static final Set<String> PROTECTED_VARIABLES = Set.of("dossierCode");
    private static final Set<String> START_FIELDS = Set.of("variables", "withVariablesInReturn");

    private static final java.util.regex.Pattern COMPLETION = java.util.regex.Pattern.compile(
            "/task/([^/]+)/(?:complete|submit-form|resolve)");

    private final IdentityService identity;
    private final EngineForms engine;
    private final EngineApiProperties properties;
    private final Object[] completionLocks = new Object[64];

    EngineApiGuard(IdentityService identity, EngineForms engine, EngineApiProperties properties) {
        this.identity = identity;
        this.properties = properties;
        this.engine = engine;
        java.util.Arrays.setAll(completionLocks, i -> new Object());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
        EnginePath path = EnginePath.of(request.getMethod(), request.getServletPath() + pathInfo);
        Optional<EngineCaller> caller = path == null ? Optional.empty() : caller(request);
        if (caller.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        CachedBodyRequest cached = request instanceof CachedBodyRequest c ? c
                : new CachedBodyRequest(request, request.getInputStream().readAllBytes());
        String completed = path.method().equals("POST") ? path.match(COMPLETION) : null;
        if (completed == null) {
            guarded(path, caller.get(), cached, response, chain);
            return;
        }
        // Two completions of one task (a double click, two tabs): the second waits for the first and then
        // finds the task done, instead of losing an optimistic-locking race with a 500.
        synchronized (completionLocks[Math.floorMod(completed.hashCode(), completionLocks.length)]) {
            if (!engine.exists(completed)) {
                write(response, 404, "NotFound", Messages.text("security.engineApi.taskGone"), List.of());
                return;
            }
            guarded(path, caller.get(), cached, response, chain);
        }
    }

    private void guarded(EnginePath path, EngineCaller caller, CachedBodyRequest request, HttpServletResponse response,
            FilterChain chain) throws IOException, ServletException {
        List<FormSubmission.Problem> problems;
        try {
            problems = apply(EngineAccessRules.decide(path, caller, properties.deployThroughApi()), path, caller, request.body(), response);
        } catch (JsonProcessingException e) {
            problems = List.of(new FormSubmission.Problem("body", Messages.text("security.engineApi.notJson")));
        }
        if (problems == null) {
            return;
        }
        if (!problems.isEmpty()) {
            write(response, 400, "InvalidFormData", String.join(" ", problems.stream().map(FormSubmission.Problem::message)
                    .toList()), problems);
            return;
        }
        chain.doFilter(request, response);
    }

    /** @return what is wrong with the request, or null if the guard already answered */
    private List<FormSubmission.Problem> apply(EngineAccessRules.Verdict verdict, EnginePath path, EngineCaller caller,
            byte[] body, HttpServletResponse response) throws IOException {
        if (verdict instanceof Deny deny) {
            log.info("Engine API refused to {}: {} {}", caller.userId(), path.method(), path.path());
            write(response, 403, "Forbidden", deny.reason(), List.of());
            return null;
        }
        if (verdict instanceof CheckTaskForm check) {
            return checkTask(check.taskId(), caller, body, response);
        }
        if (verdict instanceof CheckStartForm check) {
            return checkStart(check, caller, body);
        }
        if (verdict instanceof CheckProtectedVariables check) {
            return checkProtected(check.pathVariable(), body);
        }
        if (verdict instanceof Unclaim unclaim) {
            return unclaim(unclaim.taskId(), caller, response) ? null : List.of();
        }
        return List.of();
    }

    private List<FormSubmission.Problem> checkTask(String taskId, EngineCaller caller, byte[] body,
            HttpServletResponse response) throws IOException {
        Optional<Task> task = engine.visibleTask(taskId, caller);
        if (task.isEmpty()) {
            if (!engine.exists(taskId)) {
                write(response, 404, "NotFound", Messages.text("security.engineApi.taskGone"), List.of());
                return null;
            }
            return List.of(); // another unit's task: the engine answers 403 itself
        }
        JsonNode variables = variablesOf(body);
        Optional<FormDefinition> form = engine.taskForm(taskId);
        if (form.isEmpty()) {
            return variables.isEmpty() ? List.of()
                    : List.of(new FormSubmission.Problem("variables", Messages.text("security.engineApi.stepWithoutForm")));
        }
        return FormSubmission.check(form.get(), variables, engine.variables(taskId));
    }

    private List<FormSubmission.Problem> checkStart(CheckStartForm check, EngineCaller caller, byte[] body)
            throws IOException {
        var definition = engine.visibleDefinition(check.definitionId(), check.definitionKey(), caller);
        if (definition.isEmpty() || !engine.mayStart(definition.get().getKey(), caller)) {
            return List.of(); // the engine answers 404 or 403 itself
        }
        JsonNode request = body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
        List<FormSubmission.Problem> problems = new ArrayList<>();
        if (request.isObject()) {
            for (Iterator<String> it = request.fieldNames(); it.hasNext();) {
                String name = it.next();
                if (name.equals("businessKey")) {
                    problems.add(new FormSubmission.Problem(name,
                            Messages.text("security.engineApi.businessKey")));
                } else if (!START_FIELDS.contains(name)) {
                    problems.add(new FormSubmission.Problem(name, Messages.text("security.engineApi.startField", name)));
                }
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        JsonNode variables = variablesOf(body);
        Optional<FormDefinition> form = engine.startForm(definition.get().getId());
        if (form.isEmpty()) {
            return variables.isEmpty() ? List.of()
                    : List.of(new FormSubmission.Problem("variables", Messages.text("security.engineApi.processWithoutStartForm")));
        }
        return FormSubmission.check(form.get(), variables, Map.of());
    }

    private List<FormSubmission.Problem> checkProtected(String pathVariable, byte[] body) throws IOException {
        List<String> names = new ArrayList<>();
        if (pathVariable != null) {
            names.add(pathVariable);
        } else if (body.length > 0) {
            JsonNode request = JSON.readTree(body);
            request.path("modifications").fieldNames().forEachRemaining(names::add);
            request.path("deletions").forEach(d -> names.add(d.asText()));
        }
        return names.stream().filter(PROTECTED_VARIABLES::contains)
                .map(n -> new FormSubmission.Problem(n, Messages.text("security.engineApi.protectedVariable", n)))
                .toList();
    }

    /** @return true if the guard answered */
    private boolean unclaim(String taskId, EngineCaller caller, HttpServletResponse response) throws IOException {
        Optional<Task> task = engine.visibleTask(taskId, caller);
        if (task.isEmpty()) {
            return false;
        }
        if (!caller.userId().equals(task.get().getAssignee())) {
            write(response, 403, "Forbidden", Messages.text("security.engineApi.unclaimOthers"), List.of());
            return true;
        }
        engine.unclaim(taskId);
        log.info("{} gave back task {} to the unit", caller.userId(), taskId);
        response.setStatus(204);
        return true;
    }

    private static JsonNode variablesOf(byte[] body) throws IOException {
        if (body.length == 0) {
            return JSON.createObjectNode();
        }
        JsonNode request = JSON.readTree(body);
        if (request == null || !request.isObject()) {
            throw new JsonProcessingException("not an object") {
            };
        }
        JsonNode variables = request.path("variables");
        return variables.isObject() ? variables : JSON.createObjectNode();
    }

    private Optional<EngineCaller> caller(HttpServletRequest request) {
        return EngineCallers.of(request, identity);
    }

    private static void write(HttpServletResponse response, int status, String type, String message,
            List<FormSubmission.Problem> problems) throws IOException {
        ObjectNode body = JSON.createObjectNode().put("type", type).put("message", message);
        var list = body.putArray("problems");
        problems.forEach(p -> list.addObject().put("field", p.field()).put("message", p.message()));
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter().write(JSON.writeValueAsString(body));
    }
}
