package vn.motcua.benchmark;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.jobexecutor.TimerCatchIntermediateEventJobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives one case (a file, or a baseline instance) to its end the way officers and time would,
 * without knowing its diagram: "find the open tasks of this business key, complete the first one
 * with the answers for its task definition key", until the root instance has ended. When nothing
 * is open, work that the job executor can do (async steps, due timers, partner calls) is left to
 * it; only a waiting period (an intermediate timer such as the public posting) is advanced, by
 * executing its job as the process tests do. The file-level clock's timers are never fired: they
 * are the deadlines, not a wait.
 */
final class FileDriver {

    private static final String WAITING_PERIOD = TimerCatchIntermediateEventJobHandler.TYPE;

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final Function<String, Map<String, Object>> answers;
    private final String clockProcessKey;
    private final Duration stuckAfter;
    /** Set: each task is claimed, then completed, by this signed-in officer, as in Tasklist; null: plain API calls. */
    private Officer officer;
    private String partnerWaitActivity;
    private String partnerMessage;
    private Map<String, Object> partnerAnswer;
    private Duration waitingPeriodAfter = Duration.ZERO;
    final AtomicLong conflicts = new AtomicLong();
    final AtomicLong waitingPeriodsAdvanced = new AtomicLong();

    FileDriver(RuntimeService runtimeService, TaskService taskService, ManagementService managementService,
            Function<String, Map<String, Object>> answers, String clockProcessKey, Duration stuckAfter) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
        this.answers = answers;
        this.clockProcessKey = clockProcessKey;
        this.stuckAfter = stuckAfter;
    }

    /** An officer the engine knows as signed in, so it writes what Tasklist's calls write (its operation log). */
    record Officer(IdentityService identity, String userId, List<String> groups) {
    }

    FileDriver signedInAs(Officer officer) {
        this.officer = officer;
        return this;
    }

    /** @return the number of tasks completed; each completion's duration goes to {@code completions} */
    int driveToEnd(String businessKey, String rootInstanceId, Samples completions) {
        DrivenCase driven = new DrivenCase(businessKey, rootInstanceId);
        for (Step step = step(driven, completions); step != Step.ENDED; step = step(driven, completions)) {
            if (step == Step.WAITING) {
                pause(10);
            }
        }
        return driven.completed;
    }

    /** What one look at a case did. */
    enum Step {
        /** its root instance has ended */
        ENDED,
        /** a task was completed, a waiting period advanced or a partner's answer delivered */
        PROGRESSED,
        /** nothing to do now: it waits for the job executor (or a partner's callback) */
        WAITING
    }

    /** A case being driven: what {@link #step} needs to know between two looks. */
    static final class DrivenCase {
        final String businessKey;
        final String rootInstanceId;
        final long arrived = System.nanoTime();
        int completed;
        long lastProgress = arrived;
        long lastWaitingLook = arrived;

        DrivenCase(String businessKey, String rootInstanceId) {
            this.businessKey = businessKey;
            this.rootInstanceId = rootInstanceId;
        }
    }

    /**
     * One look at a case: complete its first open task, or else deliver a waiting partner's answer
     * (when this driver plays the partners), or else advance a waiting period.
     *
     * @throws IllegalStateException if the case has made no progress for {@code stuckAfter}
     */
    Step step(DrivenCase driven, Samples completions) {
        // Cheapest look first: most looks at a file in flight find a task, or nothing yet.
        List<Task> open = taskService.createTaskQuery().processInstanceBusinessKey(driven.businessKey).list();
        if (!open.isEmpty()) {
            if (complete(open.get(0), completions)) {
                driven.completed++;
            }
            return progressed(driven);
        }
        if (partnerAnswer != null && deliverPartnerAnswer(driven.businessKey)) {
            return progressed(driven);
        }
        if (!isRunning(driven.rootInstanceId)) {
            return Step.ENDED;
        }
        long now = System.nanoTime();
        long idle = now - driven.lastProgress;
        if (idle >= waitingPeriodAfter.toNanos() && now - driven.lastWaitingLook >= waitingPeriodAfter.toNanos()) {
            driven.lastWaitingLook = now;
            if (advanceWaitingPeriod(driven.businessKey)) {
                return progressed(driven);
            }
        }
        if (idle > stuckAfter.toNanos()) {
            throw new IllegalStateException("Case " + driven.businessKey + " is stuck: no open task, no job due for "
                    + stuckAfter.toSeconds() + " s; after " + driven.completed + " tasks");
        }
        return Step.WAITING;
    }

    /**
     * Looks for a waiting period only once a case has been idle this long, and then at most this often
     * (default: at every look). Each such
     * look costs a job query per instance of the file: with hundreds of files in flight, looking at every
     * turn would make the driver the main load on the database.
     */
    FileDriver lookingForWaitingPeriodsAfter(Duration idle) {
        this.waitingPeriodAfter = idle;
        return this;
    }

    private static Step progressed(DrivenCase driven) {
        driven.lastProgress = System.nanoTime();
        return Step.PROGRESSED;
    }

    /**
     * This driver answers for the partner agencies, at once, with {@code answer}: where no simulator
     * calls back (the capacity baseline's bare engine), a partner exchange waiting at its receive task
     * gets the message the application's callback would correlate.
     */
    FileDriver answeringPartners(String waitActivity, String message, Map<String, Object> answer) {
        this.partnerWaitActivity = waitActivity;
        this.partnerMessage = message;
        this.partnerAnswer = answer;
        return this;
    }

    private boolean deliverPartnerAnswer(String businessKey) {
        List<Execution> waiting = runtimeService.createExecutionQuery().processInstanceBusinessKey(businessKey)
                .activityId(partnerWaitActivity).list();
        for (Execution execution : waiting) {
            try {
                runtimeService.createMessageCorrelation(partnerMessage).processInstanceId(execution.getProcessInstanceId())
                        .setVariables(partnerAnswer).correlateWithResult();
            } catch (OptimisticLockingException e) {
                conflicts.incrementAndGet();
            }
        }
        return !waiting.isEmpty();
    }

    private boolean isRunning(String instanceId) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).count() > 0;
    }

    /** @return false if the task had gone (another branch ended it) */
    private boolean complete(Task task, Samples completions) {
        Map<String, Object> variables = answers.apply(task.getTaskDefinitionKey());
        for (int attempt = 1; ; attempt++) {
            try {
                long start = System.nanoTime();
                if (officer == null) {
                    taskService.complete(task.getId(), variables);
                } else {
                    completeSignedIn(task, variables);
                }
                completions.add(System.nanoTime() - start);
                return true;
            } catch (OptimisticLockingException e) {
                // the job executor touched the same instance at the same moment; an officer would press again
                conflicts.incrementAndGet();
                if (attempt == 5) {
                    throw e;
                }
            } catch (NullValueException gone) {
                return false;
            }
        }
    }

    private void completeSignedIn(Task task, Map<String, Object> variables) {
        officer.identity().setAuthentication(officer.userId(), officer.groups());
        try {
            if (task.getAssignee() == null) {
                taskService.claim(task.getId(), officer.userId());
            }
            taskService.complete(task.getId(), variables);
        } finally {
            officer.identity().clearAuthentication();
        }
    }

    /**
     * A case with no open task and nothing for the job executor to do may be in a waiting period:
     * its earliest intermediate timer (outside the file clock) is executed now.
     */
    private boolean advanceWaitingPeriod(String businessKey) {
        List<ProcessInstance> instances = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey).list();
        for (ProcessInstance instance : instances) {
            if (managementService.createJobQuery().processInstanceId(instance.getId()).executable().count() > 0) {
                return false;
            }
        }
        Optional<Job> wait = instances.stream()
                .flatMap(instance -> managementService.createJobQuery().processInstanceId(instance.getId()).timers()
                        .list().stream())
                .filter(job -> !clockProcessKey.equals(job.getProcessDefinitionKey()))
                .filter(job -> WAITING_PERIOD.equals(((JobEntity) job).getJobHandlerType()))
                .min(Comparator.comparing(Job::getDuedate));
        if (wait.isEmpty()) {
            return false;
        }
        try {
            managementService.executeJob(wait.get().getId());
            waitingPeriodsAdvanced.incrementAndGet();
        } catch (OptimisticLockingException | NullValueException e) {
            conflicts.incrementAndGet();
        }
        return true;
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
