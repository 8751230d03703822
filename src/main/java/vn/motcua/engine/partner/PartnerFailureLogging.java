package vn.motcua.engine.partner;

import java.time.Duration;
import java.time.Instant;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.motcua.partner.PartnerCallException;
import vn.motcua.partner.PartnerFailures;
import vn.motcua.system.TimeSource;

/**
 * An agency that is busy or down is designed behaviour, not a bug: the job's retry cycle and, in
 * the end, an incident in Cockpit deal with it. By default the engine logs every failed attempt
 * twice with a full stack trace (ENGINE-16004 at ERROR, ENGINE-14006 at WARN), which buries the
 * real errors. For a {@link PartnerCallException} this plugin writes one WARN line instead, naming
 * the agency, the operation, the file and when the engine tries again. Any other exception is
 * still logged by the engine at ERROR with its stack trace.
 */
@Component
class PartnerFailureLogging extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(PartnerFailureLogging.class);

    private final TimeSource clock;

    PartnerFailureLogging(TimeSource clock) {
        this.clock = clock;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        QuietCommandContexts contexts = new QuietCommandContexts();
        // The engine only wires its own default factory to the configuration; a custom one is wired here.
        contexts.setProcessEngineConfiguration(configuration);
        configuration.setCommandContextFactory(contexts);
        // ENGINE-14006 only for a job's last attempt: the ERROR above still shows every other failure.
        configuration.setEnableReducedJobExceptionLogging(true);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setFailedJobCommandFactory(new AnnouncedRetries(configuration.getFailedJobCommandFactory(), clock));
    }

    /** Command contexts that log a partner failure at DEBUG instead of ERROR (ENGINE-16004). */
    static class QuietCommandContexts extends CommandContextFactory {

        @Override
        public CommandContext createCommandContext() {
            return new CommandContext(processEngineConfiguration) {
                @Override
                protected boolean shouldLogFine(Throwable failure) {
                    return super.shouldLogFine(failure) || PartnerFailures.in(failure).isPresent();
                }
            };
        }
    }

    /**
     * The engine's own retry (back-off from the diagram's retry cycle), then one line that says what happened.
     * The wait is counted on the application's clock, which is the engine's.
     */
    record AnnouncedRetries(FailedJobCommandFactory engine, TimeSource clock) implements FailedJobCommandFactory {

        @Override
        public Command<Object> getCommand(String jobId, Throwable failure) {
            Command<Object> retry = engine.getCommand(jobId, failure);
            return PartnerFailures.in(failure).<Command<Object>>map(partner -> context -> {
                Object result = retry.execute(context);
                announce(context, jobId, partner);
                return result;
            }).orElse(retry);
        }

        private void announce(CommandContext context, String jobId, PartnerCallException failure) {
            JobEntity job = context.getJobManager().findJobById(jobId);
            if (job == null) {
                return;
            }
            String file = fileCode(context, job);
            String agency = failure.agency() == null ? "?" : failure.agency().id();
            String operation = failure.operation() == null ? "?" : failure.operation().name();
            if (job.getRetries() > 0 && job.getDuedate() != null) {
                Duration wait = Duration.between(clock.now(), job.getDuedate().toInstant());
                log.warn("Partner agency {} failed {} for file {} ({}): next attempt at {} (in {} s, {} left)",
                        agency, operation, file, failure.getMessage(), Instant.ofEpochMilli(job.getDuedate().getTime()),
                        Math.max(0, wait.toSeconds()), job.getRetries());
            } else {
                log.warn("Partner agency {} failed {} for file {} ({}): no retry left, an incident is open in Cockpit"
                        + " for a supervisor to retry once the agency is back", agency, operation, file, failure.getMessage());
            }
        }

        private static String fileCode(CommandContext context, JobEntity job) {
            if (job.getProcessInstanceId() == null) {
                return "?";
            }
            ExecutionEntity instance = context.getExecutionManager().findExecutionById(job.getProcessInstanceId());
            return instance == null || instance.getBusinessKey() == null ? "?" : instance.getBusinessKey();
        }
    }
}
