package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.FileScenario.at;
import static vn.motcua.dossier.FileScenario.clockAt;

import java.io.IOException;
import java.io.InputStream;
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
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.deadline.StepDeadlines;
import vn.motcua.demo.OfficerAnswers;
import vn.motcua.engine.dossier.CamundaDossierWorkflow;
import vn.motcua.support.IntegrationTest;

/**
 * The deadlines drawn in the procedure diagrams: a step's quota as two timer boundary events on the
 * step, the file clock as three on "Giải quyết hồ sơ". They fire at the dates of the calendar and
 * the time-limit tables and move when the appointment moves or the clock stops; a file accepted on
 * a diagram from before keeps the shared clock it started with. Dates: Monday 2026-11-23 is a
 * working day; a land-use conversion received then is due Mon 21/12/2026.
 */
@IntegrationTest
class DrawnDeadlinesIT {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final LocalTime MORNING = LocalTime.of(9, 0);
    private static final LocalTime OPENING = LocalTime.of(7, 30);
    private static final LocalTime CLOSING = LocalTime.of(17, 0);

    @Autowired
    FileScenario files;
    @Autowired
    DossierService dossiers;
    @Autowired
    DossierWorkflow workflow;
    @Autowired
    DossierRegister register;
    @Autowired
    Handovers handovers;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
    @Autowired
    RepositoryService repositoryService;

    private String legacyDeployment;

    @BeforeEach
    void clock() {
        clockAt(MONDAY, MORNING);
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
        if (legacyDeployment != null) {
            repositoryService.deleteDeployment(legacyDeployment, true);
        }
    }

    @Test
    void aStepsEscalationBoundaryEventFiresAtItsQuotaAndCallsInTheLeaders() {
        Dossier dossier = files.receive();
        String code = dossier.code();
        Task appraisal = files.task(code, "appraiseFile");
        taskService.claim(appraisal.getId(), "chuyenvien1");
        // Quota 6 working days from Mon 23/11: the last day is Tue 01/12.
        Job warning = files.timer(code, "appraiseFileWarning");
        Job escalation = files.timer(code, "appraiseFileEscalation");
        assertThat(warning.getDuedate()).isEqualTo(date(LocalDate.of(2026, 12, 1), OPENING));
        assertThat(escalation.getDuedate()).isEqualTo(date(LocalDate.of(2026, 12, 1), CLOSING));
        assertThat(escalation.getProcessInstanceId()).as("drawn in the procedure").isEqualTo(dossier.processInstanceId());

        clockAt(LocalDate.of(2026, 12, 1), LocalTime.of(17, 30));
        managementService.executeJob(escalation.getId());

        Task escalated = files.task(code, "appraiseFile");
        assertThat(escalated.getId()).as("the step goes on: the event does not interrupt it").isEqualTo(appraisal.getId());
        assertThat(escalated.getAssignee()).isEqualTo("chuyenvien1");
        assertThat(escalated.getPriority()).isEqualTo(90);
        assertThat(candidateGroups(escalated)).containsExactlyInAnyOrder("landoffice", "landofficeleaders");
        assertThat(taskService.getTaskComments(escalated.getId())).extracting(c -> c.getFullMessage())
                .anyMatch(m -> m.contains("đã báo lãnh đạo đơn vị (landofficeleaders)"));
        assertThat(handovers.of(dossier.id()).get(0).escalated()).isTrue();
        // The path an analyst sees in the diagram is the one that ran.
        assertThat(passed(dossier.processInstanceId(), "escalateAppraiseFile", "appraiseFileEscalated")).isTrue();
        assertThat(passed(dossier.processInstanceId(), "remindAppraiseFile")).as("the warning has not fired").isFalse();
        assertThat(files.timer(code, "appraiseFileEscalation")).isNull();
        assertThat(files.timer(code, "appraiseFileWarning")).as("the warning still waits").isNotNull();

        // Completed, the step takes its remaining timer with it.
        files.complete(code, "appraiseFile", Map.of("appraisalDecision", "PROCEED", "appraisalFindings", "Đủ điều kiện"));
        assertThat(files.timer(code, "appraiseFileWarning")).isNull();
        assertThat(handovers.of(dossier.id()).get(0).outcome()).isEqualTo("LATE");
    }

    @Test
    void theFileDeadlinesAreBoundaryTimersOfTheProcessingAndMoveWithTheAppointment() {
        Dossier dossier = files.receive();
        String code = dossier.code();
        assertThat(dossier.dueDate()).isEqualTo(LocalDate.of(2026, 12, 21));
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(CamundaDossierWorkflow.DEADLINES)
                .processInstanceBusinessKey(code).count()).as("no shared clock for a new file").isZero();
        assertThat(files.fileDeadlines(code)).extracting(Job::getProcessInstanceId).containsOnly(dossier.processInstanceId());
        // Near due 3 working days before (Wed 16/12), apology 2 (Thu 17/12), overdue at the end of Mon 21/12.
        assertThat(dueDate(code, "nearDue")).isEqualTo(date(LocalDate.of(2026, 12, 16), OPENING));
        assertThat(dueDate(code, "apologyDue")).isEqualTo(date(LocalDate.of(2026, 12, 17), OPENING));
        assertThat(dueDate(code, "overdue")).isEqualTo(date(LocalDate.of(2026, 12, 21), CLOSING));

