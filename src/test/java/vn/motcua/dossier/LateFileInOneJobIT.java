package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.dossier.FileScenario.clockAt;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.jobexecutor.ExecuteJobHelper;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutorContext;
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
 * A file whose deadlines are all past is escalated by one job: the job executor fires the first due
 * boundary timer and, in the same transaction, the other due timers drawn on the same activity
 * (engine.deadline.DueTimersTogether). Each effect happens once; a timer another node holds, or one that
 * failed before, keeps its own job. Dates: a land-use conversion received Monday 23/11/2026 is near due
 * Wed 16/12, apology Thu 17/12, overdue at the end of Mon 21/12.
 */
@IntegrationTest
class LateFileInOneJobIT {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 11, 23);
    private static final LocalDate AFTER_EVERY_DEADLINE = LocalDate.of(2026, 12, 22);
    private static final LocalTime MORNING = LocalTime.of(9, 0);
    private static final List<String> FILE_CLOCK = List.of("nearDue", "apologyDue", "overdue");
    private static final String GENERATED = "late-timers-together";

    @Autowired
    FileScenario files;
    @Autowired
    DossierRegister register;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
    @Autowired
    ProcessEngineConfigurationImpl engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;

    @BeforeEach
    void received() {
        clockAt(RECEIVED, MORNING);
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
    }

    @Test
    void theFirstDueTimerFiresEveryPastDeadlineOfTheFileInTheSameJob() {
        Dossier dossier = files.receive();
        String code = dossier.code();
        List<String> clock = files.fileDeadlines(code).stream().map(Job::getId).toList();
        List<Job> stepTimers = files.timers(code).stream().filter(job -> !clock.contains(job.getId())).toList();
        assertThat(stepTimers).as("the open step's warning and escalation").hasSize(2);
        clockAt(AFTER_EVERY_DEADLINE, MORNING);

        runAsTheJobExecutor(files.timer(code, "nearDue"));

        assertThat(files.fileDeadlines(code)).as("all three fired").isEmpty();
        assertThat(register.statusHistory(dossier.id())).extracting(StatusChange::status)
                .containsOnlyOnce("NEAR_DUE").containsOnlyOnce("OVERDUE");
        assertThat(files.task(code, "proposeExtension")).as("the apology, once").isNotNull();
        assertThat(files.task(code, "handleOverdueFile")).as("the head's overdue task, once").isNotNull();
        assertThat(successes(dossier.processInstanceId())).extracting(HistoricJobLog::getActivityId)
                .containsExactlyInAnyOrderElementsOf(FILE_CLOCK);
        assertThat(historyService.createHistoricJobLogQuery().processInstanceId(dossier.processInstanceId())
                .deletionLog().count()).as("fired, not deleted").isZero();
        assertThat(files.timers(code)).as("the step's own timers hang on another activity: not touched")
                .extracting(Job::getId).containsExactlyInAnyOrderElementsOf(stepTimers.stream().map(Job::getId).toList());

        // The step's warning takes its escalation with it, in the same way.
        runAsTheJobExecutor(files.timers(code).get(0));
        assertThat(files.timers(code)).isEmpty();
        assertThat(successes(dossier.processInstanceId())).hasSize(5);
    }

    @Test
    void executeJobRunsOnlyTheJobItIsGiven() {
        String code = files.receive().code();
        clockAt(AFTER_EVERY_DEADLINE, MORNING);

        managementService.executeJob(files.timer(code, "nearDue").getId());

        assertThat(pending(code)).containsExactlyInAnyOrder("apologyDue", "overdue");
        assertThat(files.task(code, "handleOverdueFile")).isNull();
    }

    @Test
    void aTimerLockedByAnotherNodeOrThatFailedBeforeKeepsItsOwnJob() {
        String code = files.receive().code();
        clockAt(AFTER_EVERY_DEADLINE, MORNING);
        jdbc.update("update ACT_RU_JOB set LOCK_OWNER_ = 'another-node', LOCK_EXP_TIME_ = ? where ID_ = ?",
                new Timestamp(ClockUtil.getCurrentTime().getTime() + 300_000), files.timer(code, "overdue").getId());
        jdbc.update("update ACT_RU_JOB set EXCEPTION_MSG_ = 'a failure before' where ID_ = ?",
                files.timer(code, "apologyDue").getId());

        runAsTheJobExecutor(files.timer(code, "nearDue"));

        assertThat(pending(code)).containsExactlyInAnyOrder("apologyDue", "overdue");
        assertThat(files.task(code, "proposeExtension")).isNull();
        assertThat(files.task(code, "handleOverdueFile")).isNull();
    }

    @Test
    void aJobThatFailedBeforeRunsAlone() {
        String code = files.receive().code();
        clockAt(AFTER_EVERY_DEADLINE, MORNING);
        Job nearDue = files.timer(code, "nearDue");
        jdbc.update("update ACT_RU_JOB set EXCEPTION_MSG_ = 'a failure before', RETRIES_ = 2 where ID_ = ?", nearDue.getId());

        runAsTheJobExecutor(nearDue);

        assertThat(pending(code)).containsExactlyInAnyOrder("apologyDue", "overdue");
    }

    @Test
    void anInterruptingTimerKeepsItsOwnJobAndWhatFallsDueAfterItWaits() {
        withGeneratedProcess(() -> {
            // escalation due before the expiry: it goes with the reminder; the expiry keeps its own job
            String before = start(Map.of("reminderDue", minutesAgo(3), "escalationDue", minutesAgo(2),
                    "expiryDue", minutesAgo(1), "escalationWorks", true));
            runAsTheJobExecutor(job(before, "reminder"));
            assertThat(jobsOf(before)).containsExactly("expiry");
            assertThat(taskService.createTaskQuery().processInstanceId(before).count()).as("not interrupted").isOne();

            // escalation due after the expiry: one at a time it would never fire, so it is not fired here either
            String after = start(Map.of("reminderDue", minutesAgo(3), "expiryDue", minutesAgo(2),
                    "escalationDue", minutesAgo(1), "escalationWorks", true));
            runAsTheJobExecutor(job(after, "reminder"));
            assertThat(jobsOf(after)).containsExactlyInAnyOrder("expiry", "escalation");
        });
    }

    @Test
    void aSiblingThatFailsRollsTheWholeJobBackAndIsNamedInTheFailure() {
        withGeneratedProcess(() -> {
            String instance = start(Map.of("reminderDue", minutesAgo(3), "escalationDue", minutesAgo(2),
                    "expiryDue", minutesAgo(-60), "escalationWorks", false));
            Job reminder = job(instance, "reminder");

            assertThatThrownBy(() -> runAsTheJobExecutor(reminder)).hasMessageContaining("'escalation'");

            assertThat(jobsOf(instance)).as("nothing fired").containsExactlyInAnyOrder("reminder", "escalation", "expiry");
            assertThat(successes(instance)).isEmpty();
            Job failed = managementService.createJobQuery().jobId(reminder.getId()).singleResult();
            assertThat(failed.getExceptionMessage()).contains("'escalation'").contains(reminder.getId());

            // its next try runs alone: the reminder fires, the escalation waits for its own job
            managementService.setJobRetries(reminder.getId(), 1);
            jdbc.update("update ACT_RU_JOB set DUEDATE_ = ? where ID_ = ?", new Timestamp(minutesAgo(1).getTime()),
                    reminder.getId());
            runAsTheJobExecutor(managementService.createJobQuery().jobId(reminder.getId()).singleResult());
            assertThat(jobsOf(instance)).containsExactlyInAnyOrder("escalation", "expiry");
        });
    }

    @Test
    void timersAcquiredTogetherByThisNodeFireTogetherAndASuspendedOneWaits() {
        String code = files.receive().code();
        clockAt(AFTER_EVERY_DEADLINE, MORNING);
        Timestamp lockedUntil = new Timestamp(ClockUtil.getCurrentTime().getTime() + 300_000);
        for (String activity : FILE_CLOCK) { // one acquisition of this node took all three
            jdbc.update("update ACT_RU_JOB set LOCK_OWNER_ = 'this-node', LOCK_EXP_TIME_ = ? where ID_ = ?", lockedUntil,
                    files.timer(code, activity).getId());
        }
        managementService.suspendJobById(files.timer(code, "apologyDue").getId());

        runAsTheJobExecutor(files.timer(code, "nearDue"));

        assertThat(pending(code)).containsExactly("apologyDue");
        assertThat(files.task(code, "handleOverdueFile")).isNotNull();
    }

    private void withGeneratedProcess(Runnable test) {
        // A task with two non-interrupting timers and an interrupting one; the escalation's path fails on demand
        // (a gateway with no flow to take), without any code of its own.
        BpmnModelInstance model = Bpmn.createExecutableProcess(GENERATED).camundaHistoryTimeToLive(1)
                .startEvent().userTask("work")
                .boundaryEvent("reminder").cancelActivity(false).timerWithDate("${reminderDue}").endEvent()
                .moveToActivity("work")
                .boundaryEvent("escalation").cancelActivity(false).timerWithDate("${escalationDue}")
                .exclusiveGateway("escalationPath").condition("works", "${escalationWorks}").endEvent("escalated")
                .moveToNode("escalationPath").condition("never", "${false}").endEvent("neverTaken")
                .moveToActivity("work")
                .boundaryEvent("expiry").cancelActivity(true).timerWithDate("${expiryDue}").endEvent()
                .moveToActivity("work").endEvent().done();
        String deployment = repositoryService.createDeployment().addModelInstance(GENERATED + ".bpmn", model).deploy()
                .getId();
        try {
            test.run();
        } finally {
            repositoryService.deleteDeployment(deployment, true);
        }
    }

    private String start(Map<String, Object> variables) {
        return runtimeService.startProcessInstanceByKey(GENERATED, variables).getId();
    }

    private Job job(String instance, String activity) {
        return managementService.createJobQuery().processInstanceId(instance).activityId(activity).singleResult();
    }

    private List<String> jobsOf(String instance) {
        return List.of("reminder", "escalation", "expiry").stream().filter(activity -> job(instance, activity) != null)
                .toList();
    }

    private static Date minutesAgo(int minutes) {
        return new Date(ClockUtil.getCurrentTime().getTime() - minutes * 60_000L);
    }

    /** What the job executor's threads do with an acquired job (ExecuteJobsRunnable), on this thread. */
    private void runAsTheJobExecutor(Job job) {
        assertThat(job).isNotNull();
        Context.setJobExecutorContext(new JobExecutorContext());
        try {
            ExecuteJobHelper.executeJob(job.getId(), engine.getCommandExecutorTxRequired());
        } finally {
            Context.removeJobExecutorContext();
        }
    }

    private List<HistoricJobLog> successes(String processInstanceId) {
        return historyService.createHistoricJobLogQuery().processInstanceId(processInstanceId).successLog().list();
    }

    /** The file-clock boundary events whose timers still wait. */
    private List<String> pending(String code) {
        return FILE_CLOCK.stream().filter(activity -> files.timer(code, activity) != null).toList();
    }
}
