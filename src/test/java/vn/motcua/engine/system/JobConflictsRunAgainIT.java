package vn.motcua.engine.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.motcua.support.IntegrationTest;

/**
 * What the engine does with a job whose run failed, as its job executor calls it after the failure
 * ({@code FailedJobCommandFactory}, which this application's plugins wrap): a job that lost a race to another
 * node (an optimistic-locking conflict, its transaction rolled back whole) is let go with its retries and due
 * date as they were, and no failure on it; a job that really failed still spends a retry and waits for the retry
 * cycle. (The two-node timer storm found the first: a late file's apology 5 minutes after the rest.)
 */
@IntegrationTest
class JobConflictsRunAgainIT {

    private static final String PROCESS = "job-conflicts-run-again";
    private static final String NODE = "node-that-ran-it";

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    ProcessEngineConfigurationImpl engine;
    @Autowired
    JdbcTemplate jdbc;

    private String deployment;

    @BeforeEach
    void deploy() {
        BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1).startEvent()
                .serviceTask("racedStep").camundaAsyncBefore().camundaExpression("${execution.setVariable('touched', true)}")
                .userTask("afterwards").endEvent().done();
        deployment = repositoryService.createDeployment().addModelInstance(PROCESS + ".bpmn", model).deploy().getId();
    }

    @AfterEach
    void undeploy() {
        repositoryService.deleteDeployment(deployment, true);
    }

    @Test
    void aJobThatLostARaceKeepsItsRetriesAndDueDateAndCanBeAcquiredAtOnce() {
        Job before = lockedAsAcquired(runtimeService.startProcessInstanceByKey(PROCESS).getId());

        afterItsRun(before, new OptimisticLockingException("ENGINE-03005 Execution of 'UPDATE ExecutionEntity[x]' failed."
                + " Entity was updated by another transaction concurrently."));

        Job after = job(before.getProcessInstanceId());
        assertThat(after.getRetries()).as("no retry spent").isEqualTo(before.getRetries());
        assertThat(after.getDuedate()).as("no wait").isEqualTo(before.getDuedate());
        assertThat(after.getExceptionMessage()).as("not a failure").isNull();
        assertThat(lockOwner(after)).as("unlocked").isNull();
        assertThat(managementService.createJobQuery().processInstanceId(before.getProcessInstanceId()).executable().count())
                .isOne();
    }

    @Test
    void aConflictInsideAnotherExceptionIsAConflictToo() {
        Job before = lockedAsAcquired(runtimeService.startProcessInstanceByKey(PROCESS).getId());

        afterItsRun(before, new ProcessEngineException("a timer fired together failed",
                new OptimisticLockingException("updated by another transaction concurrently")));

        assertThat(job(before.getProcessInstanceId()).getExceptionMessage()).isNull();
    }

    @Test
    void aRealFailureStillSpendsARetryAndWaitsForTheRetryCycle() {
        Job before = lockedAsAcquired(runtimeService.startProcessInstanceByKey(PROCESS).getId());

        afterItsRun(before, new ProcessEngineException("the agency's answer could not be read"));

        Job after = job(before.getProcessInstanceId());
        assertThat(after.getExceptionMessage()).contains("could not be read");
        assertThat(after.getDuedate()).as("the retry cycle's wait").isAfter(before.getDuedate());
        assertThat(managementService.createJobQuery().processInstanceId(before.getProcessInstanceId()).executable().count())
                .isZero();
    }

    /** What the job executor does after a failed run: the engine's failed-job command, in a transaction of its own. */
    private void afterItsRun(Job job, Throwable failure) {
        engine.getCommandExecutorTxRequired().execute(engine.getFailedJobCommandFactory().getCommand(job.getId(), failure));
    }

    /** The job as the job executor holds it while it runs. */
    private Job lockedAsAcquired(String instance) {
        Job job = job(instance);
        jdbc.update("update ACT_RU_JOB set LOCK_OWNER_ = ?, LOCK_EXP_TIME_ = ? where ID_ = ?", NODE,
                new Timestamp(ClockUtil.getCurrentTime().getTime() + 300_000), job.getId());
        return job;
    }

    private String lockOwner(Job job) {
        return jdbc.queryForObject("select LOCK_OWNER_ from ACT_RU_JOB where ID_ = ?", String.class, job.getId());
    }

    private Job job(String instance) {
        return managementService.createJobQuery().processInstanceId(instance).singleResult();
    }
}