        // The tax period stops the clock: the timers wait for a date that never comes.
        files.completeUntil(code, "issueTaxNotice");
        assertThat(dossiers.get(code).isPaused()).isTrue();
        assertThat(files.fileDeadlines(code)).hasSize(3).allSatisfy(job -> assertThat(job.getDuedate()).isEqualTo(StepDeadlines.NEVER));
        assertThat(files.deadlinesRunning(code)).isFalse();

        // Mon 23/11 to Mon 30/11 not counted: the appointment moves 5 working days, to Mon 28/12.
        files.complete(code, "issueTaxNotice", Map.of("taxNoticeNumber", "TB-9", "taxAmount", 150_000_000));
        clockAt(LocalDate.of(2026, 11, 30), MORNING);
        files.complete(code, "confirmPayment", Map.of("paymentReference", "CT-77", "paidOn", "2026-11-30"));
        assertThat(dossiers.get(code).dueDate()).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(dueDate(code, "nearDue")).isEqualTo(date(LocalDate.of(2026, 12, 23), OPENING));
        assertThat(dueDate(code, "apologyDue")).isEqualTo(date(LocalDate.of(2026, 12, 24), OPENING));
        assertThat(dueDate(code, "overdue")).isEqualTo(date(LocalDate.of(2026, 12, 28), CLOSING));

        // The near-due warning fires; then an apology moves the appointment to Fri 08/01/2027.
        clockAt(LocalDate.of(2026, 12, 23), MORNING);
        managementService.executeJob(files.timer(code, "nearDue").getId());
        assertThat(register.statusHistory(dossier.id())).extracting(StatusChange::status).containsOnlyOnce("NEAR_DUE");
        assertThat(passed(dossier.processInstanceId(), "warnNearDue", "nearDueWarned")).isTrue();
        dossiers.extend(code, LocalDate.of(2027, 1, 8), "Chờ ý kiến của Sở Nông nghiệp và Môi trường", "lanhdao1");
        assertThat(files.timer(code, "nearDue")).as("fired once, gone").isNull();
        assertThat(dueDate(code, "apologyDue")).isEqualTo(date(LocalDate.of(2027, 1, 6), OPENING));
        assertThat(dueDate(code, "overdue")).isEqualTo(date(LocalDate.of(2027, 1, 8), CLOSING));

        // The old appointment passes without a word; the new one, missed, goes to the head.
        clockAt(LocalDate.of(2026, 12, 29), MORNING);
        assertThat(files.fileDeadlines(code)).allSatisfy(job -> assertThat(job.getDuedate()).isAfter(ClockUtil.getCurrentTime()));
        clockAt(LocalDate.of(2027, 1, 8), LocalTime.of(17, 30));
        files.fileDeadlines(code).forEach(job -> managementService.executeJob(job.getId()));
        assertThat(files.task(code, "proposeExtension")).as("already extended: no second apology").isNull();
        Task head = files.task(code, "handleOverdueFile");
        assertThat(candidateGroups(head)).containsExactly("landofficeleaders");
        assertThat(head.getProcessInstanceId()).isEqualTo(dossier.processInstanceId());
        assertThat(files.task(code, "updateLandRecords")).as("processing goes on").isNotNull();

