package vn.motcua.security;

import java.util.Map;
import java.util.Set;

/**
 * Everything a deployed model may call, in one place: the project's process beans with their
 * methods, the delegates that listeners and service tasks name, and what an expression may ask of
 * the execution or the task. A model that calls anything else is refused at deployment
 * ({@link ModelInspector}); docs/security.md explains why a deploy right is otherwise a shell.
 * A new bean method for the diagrams is added here, next to the code that needs it.
 */
final class ProcessApi {

    /** Beans whose methods expressions call, e.g. {@code ${stepClock.dueAt(execution, 'appraiseFile')}}. */
    static final Map<String, Set<String>> BEAN_METHODS = Map.of(
            "dossierProcess", Set.of("register", "accept", "requestSupplementAtReception", "refuse", "close",
                    "requestAgencySupplement", "restartClock", "pauseClock", "resumeClock", "recordDecision", "withdraw",
                    "prepareResult", "finish", "warnNearDue", "markOverdue", "isExtended", "isLikelyLate", "extend"),
            "stepClock", Set.of("warnAt", "escalateAt", "dueAt"),
            "fileClock", Set.of("dueAt", "nearDueAt", "apologyStartsAt", "apologyDeadline", "overdueHandlingDueAt",
                    "supplementExpiresAt"),
            "partnerExchange", Set.of("open", "remindAt", "reportAt", "reported", "waitEnded"),
            "deadlines", Set.of("afterCalendarDays"),
            "onlineReception", Set.of("alertAt", "acceptBy"),
            "routing", Set.of("group", "leaders"),
            // complaints (vn.motcua.engine.complaint.ComplaintProcess): unit, deadline, late path, answer
            "complaintProcess", Set.of("unit", "dueAt", "lateAt", "callInLeaders", "answer"));

    /** Beans that {@code camunda:delegateExpression} names: listeners and service tasks. */
    static final Set<String> DELEGATES = Set.of("stepWarning", "stepEscalation", "partnerRequest", "partnerReminder",
            "registerFile", "acceptFile", "requestSupplementAtReception", "refuseFile", "requestAgencySupplement",
            "extendAppointment", "onlineFileAlert", "onlineAcceptanceOverdue", "complaintProcess");

    /** What an expression may read or call on the execution ({@code execution.…}) or the task ({@code task.…}). */
    static final Map<String, Set<String>> CONTEXT_MEMBERS = Map.of(
            "execution", Set.of("processBusinessKey", "processInstanceId", "currentActivityId", "currentActivityName",
                    "eventName", "getVariable", "setVariable", "hasVariable"),
            "task", Set.of("id", "name", "taskDefinitionKey", "eventName", "getVariable", "hasVariable"));

    /** Functions of Camunda's expression language the models use. */
    static final Set<String> FUNCTIONS = Set.of("now", "dateTime",
            // who completes a complaint's task: its answer is signed with that officer
            "currentUser");

    private ProcessApi() {
    }
}
