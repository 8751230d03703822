package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.dossier.FileScenario.at;
import static vn.motcua.dossier.FileScenario.clockAt;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.motcua.partner.PartnerAgencyStub;
import vn.motcua.system.ConflictException;
import vn.motcua.support.IntegrationTest;

/**
 * Every path of a land-use conversion file, on the engine with a controlled clock. Dates:
 * Monday 2026-11-23 is a working day; 20 working days after Tue 24/11 is Tue 22/12/2026.
 */
@IntegrationTest
class LandUseConversionProcessIT {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final LocalTime MORNING = LocalTime.of(9, 0);

    @Autowired
    ProcessEngine engine;
    @Autowired
    FileScenario files;
    @Autowired
    DossierService dossiers;
    @Autowired
    Handovers handovers;
    @Autowired
    DossierRegister register;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    PartnerAgencyStub partners;

    @BeforeEach
    void clock() {
        BpmnAwareTests.init(engine);
        clockAt(MONDAY, MORNING);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void happyPathFromReceptionToResultWithTaxPeriodNotCounted() {
        Dossier dossier = files.receive();
        String code = dossier.code();
        ProcessInstance instance = files.instanceOf(dossier);
        assertThat(code).matches("000\\.00\\.15\\.H57-261123-\\d{4}");
        assertThat(dossier.acceptedOn()).isEqualTo(MONDAY);
        assertThat(dossier.dueDate()).isEqualTo(LocalDate.of(2026, 12, 21));
        BpmnAwareTests.assertThat(instance).isWaitingAt("appraiseFile");
        assertThat(files.task(code, "appraiseFile").getDueDate())
                .isEqualTo(java.util.Date.from(at(LocalDate.of(2026, 12, 1), LocalTime.of(17, 0))));
        assertThat(candidateGroups(files.task(code, "appraiseFile"))).containsExactly("landoffice");

        files.completeUntil(code, "issueTaxNotice");
        assertThat(dossiers.get(code).isPaused()).isTrue();
        // The tax office and the applicant take from Mon 23/11 to Mon 30/11: 5 working days not counted.
        files.complete(code, "issueTaxNotice", Map.of("taxNoticeNumber", "TB-9", "taxAmount", 150_000_000));
        clockAt(LocalDate.of(2026, 11, 30), MORNING);
        files.complete(code, "confirmPayment", Map.of("paymentReference", "CT-77", "paidOn", "2026-11-30"));
        Dossier resumed = dossiers.get(code);
        assertThat(resumed.isPaused()).isFalse();
        assertThat(resumed.pausedWorkingDays()).isEqualTo(5);
        assertThat(resumed.dueDate()).isEqualTo(LocalDate.of(2026, 12, 28));

        files.complete(code, "updateLandRecords", Map.of("certificateNumber", "DA 123456"));
        assertThat(files.task(code, "returnResult")).isNotNull();
        files.complete(code, "returnResult", Map.of("deliveryChannel", "POST", "receivedBy", "Trần Thị Bình"));
        // Handed to the public post: the file is finished, the post still has to deliver it.
        assertThat(dossiers.get(code).status()).isEqualTo(DossierStatus.FINISHED);
        BpmnAwareTests.assertThat(instance).isNotEnded();
        files.complete(code, "deliverByPost", Map.of("deliveredOn", "2026-12-02", "receivedBy", "Trần Thị Bình"));

        BpmnAwareTests.assertThat(instance).isEnded().hasPassed("processFile", "deliverResult", "fileFinished");
        Dossier finished = dossiers.get(code);
        assertThat(finished.status()).isEqualTo(DossierStatus.FINISHED);
        assertThat(finished.resultOutcome()).isEqualTo("APPROVED");
        assertThat(finished.resultDelivery()).isEqualTo("POST");
        assertThat(files.deadlinesRunning(code)).isFalse();
        assertThat(register.dueDateHistory(finished.id())).extracting(DueDateChange::kind)
                .containsExactly(DueDateChange.Kind.INITIAL, DueDateChange.Kind.PAUSE);
        List<Handover> sheet = handovers.of(finished.id());
        assertThat(sheet).extracting(Handover::stepKey).containsExactly("appraiseFile", "provideCadastralExtract",
                "approveConversion", "issueTaxNotice", "confirmPayment", "updateLandRecords", "returnResult", "deliverByPost");
        assertThat(sheet).allSatisfy(h -> assertThat(h.finishedAt()).isNotNull());
        assertThat(sheet.get(7).unit()).isEqualTo("post");
        assertThat(sheet.get(0).outcome()).isEqualTo("EARLY");
        assertThat(sheet.get(0).unit()).isEqualTo("landoffice");
        // Kept for a unit's dashboard: every unit the file passed, a leaders' step counting for its unit.
        String passed = sheet.stream().flatMap(h -> java.util.Arrays.stream(h.unit().split(",")))
                .map(group -> group.replaceAll("leaders$", "")).distinct().collect(java.util.stream.Collectors.joining(","));
        assertThat(jdbc.queryForObject("select units_passed from mc_dossier where id = ?", String.class, finished.id()))
                .isEqualTo("," + passed + ",").contains(",landoffice,", ",landregistry,", ",post,");
        // HandoverOpened, in the task's transaction, had supervision count every step live until rolled
        assertThat(jdbc.queryForObject("select count(*) from mc_kpi_live_handover l join mc_handover h"
                + " on h.id = l.handover_id where h.dossier_id = ?", Integer.class, finished.id())).isEqualTo(sheet.size());
    }

    @Test
    void paperFileAfterThreePmCountsFromItsDayOfReceipt() {
        // The 15:00 cut-off of Decree 118/2025 Art 18(2) is about forwarding paper files (docs/legal-rules.md).
        Dossier dossier = files.receive(FileScenario.file(null, at(MONDAY, LocalTime.of(15, 30)), false));
        assertThat(dossier.acceptedOn()).isEqualTo(MONDAY);
        assertThat(dossier.dueDate()).isEqualTo(LocalDate.of(2026, 12, 21));
    }

    @Test
    void remoteCommuneGetsTenMoreWorkingDays() {
        Dossier dossier = files.receive(FileScenario.file(null, null, true));
        assertThat(dossier.timeLimitDays()).isEqualTo(30);
        assertThat(dossier.dueDate()).isEqualTo(LocalDate.of(2027, 1, 5));
    }

    @Test
    void supplementAtReceptionThenAccepted() {
        ProcessInstance instance = files.startFromForm(Map.of("receptionOutcome", "INCOMPLETE",
                "missingItems", "1. Bản sao CCCD; 2. Sơ đồ thửa đất"));
        String code = files.codeOf(instance);
        assertThat(dossiers.get(code).status()).isEqualTo(DossierStatus.WAITING_SUPPLEMENT_AT_RECEPTION);
        assertThat(dossiers.get(code).dueDate()).isNull();
        assertThat(files.deadlinesRunning(code)).isFalse();

        clockAt(LocalDate.of(2026, 11, 26), MORNING);
        files.complete(code, "receiveSupplementAtReception", Map.of("supplementOutcome", "COMPLETE"));

        Dossier accepted = dossiers.get(code);
        assertThat(accepted.acceptedOn()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(accepted.status()).isEqualTo(DossierStatus.IN_PROGRESS);
        BpmnAwareTests.assertThat(instance).isWaitingAt("appraiseFile");
        assertThat(accepted.processInstanceId()).isEqualTo(instance.getId());
        assertThat(files.deadlinesRunning(code)).isTrue();
    }

    @Test
    void supplementAtReceptionNeverBroughtClosesAfterFifteenDays() {
        ProcessInstance instance = files.startFromForm(Map.of("receptionOutcome", "INCOMPLETE",
                "missingItems", "Bản sao CCCD"));
        String code = files.codeOf(instance);
        clockAt(LocalDate.of(2026, 12, 8), LocalTime.of(18, 0));
        assertThat(files.fireDueTimers(code)).isEqualTo(1);
        BpmnAwareTests.assertThat(instance).isEnded().hasPassed("fileNotAccepted");
        assertThat(dossiers.get(code).status()).isEqualTo(DossierStatus.CLOSED);
    }

    @Test
    void refusedAtReceptionWithReason() {
        ProcessInstance instance = files.startFromForm(Map.of("receptionOutcome", "REFUSED",
                "refusalReason", "Thửa đất đang có tranh chấp"));
        BpmnAwareTests.assertThat(instance).isEnded().hasPassed("fileNotAccepted");
        Dossier dossier = dossiers.get(files.codeOf(instance));
        assertThat(dossier.status()).isEqualTo(DossierStatus.REFUSED);
        assertThat(dossier.statusReason()).isEqualTo("Thửa đất đang có tranh chấp");
    }

    @Test
    void formWithInvalidDataIsRefusedAndNothingIsStored() {
        Integer before = count();
        assertThatThrownBy(() -> files.startFromForm(Map.of("applicantIdNumber", "12345")))
                .hasMessageContaining("12 chữ số");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void agencySupplementRestartsTheClockFromZero() {
        Dossier dossier = files.receive();
        String code = dossier.code();
        files.complete(code, "appraiseFile", Map.of("appraisalDecision", "SUPPLEMENT",
                "appraisalFindings", "Thiếu giấy tờ", "supplementItems", "Bản vẽ sơ đồ nhà ở; xác nhận của xã"));
        assertThat(dossiers.get(code).status()).isEqualTo(DossierStatus.WAITING_AGENCY_SUPPLEMENT);
        assertThat(files.deadlinesRunning(code)).isFalse();
        assertThat(files.task(code, "receiveAgencySupplement")).isNotNull();

        clockAt(LocalDate.of(2026, 12, 3), MORNING);
        files.complete(code, "receiveAgencySupplement", Map.of("supplementConfirmed", true));

        Dossier restarted = dossiers.get(code);
        assertThat(restarted.status()).isEqualTo(DossierStatus.IN_PROGRESS);
        assertThat(restarted.acceptedOn()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(restarted.dueDate()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(restarted.supplementCount()).isEqualTo(1);
        assertThat(files.deadlinesRunning(code)).isTrue();
        assertThat(files.task(code, "appraiseFile")).isNotNull();
        assertThat(register.dueDateHistory(restarted.id())).extracting(DueDateChange::kind)
                .containsExactly(DueDateChange.Kind.INITIAL, DueDateChange.Kind.RESTART);
    }

    @Test
    void agencySupplementNotBroughtClosesTheFile() {
        Dossier dossier = files.receive();
        String code = dossier.code();
        ProcessInstance instance = files.instanceOf(dossier);
        files.complete(code, "appraiseFile", Map.of("appraisalDecision", "SUPPLEMENT",
                "appraisalFindings", "Thiếu giấy tờ", "supplementItems", "Xác nhận của xã"));
        clockAt(LocalDate.of(2026, 12, 8), LocalTime.of(9, 0));
        assertThat(files.fireDueTimers(code)).isZero();
        clockAt(LocalDate.of(2026, 12, 8), LocalTime.of(18, 0));
        assertThat(files.fireDueTimers(code)).isEqualTo(1);
        BpmnAwareTests.assertThat(instance).isEnded().hasPassed("fileClosed");
        assertThat(dossiers.get(code).status()).isEqualTo(DossierStatus.CLOSED);
        // The closing notice, and the control sheet that ends with it (BM.05 covers every file, not only finished ones).
        assertThat(jdbc.queryForList("select kind from mc_letter where dossier_id = ? and event = 'CLOSED' order by id",
                String.class, dossier.id())).containsExactly("CLOSING_NOTICE", "CONTROL_SHEET");
        assertThat(jdbc.queryForObject("select html from mc_letter where dossier_id = ? and kind = 'CONTROL_SHEET'",
                String.class, dossier.id())).contains("Đóng hồ sơ", "Tiếp nhận hồ sơ bổ sung theo yêu cầu của cơ quan giải quyết");
    }

    @Test
    void refusalAfterAppraisalReturnsThroughTheDesk() {
        String code = files.receive().code();
        files.complete(code, "appraiseFile", Map.of("appraisalDecision", "REFUSE",
                "appraisalFindings", "Không phù hợp quy hoạch sử dụng đất", "refusalReason", "Không phù hợp quy hoạch"));
        files.complete(code, "approveConversion", Map.of("decision", "REFUSED", "decisionReason", "Không phù hợp quy hoạch"));
        assertThat(dossiers.get(code).status()).isEqualTo(DossierStatus.RESULT_READY);
        files.complete(code, "returnResult", Map.of("deliveryChannel", "IN_PERSON"));
        Dossier finished = dossiers.get(code);
        assertThat(finished.status()).isEqualTo(DossierStatus.FINISHED);
        assertThat(finished.resultOutcome()).isEqualTo("REFUSED");
    }

    @Test
    void withdrawalStopsTheFileUntilADecisionIsIssued() {
        Dossier dossier = files.receive();
        ProcessInstance instance = files.instanceOf(dossier);
        dossiers.requestWithdrawal(dossier.code(), "Gia đình đổi ý", "tiepnhan1");
        BpmnAwareTests.assertThat(instance).isEnded().hasPassed("fileWithdrawn");
        Dossier withdrawn = dossiers.get(dossier.code());
        assertThat(withdrawn.status()).isEqualTo(DossierStatus.WITHDRAWN);
        assertThat(withdrawn.statusReason()).isEqualTo("Gia đình đổi ý");
        assertThat(files.deadlinesRunning(dossier.code())).isFalse();

        String decided = files.receive().code();
        files.completeUntil(decided, "issueTaxNotice");
        assertThatThrownBy(() -> dossiers.requestWithdrawal(decided, "Đổi ý", "tiepnhan1"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("đã có quyết định");
    }

    @Test
    void stepWarnsItsAssigneeThenEscalatesToTheUnitLeader() {
        String code = files.receive().code();
        taskService.claim(files.task(code, "appraiseFile").getId(), "chuyenvien1");
        // Quota 6 working days: due Tue 01/12 17:00; warning that morning at 07:30.
        clockAt(LocalDate.of(2026, 12, 1), LocalTime.of(8, 0));
        files.fireDueTimers(code);
        Task warned = files.task(code, "appraiseFile");
        assertThat(warned.getPriority()).isEqualTo(70);
        assertThat(candidateGroups(warned)).containsExactly("landoffice");
        assertThat(taskService.getTaskComments(warned.getId())).extracting(c -> c.getFullMessage())
                .anyMatch(m -> m.contains("sắp hết thời gian"));

        clockAt(LocalDate.of(2026, 12, 1), LocalTime.of(17, 30));
        files.fireDueTimers(code);
        Task escalated = files.task(code, "appraiseFile");
        assertThat(escalated.getPriority()).isEqualTo(90);
        assertThat(candidateGroups(escalated)).containsExactlyInAnyOrder("landoffice", "landofficeleaders");

        files.complete(code, "appraiseFile", Map.of("appraisalDecision", "PROCEED", "appraisalFindings", "Đủ điều kiện"));
        Handover appraisal = handovers.of(dossiers.get(code).id()).get(0);
        assertThat(appraisal.escalated()).isTrue();
        assertThat(appraisal.outcome()).isEqualTo("LATE");
        assertThat(appraisal.assignee()).isEqualTo("chuyenvien1");
    }

    @Test
    void partnerAgencyHoldingTheFileTooLongIsRemindedThenReportedToTheLeaders() {
        String code = files.receive().code();
        files.completeUntil(code, "provideCadastralExtract");
        ProcessInstance exchange = partners.exchange(code, "provideCadastralExtract").orElseThrow();
        assertThat(partners.runJobs(exchange)).as("the request is sent by an asynchronous job").isEqualTo(1);
        // The registration office has 3 working days from Mon 23/11: due Thu 26/11 17:00.
        clockAt(LocalDate.of(2026, 11, 27), LocalTime.of(8, 0));
        files.fireDueTimers(code);
        assertThat(partners.runJobs(exchange)).as("the reminder (đôn đốc) is sent by an asynchronous job").isEqualTo(1);
        Dossier dossier = dossiers.get(code);
        assertThat(register.statusHistory(dossier.id())).extracting(StatusChange::status).contains("PARTNER_REMINDED");
        assertThat(files.task(code, "reportLatePartner")).as("no report to the leaders yet").isNull();

        // Two working days after the deadline (Mon 30/11 17:00) the land office's leaders are told.
        clockAt(LocalDate.of(2026, 12, 1), LocalTime.of(8, 0));
        files.fireDueTimers(code);
        Task report = files.task(code, "reportLatePartner");
        assertThat(candidateGroups(report)).containsExactly("landofficeleaders");
        assertThat(register.statusHistory(dossier.id())).extracting(StatusChange::status).contains("PARTNER_LATE_REPORTED");

        // The answer closes the report by itself and the file moves on to the leader's decision.
        files.complete(code, "provideCadastralExtract", Map.of("extractNumber", "TL-01", "parcelAreaM2", 200));
        assertThat(files.task(code, "reportLatePartner")).isNull();
        assertThat(files.task(code, "approveConversion")).isNotNull();
        Handover extract = handovers.of(dossier.id()).get(1);
        assertThat(extract.stepKey()).isEqualTo("provideCadastralExtract");
        assertThat(extract.unit()).isEqualTo("landregistry");
        assertThat(extract.outcome()).isEqualTo("LATE");
        assertThat(extract.escalated()).isTrue();
        assertThat(runtimeService.getVariable(files.instanceOf(dossier).getId(), "extractNumber")).isEqualTo("TL-01");
        assertThat(runtimeService.getVariables(files.instanceOf(dossier).getId()))
                .as("the exchange gives back its answer, not its bookkeeping")
                .doesNotContainKeys("partnerExchangeKey", "partnerNote", "partnerReference", "partnerAgencyName", "partnerOutcome");
    }

    @Test
    void apologyWithNewAppointmentOnceThenSecondLatenessGoesToTheHead() {
        String code = files.receive().code(); // due Mon 21/12/2026
        // Near due 3 working days before (Wed 16/12), apology task 2 working days before (Thu 17/12).
        clockAt(LocalDate.of(2026, 12, 17), LocalTime.of(8, 0));
        assertThat(files.fireDueTimers(code)).isGreaterThanOrEqualTo(2);
        Dossier near = dossiers.get(code);
        assertThat(register.statusHistory(near.id())).extracting(StatusChange::status).contains("NEAR_DUE");
        Task apology = files.task(code, "proposeExtension");
        assertThat(candidateGroups(apology)).containsExactly("landofficeleaders");
        assertThat(apology.getDueDate()).isEqualTo(java.util.Date.from(at(LocalDate.of(2026, 12, 18), LocalTime.of(17, 0))));

        files.complete(code, "proposeExtension", Map.of("delayReason", "Chờ ý kiến của Sở Nông nghiệp và Môi trường",
                "newDueDate", "2027-01-08"));
        Dossier extended = dossiers.get(code);
        assertThat(extended.extended()).isTrue();
        assertThat(extended.dueDate()).isEqualTo(LocalDate.of(2027, 1, 8));
        assertThat(register.dueDateHistory(extended.id())).extracting(DueDateChange::kind)
                .containsExactly(DueDateChange.Kind.INITIAL, DueDateChange.Kind.APOLOGY);
        assertThatThrownBy(() -> dossiers.extend(code, LocalDate.of(2027, 1, 20), "lần hai", "lanhdao1"))
                .isInstanceOf(ConflictException.class);
        // Every instance of the file shows the new appointment in Tasklist's "Hạn trả kết quả" column.
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code).list())
                .allSatisfy(pi -> assertThat(runtimeService.getVariable(pi.getId(), "dossierDueDate")).isEqualTo("2027-01-08"));

        // The old appointment passes: nothing fires, the overdue timer moved to the new date.
        clockAt(LocalDate.of(2026, 12, 22), MORNING);
        assertThat(files.fireDueTimers(code)).isZero();
        clockAt(LocalDate.of(2027, 1, 8), LocalTime.of(17, 30));
        files.fireDueTimers(code);
        Task head = files.task(code, "handleOverdueFile");
        assertThat(candidateGroups(head)).containsExactly("landofficeleaders");
        assertThat(head.getDueDate()).isEqualTo(java.util.Date.from(at(LocalDate.of(2027, 1, 11), LocalTime.of(17, 0))));
        assertThat(register.statusHistory(extended.id())).extracting(StatusChange::reason)
                .anyMatch(r -> r.contains("đã hẹn lại vẫn quá hạn"));
    }

    @Test
    void anApologyMustSetALaterDate() {
        String code = files.receive().code();
        clockAt(LocalDate.of(2026, 12, 17), LocalTime.of(8, 0));
        files.fireDueTimers(code);
        assertThatThrownBy(() -> files.complete(code, "proposeExtension",
                Map.of("delayReason", "Chờ kết quả đo đạc lại", "newDueDate", "2026-12-10")))
                .hasMessageContaining("phải sau ngày hẹn hiện tại");
        assertThat(dossiers.get(code).extended()).isFalse();
    }

    @Test
    void backdatedPaperFileWhoseDeadlinesPassedFiresThemAtOnce() {
        // Received on paper on 20/10/2026, entered on 23/11: due 17/11 is already past.
        Dossier dossier = files.receive(FileScenario.file(null, at(LocalDate.of(2026, 10, 20), MORNING), false));
        assertThat(dossier.dueDate()).isEqualTo(LocalDate.of(2026, 11, 17));
        assertThat(files.timers(dossier.code())).filteredOn(job -> !job.getDuedate().after(ClockUtil.getCurrentTime()))
                .hasSizeGreaterThanOrEqualTo(3);
        files.fireDueTimers(dossier.code());
        assertThat(files.task(dossier.code(), "handleOverdueFile")).isNotNull();
        assertThat(files.task(dossier.code(), "proposeExtension")).isNotNull();
    }

    private List<String> candidateGroups(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> "candidate".equals(link.getType())).map(IdentityLink::getGroupId).toList();
    }

    private Integer count() {
        return jdbc.queryForObject("select count(*) from mc_dossier", Integer.class);
    }
}