        // The file ends: so do its deadline paths (the head's task with them).
        files.complete(code, "updateLandRecords", OfficerAnswers.forStep("updateLandRecords"));
        files.complete(code, "returnResult", OfficerAnswers.forStep("returnResult"));
        assertThat(dossiers.get(code).status()).isEqualTo(DossierStatus.FINISHED);
        assertThat(files.openTasks(code)).isEmpty();
        assertThat(files.fileDeadlines(code)).isEmpty();
    }

    @Test
    void anAgencySupplementInTimeStopsTheDrawnClockAndRestartsItFromZero() {
        Dossier dossier = files.receive();
        String code = dossier.code();
        files.complete(code, "appraiseFile", Map.of("appraisalDecision", "SUPPLEMENT",
                "appraisalFindings", "Thiếu giấy tờ", "supplementItems", "Bản vẽ sơ đồ nhà ở"));
        assertThat(files.fileDeadlines(code)).as("processing goes on, its clock stopped").hasSize(3)
                .allSatisfy(job -> assertThat(job.getDuedate()).isEqualTo(StepDeadlines.NEVER));

        clockAt(LocalDate.of(2026, 12, 3), MORNING);
        files.complete(code, "receiveAgencySupplement", Map.of("supplementConfirmed", true));
        assertThat(dossiers.get(code).dueDate()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(dueDate(code, "overdue")).isEqualTo(date(LocalDate.of(2026, 12, 31), CLOSING));
        assertThat(files.task(code, "appraiseFile")).as("back to the appraisal").isNotNull();
        assertThat(files.timer(code, "appraiseFileEscalation").getDuedate())
                .as("a new quota from the restart: 6 working days from Thu 03/12")
                .isEqualTo(date(LocalDate.of(2026, 12, 11), CLOSING));
    }

    @Test
    void aFileAcceptedOnAnOlderDiagramKeepsItsSharedClock() throws IOException {
        legacyDeployment = deployDiagramFromBeforeTheDeadlinesWereDrawn();
        Dossier dossier = files.receive();
        String code = dossier.code();
        // What the reception did for every file then: the shared clock next to the procedure.
        workflow.startLegacyClock(code, dossier.processInstanceId(), dossier.dueDate(), dossiers.processingLeaders(dossier));
        ProcessInstance clock = legacyClock(code);
        assertThat(clock).isNotNull();
        assertThat(files.fileDeadlines(code)).extracting(Job::getProcessInstanceId).containsOnly(clock.getId());
        assertThat(files.timer(code, "appraiseFileEscalation")).as("the old diagram hides its step deadlines").isNull();

        // The old step's timeout listener still warns through the same bean.
        clockAt(LocalDate.of(2026, 12, 1), LocalTime.of(8, 0));
        files.fireDueTimers(code);
        assertThat(files.task(code, "appraiseFile").getPriority()).isEqualTo(70);

        assertThat(files.deadlinesRunning(code)).isTrue();

        // The appointment moves: the shared clock's timers follow.
        dossiers.extend(code, LocalDate.of(2027, 1, 8), "Chờ người nộp bổ sung", "lanhdao1");
        assertThat(dueDate(code, "overdue")).isEqualTo(date(LocalDate.of(2027, 1, 8), CLOSING));
        assertThat(files.timer(code, "overdue").getProcessInstanceId()).isEqualTo(clock.getId());

        // Withdrawn: the shared clock stops with the file.
        dossiers.requestWithdrawal(code, "Người nộp xin rút hồ sơ", "tiepnhan1");
        assertThat(dossiers.get(code).status()).isEqualTo(DossierStatus.WITHDRAWN);
        assertThat(legacyClock(code)).isNull();
        assertThat(files.deadlinesRunning(code)).isFalse();
    }

    @Test
    void anOlderFileWhoseClockRestartsGetsTheSharedClockAgain() throws IOException {
        legacyDeployment = deployDiagramFromBeforeTheDeadlinesWereDrawn();
        Dossier dossier = files.receive();
        String code = dossier.code();
        workflow.startLegacyClock(code, dossier.processInstanceId(), dossier.dueDate(), dossiers.processingLeaders(dossier));

        files.complete(code, "appraiseFile", Map.of("appraisalDecision", "SUPPLEMENT",
                "appraisalFindings", "Thiếu giấy tờ", "supplementItems", "Bản vẽ sơ đồ nhà ở"));
        assertThat(legacyClock(code)).as("a request in time stops it").isNull();

        clockAt(LocalDate.of(2026, 12, 3), MORNING);
        files.complete(code, "receiveAgencySupplement", Map.of("supplementConfirmed", true));
        ProcessInstance restarted = legacyClock(code);
        assertThat(restarted).as("the restart starts it again, the old diagram having no timers of its own").isNotNull();
        assertThat(dueDate(code, "overdue")).isEqualTo(date(LocalDate.of(2026, 12, 31), CLOSING));

        files.completeUntil(code, "end");
        assertThat(dossiers.get(code).status()).isEqualTo(DossierStatus.FINISHED);
        assertThat(legacyClock(code)).as("stopped when the result is handed over").isNull();
    }

    private String deployDiagramFromBeforeTheDeadlinesWereDrawn() throws IOException {
        try (InputStream diagram = getClass().getResourceAsStream("/legacy/land-use-conversion-before-drawn-deadlines.bpmn")) {
            return repositoryService.createDeployment().name("land-use-conversion (before drawn deadlines)")
                    .addInputStream("land-use-conversion.bpmn", diagram).deploy().getId();
        }
    }

    private ProcessInstance legacyClock(String code) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(CamundaDossierWorkflow.DEADLINES)
                .processInstanceBusinessKey(code).singleResult();
    }

    private Date dueDate(String code, String activityId) {
        Job timer = files.timer(code, activityId);
        assertThat(timer).as("pending timer %s of %s", activityId, code).isNotNull();
        return timer.getDuedate();
    }

    private boolean passed(String processInstanceId, String... activityIds) {
        for (String activity : activityIds) {
            if (historyService.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                    .activityId(activity).finished().count() == 0) {
                return false;
            }
        }
        return true;
    }

    private List<String> candidateGroups(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> "candidate".equals(link.getType())).map(IdentityLink::getGroupId).toList();
    }

    private static Date date(LocalDate day, LocalTime time) {
        return Date.from(at(day, time));
    }
}
