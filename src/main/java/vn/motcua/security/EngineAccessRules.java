package vn.motcua.security;

import java.util.List;
import java.util.regex.Pattern;

import vn.motcua.system.Messages;

/**
 * What each caller may change through Camunda's engine API, on top of the engine's own
 * authorizations: the engine lets anyone who may work a task write any variable with it, lets
 * officers run jobs that belong to no process and edit their own user record, and lets a reader
 * comment. Writes are refused unless listed here for the caller's role; reads stay with the
 * engine's authorizations. Administrators may do everything but rewrite a file's identity.
 */
public final class EngineAccessRules {

    public sealed interface Verdict {
    }

    public record Allow() implements Verdict {
    }

    public record Deny(String reason) implements Verdict {
    }

    /** A task completion: the variables must be the task form's fields, valid by the form's rules. */
    public record CheckTaskForm(String taskId) implements Verdict {
    }

    /** A process start: the variables must be the start form's fields, and no business key. */
    public record CheckStartForm(String definitionId, String definitionKey) implements Verdict {
    }

    /** An officer gives back a task he claimed (the engine would want the right to assign anyone). */
    public record Unclaim(String taskId) implements Verdict {
    }

    /** An administrator's variable write: anything but the file's identity. */
    public record CheckProtectedVariables(String pathVariable) implements Verdict {
    }

    private static final Pattern TASK_FORM = Pattern.compile("/task/([^/]+)/(?:complete|submit-form|resolve)");
    private static final Pattern START_BY_ID = Pattern.compile("/process-definition/([^/]+)/(?:start|submit-form)");
    private static final Pattern START_BY_KEY = Pattern.compile(
            "/process-definition/key/([^/]+)(?:/tenant-id/[^/]+)?/(?:start|submit-form)");
    private static final Pattern UNCLAIM = Pattern.compile("/task/([^/]+)/unclaim");
    private static final Pattern VARIABLE_WRITE = Pattern.compile(
            "/(?:task|process-instance|execution|case-instance|case-execution)/[^/]+/(?:variables|localVariables)(?:/([^/]+))?(?:/data)?");
    private static final Pattern METRICS = Pattern.compile("/metrics(?:/.*)?");
    private static final Pattern OWN_PASSWORD = Pattern.compile("/user/([^/]+)/credentials");

    /** POST bodies that only ask: Tasklist and Cockpit send their queries this way. */
    private static final List<Pattern> QUERIES = List.of(
            Pattern.compile("/(?:task|process-instance|execution|variable-instance|job|incident|external-task|process-definition"
                    + "|decision-definition|deployment|batch|job-definition|case-instance|case-execution|authorization)(?:/count)?"),
            Pattern.compile("/filter/[^/]+/(?:list|count|singleResult)"),
            Pattern.compile("/history/(?:activity-instance|process-instance|task|variable-instance|detail|incident|job-log"
                    + "|decision-instance|batch|external-task-log|identity-link-log|user-operation|case-instance"
                    + "|case-activity-instance)(?:/count)?"));

    private static final List<Pattern> OFFICER_WRITES = List.of(
            Pattern.compile("/task/[^/]+/(?:claim|comment/create|attachment/create)"));

    private static final List<Pattern> SUPERVISOR_WRITES = List.of(
            // Cockpit's "retry" of a failed job: the engine checks RETRY_JOB on the process
            Pattern.compile("/job/[^/]+/retries"), Pattern.compile("/job/retries"));

    private static final List<Pattern> ANALYST_WRITES = List.of(
            Pattern.compile("/deployment/create"), Pattern.compile("/deployment/[^/]+/redeploy"),
            Pattern.compile("/deployment/[^/]+"),
            Pattern.compile("/(?:process|decision)-definition/(?:key/)?[^/]+/(?:suspended|history-time-to-live)"));

    private EngineAccessRules() {
    }

    private static final Pattern DEPLOY = Pattern.compile("/deployment/(?:create|[^/]+/redeploy)");

    public static Verdict decide(EnginePath request, EngineCaller caller, boolean deployThroughApi) {
        if (!deployThroughApi && !request.reads() && request.match(DEPLOY) != null) {
            return new Deny(Messages.text("security.engineApi.deployOnRelease"));
        }
        if (request.match(METRICS) != null) {
            return caller.isAdmin() || caller.isSupervisor() ? new Allow()
                    : new Deny(Messages.text("security.engineApi.metrics"));
        }
        if (request.reads()) {
            return new Allow();
        }
        String taskId = request.match(TASK_FORM);
        if (taskId != null && request.method().equals("POST")) {
            return caller.isSupervisor() && !caller.isAdmin() ? readOnly() : new CheckTaskForm(taskId);
        }
        String definitionId = request.match(START_BY_ID);
        String definitionKey = request.match(START_BY_KEY);
        if ((definitionId != null || definitionKey != null) && request.method().equals("POST")) {
            return new CheckStartForm(definitionKey == null ? definitionId : null, definitionKey);
        }
        if (caller.isAdmin()) {
            return request.path().matches(VARIABLE_WRITE.pattern())
                    ? new CheckProtectedVariables(request.match(VARIABLE_WRITE)) : new Allow();
        }
        if (request.method().equals("POST") && QUERIES.stream().anyMatch(q -> request.match(q) != null)) {
            return new Allow();
        }
        String passwordOf = request.match(OWN_PASSWORD);
        if (passwordOf != null && request.method().equals("PUT")) {
            return passwordOf.equals(caller.userId()) ? new Allow()
                    : new Deny(Messages.text("security.engineApi.ownPassword"));
        }
        if (caller.isSupervisor()) {
            return listed(request, SUPERVISOR_WRITES) ? new Allow() : readOnly();
        }
        if (caller.isAnalyst() && listed(request, ANALYST_WRITES)) {
            return new Allow();
        }
        String unclaimed = request.match(UNCLAIM);
        if (unclaimed != null && request.method().equals("POST")) {
            return new Unclaim(unclaimed);
        }
        if (request.method().equals("POST") && listed(request, OFFICER_WRITES)) {
            return new Allow();
        }
        return new Deny(Messages.text("security.engineApi.notAllowed", request.method(), request.path()));
    }

    private static boolean listed(EnginePath request, List<Pattern> writes) {
        return writes.stream().anyMatch(w -> request.match(w) != null);
    }

    private static Deny readOnly() {
        return new Deny(Messages.text("security.engineApi.supervisorReadOnly"));
    }
}
