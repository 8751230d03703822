package vn.motcua.demo;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The process engine as the demo's replay ({@link DemoReplay}) drives it: its clock set to a past
 * moment, its timers fired in turn, officers' tasks claimed and completed as the officers themselves.
 * Owned here and implemented by the engine adapter ({@code vn.motcua.engine.demo}), so the demo's
 * stories and pacing never import the engine.
 */
public interface DemoEngine {

    /** A timer of a file's process instance, due at {@code due}; {@code fileCode} is null if it has none. */
    record Timer(String jobId, String fileCode, Instant due) {
    }

    /** An open task of a file: its step (the diagram's task id), when it opened, whether an officer holds it. */
    record OpenTask(String id, String step, Instant created, boolean assigned) {
    }

    /** A file's open request to a partner agency: the exchange's instance, the step asking, its key and operation. */
    record Exchange(String processInstanceId, String step, String key, String operation) {
    }

    /** Sets the engine's clock (and so {@code TimeSource}) to a past moment. */
    void setClock(Instant now);

    /** The engine's clock back to the real time, nobody signed in: always called after a replay. */
    void reset();

    /** The first timer of a process instance due at {@code limit} at the latest. */
    Optional<Timer> nextTimer(Instant limit);

    /** Runs a job now, as the job executor would have at its due time. */
    void runJob(String jobId);

    /** Starts a procedure from the Tasklist reception form, signed in as the officer. @return the file's code */
    String startFromForm(String procedureKey, Map<String, Object> form, String officer);

    List<OpenTask> openTasks(String fileCode);

    boolean taskOpen(String taskId);

    /** The task's candidate groups, sorted. */
    List<String> candidateGroups(String taskId);

    void claim(String taskId, String officer);

    /** Completes the task signed in as the officer (authorizations checked), or as the system if null. */
    void complete(String taskId, Map<String, Object> answers, String officer);

    /** The file's running exchanges with partner agencies. */
    List<Exchange> openExchanges(String fileCode);

    /** Whether the process instance still runs. */
    boolean running(String processInstanceId);

    /** Runs the instance's waiting asynchronous jobs (not its timers) now. */
    void runWaitingJobs(String processInstanceId);

    /** The group's officers' user ids, sorted. */
    List<String> membersOf(String group);
}
