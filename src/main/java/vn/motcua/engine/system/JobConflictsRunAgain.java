package vn.motcua.engine.system;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.jobexecutor.MessageAddedNotification;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.stereotype.Component;

/**
 * A job that lost a race is not a failed job. Two nodes may run jobs of the same file at once (each acquired
 * its job before the other's lock was visible), and the second to commit gets an
 * {@link OptimisticLockingException}: its transaction is rolled back whole, nothing of it happened. The engine
 * treats that as any failure: a retry spent, the exception kept on the job, and the retry cycle's wait
 * (5 minutes here) before it runs again, so a late file's apology came 5 minutes after the rest of its
 * escalation (docs/benchmark.md, the two-node storm). Here the job is only unlocked: it keeps its retries and
 * its due date, carries no failure, and runs again as soon as a node acquires it. The job log still records
 * the attempt as failed, naming the conflict.
 */
@Component
class JobConflictsRunAgain extends AbstractProcessEnginePlugin {

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setFailedJobCommandFactory(new RunAgainOnConflict(configuration.getFailedJobCommandFactory()));
    }

    /** The engine's command for a real failure; for a conflict, one that lets the job go. */
    record RunAgainOnConflict(FailedJobCommandFactory engine) implements FailedJobCommandFactory {

        @Override
        public Command<Object> getCommand(String jobId, Throwable failure) {
            return isConflict(failure) ? context -> release(context, jobId) : engine.getCommand(jobId, failure);
        }

        private static Object release(CommandContext context, String jobId) {
            JobEntity job = context.getJobManager().findJobById(jobId);
            if (job != null) {
                job.unlock();
                // as the engine's retry does: this node's job executor looks for jobs again once this commits
                context.getTransactionContext().addTransactionListener(TransactionState.COMMITTED,
                        new MessageAddedNotification(context.getProcessEngineConfiguration().getJobExecutor()));
            }
            return null;
        }

        static boolean isConflict(Throwable failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof OptimisticLockingException) {
                    return true;
                }
            }
            return false;
        }
    }
}
