package vn.motcua.engine.deadline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
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
 * effect, so a failure rolls all of them back together and each stays due. A job that failed before, or a
 * due timer that did, runs alone (so one broken path cannot hold the others back), as does a timer another
 * node holds a live lock on. Only the job executor combines; {@code ManagementService.executeJob} runs the
 * one job it is given, as tests and Cockpit's "execute" expect.
 */
@Component
@ConditionalOnProperty(name = "motcua.due-timers-together.enabled", matchIfMissing = true) // off: to measure
class DueTimersTogether extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<JobHandler> handlers = configuration.getCustomJobHandlers() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomJobHandlers());
        handlers.add(new BoundaryTimers()); // same type as the engine's: registered after it, replaces it
        configuration.setCustomJobHandlers(handlers);
    }

    static final class BoundaryTimers extends TimerExecuteNestedActivityJobHandler {

        /** The timers fired inside another's job, on this thread: they do not look for siblings again. */
        private static final ThreadLocal<Boolean> FIRING_SIBLINGS = ThreadLocal.withInitial(() -> false);

        @Override
        public void execute(TimerJobConfiguration configuration, ExecutionEntity execution, CommandContext context,
                String tenantId) {
            super.execute(configuration, execution, context, tenantId);
            JobEntity fired = context.getCurrentJob();
            if (FIRING_SIBLINGS.get() || Context.getJobExecutorContext() == null || fired == null
                    || fired.getExceptionMessage() != null || execution.isEnded()
                    || !nonInterrupting(execution, configuration.getTimerElementKey())) {
                return;
            }
            FIRING_SIBLINGS.set(true);
            try {
                fireDueSiblings(fired, context);
            } finally {
                FIRING_SIBLINGS.set(false);
                context.setCurrentJob(fired);
            }
        }

        private static void fireDueSiblings(JobEntity fired, CommandContext context) {
            DbEntityManager entities = context.getDbEntityManager();
            Date now = ClockUtil.getCurrentTime();
            List<TimerEntity> due = context.getJobManager().findTimersByExecutionId(fired.getExecutionId()).stream()
                    .filter(timer -> !timer.getId().equals(fired.getId()) && combinable(timer, fired, now)
                            && nonInterrupting(timer.getExecution(), elementOf(timer)))
                    .sorted(Comparator.comparing(TimerEntity::getDuedate)).toList();
            for (TimerEntity timer : due) {
                if (entities.isDeleted(timer) || timer.getExecution() == null || timer.getExecution().isEnded()) {
                    continue; // an interrupting timer fired before it ended the activity, and its timers
                }
                context.setCurrentJob(timer); // as the job executor would: no "deleted" job log for it
                timer.execute(context);
            }
        }

        private static boolean nonInterrupting(ExecutionEntity execution, String activityId) {
            ActivityImpl activity = execution == null ? null : execution.getProcessDefinition().findActivity(activityId);
            return activity != null && activity.getActivityStartBehavior() == ActivityStartBehavior.CONCURRENT_IN_FLOW_SCOPE;
        }

        private static String elementOf(TimerEntity timer) {
            return ((TimerJobConfiguration) timer.getJobHandlerConfiguration()).getTimerElementKey();
        }

        private static boolean combinable(TimerEntity timer, JobEntity fired, Date now) {
            boolean lockedElsewhere = timer.getLockOwner() != null && !timer.getLockOwner().equals(fired.getLockOwner())
                    && timer.getLockExpirationTime() != null && timer.getLockExpirationTime().after(now);
            return TYPE.equals(timer.getJobHandlerType()) && timer.getDuedate() != null && !timer.getDuedate().after(now)
                    && !timer.isSuspended() && timer.getRetries() > 0 && timer.getExceptionMessage() == null
                    && timer.isExclusive() && fired.isExclusive() && !lockedElsewhere;
        }
    }
}
