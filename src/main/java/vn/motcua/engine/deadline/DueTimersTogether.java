package vn.motcua.engine.deadline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutorContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.TimerEventJobHandler.TimerJobConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.TimerExecuteNestedActivityJobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityStartBehavior;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A late file's past deadlines fire in one job: when the job executor fires a non-interrupting timer
 * boundary event, the other non-interrupting boundary timers of the same activity that are already due fire
 * in the same transaction, earliest first, instead of each waiting for an acquisition and a transaction of
 * its own. (An interrupting timer ends the activity; it keeps a job of its own, before or after.)
 * <p>
 * Why: the diagrams draw three deadlines on "Giải quyết hồ sơ" (near due, apology, overdue) and two on
 * every step (warning, escalation). A file received late on paper, or every open file after a long outage,
 * has all of them past at once, and three jobs per file made a 100,000-file backlog take half an hour on one
 * node (docs/benchmark.md, "The 100,000-file storm"). The drawn events, their order and their effects stay
 * as they are; what is saved is the per-job cost (acquisition, lock, load, commit).
 * <p>
 * What keeps each effect exactly once: every timer fired here is deleted in the same transaction as its
 * effect, so a failure rolls all of them back together and each stays due. The failure is recorded on the
 * job that was acquired, its message naming the timer that failed; that job then runs alone on its next try,
 * and so does any timer that failed before, so one broken path holds each other back once, for one retry
 * delay. A timer another node holds a live lock on is left to it. Only the job executor combines;
 * {@code ManagementService.executeJob} runs the one job it is given, as tests and Cockpit's "execute" expect.
 */
@Component
@ConditionalOnProperty(name = "motcua.due-timers-together.enabled", matchIfMissing = true) // off: to measure
class DueTimersTogether extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<JobHandler> handlers = configuration.getCustomJobHandlers() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomJobHandlers());
        handlers.add(new DueSiblingsFireTogether()); // same type as the engine's: registered after it, replaces it
        configuration.setCustomJobHandlers(handlers);
    }

    static final class DueSiblingsFireTogether extends TimerExecuteNestedActivityJobHandler {

        @Override
        public void execute(TimerJobConfiguration configuration, ExecutionEntity execution, CommandContext context,
                String tenantId) {
            super.execute(configuration, execution, context, tenantId);
            JobEntity fired = context.getCurrentJob();
            JobExecutorContext executor = Context.getJobExecutorContext();
            // the job executor's own job only: a timer fired below is the command's current job, not the executor's
            if (executor == null || fired == null || fired != executor.getCurrentJob() || failedBefore(fired)
                    || !fired.isExclusive() || execution.isEnded()
                    || !nonInterrupting(execution, configuration.getTimerElementKey())) {
                return;
            }
            try {
                fireDueSiblings(fired, execution, context);
            } finally {
                context.setCurrentJob(fired);
            }
        }

        /**
         * The timers of a boundary event hang on the execution of the activity it is attached to, so the same
         * execution means the same activity. They fire in due-date order, as the job executor would take them,
         * and only those due before the first due interrupting one: that one ends the activity, and what was
         * due after it would never have fired.
         */
        private static void fireDueSiblings(JobEntity fired, ExecutionEntity execution, CommandContext context) {
            DbEntityManager entities = context.getDbEntityManager();
            Date now = ClockUtil.getCurrentTime();
            // the execution's jobs, which the engine loads anyway to delete the fired one: no query of our own
            List<TimerEntity> timers = execution.getJobs().stream()
                    .filter(TimerEntity.class::isInstance).map(TimerEntity.class::cast)
                    .filter(timer -> !timer.getId().equals(fired.getId()) && TYPE.equals(timer.getJobHandlerType())
                            && timer.getDuedate() != null && !timer.getDuedate().after(now))
                    .sorted(Comparator.comparing(TimerEntity::getDuedate)).toList();
            Date interruptedAt = timers.stream().filter(timer -> !nonInterrupting(timer.getExecution(), elementOf(timer)))
                    .map(TimerEntity::getDuedate).findFirst().orElse(null);
            for (TimerEntity timer : timers) {
                if (interruptedAt != null && !timer.getDuedate().before(interruptedAt)) {
                    return;
                }
                if (!combinable(timer, fired, now) || entities.isDeleted(timer)) {
                    continue;
                }
                context.setCurrentJob(timer); // as the job executor would: no "deleted" job log for it
                try {
                    timer.execute(context);
                } catch (OptimisticLockingException e) {
                    throw e; // lost a race: run again at once, no failure counted (engine.system.JobConflictsRunAgain)
                } catch (RuntimeException e) {
                    throw new ProcessEngineException("Timer '" + elementOf(timer) + "' (job " + timer.getId()
                            + "), fired together with job " + fired.getId() + ", failed: " + e.getMessage(), e);
                }
            }
        }

        private static boolean nonInterrupting(ExecutionEntity execution, String activityId) {
            ActivityImpl activity = execution == null ? null : execution.getProcessDefinition().findActivity(activityId);
            return activity != null && activity.getActivityStartBehavior() == ActivityStartBehavior.CONCURRENT_IN_FLOW_SCOPE;
        }

        private static String elementOf(TimerEntity timer) {
            return ((TimerJobConfiguration) timer.getJobHandlerConfiguration()).getTimerElementKey();
        }

        /** Camunda keeps a failure's message, which may be null, and its stack trace. */
        private static boolean failedBefore(JobEntity job) {
            return job.getExceptionMessage() != null || job.getExceptionByteArrayId() != null;
        }

        /**
         * A timer locked by this job's owner was acquired with it: acquisition never locks a second exclusive
         * job of a process instance that has one locked, so such a timer sits in this thread's batch, which
         * skips it once it is gone. A live lock of another owner is that node's to run.
         */
        private static boolean combinable(TimerEntity timer, JobEntity fired, Date now) {
            boolean lockedElsewhere = timer.getLockOwner() != null && !timer.getLockOwner().equals(fired.getLockOwner())
                    && timer.getLockExpirationTime() != null && timer.getLockExpirationTime().after(now);
            return !timer.isSuspended() && timer.getRetries() > 0 && !failedBefore(timer) && timer.isExclusive()
                    && !lockedElsewhere && nonInterrupting(timer.getExecution(), elementOf(timer));
        }
    }
}
