package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.dossier.FileScenario.at;
import static vn.motcua.dossier.FileScenario.clockAt;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.supervision.Indicator;
import vn.motcua.supervision.KpiFilter;
import vn.motcua.supervision.KpiService;
import vn.motcua.support.IntegrationTest;

/**
 * Rules of issue 17 on the engine, with a controlled clock: the processing agency asks for a
 * supplement once only, within 3 working days or with its head's decision and then without a
 * restart; a calendar-day limit (mediation) counts from the day the request is received.
 */
@IntegrationTest
class SupplementAndStartRulesIT {

    /** Mon 23/11/2026; 20 working days after it is Mon 21/12/2026. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final LocalTime MORNING = LocalTime.of(9, 0);

    @Autowired
    FileScenario files;
    @Autowired
    DossierService dossiers;
    @Autowired
    DossierRegister register;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    KpiService kpis;
    @Autowired
    RuntimeService runtime;

    @Autowired
    RepositoryService repository;
    @Autowired
    DossierWorkflow workflow;

    private String legacyDeployment;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
        if (legacyDeployment != null) {
            repository.deleteDeployment(legacyDeployment, true);
        }
    }

    @Test
    void aSecondAgencySupplementIsRefusedAndTheDueDateStays() {
        clockAt(MONDAY, MORNING);
        Dossier received = files.receive();
        String code = received.code();
        assertThat(runtime.getVariable(dossiers.get(code).processInstanceId(), "agencySupplementLastDay"))
                .as("the appraisal form prints the window of Art 19(5)").isEqualTo("26/11/2026");
        assertThat(runtime.getVariable(dossiers.get(code).processInstanceId(), "agencySupplementUsed")).isEqualTo(false);
        files.complete(code, "appraiseFile", supplement(null));
        clockAt(LocalDate.of(2026, 12, 3), MORNING);
        files.complete(code, "receiveAgencySupplement", Map.of("supplementConfirmed", true));
        assertThat(runtime.getVariable(dossiers.get(code).processInstanceId(), "agencySupplementUsed"))
                .as("the appraisal form says the one request was made").isEqualTo(true);
        Dossier restarted = dossiers.get(code);
        assertThat(restarted.dueDate()).isEqualTo(LocalDate.of(2026, 12, 31));

        clockAt(LocalDate.of(2026, 12, 4), MORNING);
        assertThatThrownBy(() -> files.complete(code, "appraiseFile", supplement(null)))
                .hasMessageContaining("một lần");
        Dossier after = dossiers.get(code);
        assertThat(after.status()).isEqualTo(DossierStatus.IN_PROGRESS);
        assertThat(after.dueDate()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(after.supplementCount()).isEqualTo(1);
        assertThat(files.deadlinesRunning(code)).isTrue();
        assertThat(files.task(code, "appraiseFile")).as("the appraisal waits for another decision").isNotNull();
    }

    @Test
    void aLateSupplementRequestNeedsTheHeadsDecisionAndNeverResetsTheClock() {
        clockAt(MONDAY, MORNING);
        String code = files.receive().code();
        assertThat(dossiers.get(code).dueDate()).isEqualTo(LocalDate.of(2026, 12, 21));

        // Mon 30/11 is past the 3 working days (23/11 + 3 = Thu 26/11) of Decree 118/2025 Art 19(5).
        clockAt(LocalDate.of(2026, 11, 30), MORNING);
        assertThatThrownBy(() -> files.complete(code, "appraiseFile", supplement(null)))
                .hasMessageContaining("thủ trưởng");
        assertThat(dossiers.get(code).status()).isEqualTo(DossierStatus.IN_PROGRESS);

        files.complete(code, "appraiseFile", supplement("Văn bản số 12/NNMT ngày 30/11/2026 của Trưởng phòng"));
        Dossier waiting = dossiers.get(code);
        assertThat(waiting.status()).isEqualTo(DossierStatus.WAITING_AGENCY_SUPPLEMENT);
        assertThat(waiting.dueDate()).isEqualTo(LocalDate.of(2026, 12, 21));
        assertThat(files.deadlinesRunning(code)).as("the file's clock keeps running").isTrue();
        assertThat(register.statusHistory(waiting.id())).anyMatch(change -> change.status().equals("SUPPLEMENT_REQUEST_LATE")
                && change.reason().contains("12/NNMT"));

        clockAt(LocalDate.of(2026, 12, 3), MORNING);
        files.complete(code, "receiveAgencySupplement", Map.of("supplementConfirmed", true));
        Dossier back = dossiers.get(code);
        assertThat(back.status()).isEqualTo(DossierStatus.IN_PROGRESS);
        assertThat(back.dueDate()).as("no restart from zero").isEqualTo(LocalDate.of(2026, 12, 21));
        assertThat(back.acceptedOn()).isEqualTo(MONDAY);
        assertThat(register.dueDateHistory(back.id())).extracting(DueDateChange::kind)
                .containsExactly(DueDateChange.Kind.INITIAL);
    }

    @Test
    void aFileWaitingForALateSupplementStillCountsLateOnTheDashboard() {
        clockAt(MONDAY, MORNING);
        String code = files.receive().code();
        clockAt(LocalDate.of(2026, 11, 30), MORNING);
        files.complete(code, "appraiseFile", supplement("Văn bản số 15/NNMT ngày 30/11/2026 của Trưởng phòng"));
        assertThat(dossiers.get(code).status()).isEqualTo(DossierStatus.WAITING_AGENCY_SUPPLEMENT);

        // Tue 22/12/2026: the appointment (21/12) has passed and the applicant has not brought the papers.
        clockAt(LocalDate.of(2026, 12, 22), MORNING);
        assertThat(dossiers.get(code).status()).isEqualTo(DossierStatus.WAITING_AGENCY_SUPPLEMENT);
        KpiFilter filter = new KpiFilter(YearMonth.of(2026, 11), YearMonth.of(2026, 12), null, "land-use-conversion");
        assertThat(kpis.files(filter, Indicator.OVERDUE_NOW, null, null, null).rows()).extracting("code")
                .as("the late request did not stop the clock, so the file is overdue").contains(code);
        assertThat(kpis.files(filter, Indicator.OVERDUE, null, null, null).rows()).extracting("code")
                .contains(code);
        assertThat(kpis.files(filter, Indicator.PAUSED, null, null, null).rows()).extracting("code")
                .as("not shown as a stopped clock").doesNotContain(code);
        assertThat(kpis.files(filter, Indicator.PAUSED_PAST_DUE, null, null, null).rows()).extracting("code")
                .doesNotContain(code);
    }

    @Test
    void aFileWaitingForASupplementAskedInTimeIsShownPausedNotOverdue() {
        clockAt(MONDAY, MORNING);
        String code = files.receive().code();
        files.complete(code, "appraiseFile", supplement(null));
        clockAt(LocalDate.of(2026, 12, 22), MORNING);
        KpiFilter filter = new KpiFilter(YearMonth.of(2026, 11), YearMonth.of(2026, 12), null, "land-use-conversion");
        assertThat(kpis.files(filter, Indicator.PAUSED, null, null, null).rows()).extracting("code")
                .contains(code);
        assertThat(kpis.files(filter, Indicator.OVERDUE_NOW, null, null, null).rows()).extracting("code")
                .doesNotContain(code);
    }

    @Test
    void aFileReceivedAfterThreeInTheAfternoonCountsFromItsDayOfReceipt() {
        // Decree 118/2025 Art 18(2)'s 15:00 cut-off is about forwarding paper files; the time limit runs
        // from the receipt (Art 17(3)), the first day not counted (Civil Code Art 147).
        clockAt(MONDAY, LocalTime.of(16, 0));
        Dossier dossier = files.receive(FileScenario.file(null, at(MONDAY, LocalTime.of(16, 0)), false));
        assertThat(dossier.acceptedOn()).isEqualTo(MONDAY);
        assertThat(dossier.dueDate()).isEqualTo(LocalDate.of(2026, 12, 21));
    }

    @Test
    void mediationCountsThirtyDaysFromTheDayTheRequestIsReceived() {
        // Fri 13/02/2026 at 16:00, after the 15:00 cut-off and before the Tết holidays: 30 days later is
        // Sun 15/03/2026, so the last day moves to Mon 16/03/2026 (Land Law 2024 Art 235(2); Civil Code Art 148).
        clockAt(LocalDate.of(2026, 2, 13), LocalTime.of(16, 0));
        Dossier dossier = files.receive(FileScenario.file("land-dispute-mediation", null,
                at(LocalDate.of(2026, 2, 13), LocalTime.of(16, 0)), false));
        assertThat(dossier.acceptedOn()).isEqualTo(LocalDate.of(2026, 2, 13));
        assertThat(dossier.dueDate()).isEqualTo(LocalDate.of(2026, 3, 16));
    }

    @Test
    void aFileWaitingForTheAgencysSupplementCanBeWithdrawn() {
        clockAt(MONDAY, MORNING);
        String code = files.receive().code();
        files.complete(code, "appraiseFile", supplement(null));
        assertThat(dossiers.get(code).status()).isEqualTo(DossierStatus.WAITING_AGENCY_SUPPLEMENT);

        dossiers.requestWithdrawal(code, "Người nộp không bổ sung được, xin rút hồ sơ", "tiepnhan1");
        assertWithdrawnWithAStopNotice(code);
    }

    @Test
    void aFileWaitingForASupplementAtTheDeskCanBeWithdrawn() {
        clockAt(MONDAY, MORNING);
        String code = files.codeOf(files.startFromForm(Map.of("receptionOutcome", "INCOMPLETE",
                "missingItems", "Bản sao sơ đồ thửa đất")));
        assertThat(dossiers.get(code).status()).isEqualTo(DossierStatus.WAITING_SUPPLEMENT_AT_RECEPTION);

        dossiers.requestWithdrawal(code, "Người nộp xin rút hồ sơ", "tiepnhan1");
        assertWithdrawnWithAStopNotice(code);
    }

    @Test
    void aFileOnADiagramWithoutWithdrawalDuringSupplementsCanStillBeWithdrawnWhileWaiting() throws IOException {
        // Diagrams deployed before withdrawal covered the supplement waits listened for it on the
        // processing subprocess only; their files waiting for the agency's supplement must stop too (Art 21).
        try (InputStream diagram = getClass().getResourceAsStream(
                "/legacy/land-use-conversion-before-withdrawal-during-supplements.bpmn")) {
            legacyDeployment = repository.createDeployment().name("land-use-conversion (before withdrawal during supplements)")
                    .addInputStream("land-use-conversion.bpmn", diagram).deploy().getId();
        }
        clockAt(MONDAY, MORNING);
        Dossier dossier = files.receive();
        String code = dossier.code();
        // What the reception did for every file then: the shared clock next to the procedure.
        workflow.startLegacyClock(code, dossier.processInstanceId(), dossier.dueDate(), dossiers.processingLeaders(dossier));
        files.complete(code, "appraiseFile", supplement(null));
        assertThat(dossiers.get(code).status()).isEqualTo(DossierStatus.WAITING_AGENCY_SUPPLEMENT);

        dossiers.requestWithdrawal(code, "Người nộp không bổ sung được, xin rút hồ sơ", "tiepnhan1");
        assertWithdrawnWithAStopNotice(code);
    }

    private void assertWithdrawnWithAStopNotice(String code) {
        Dossier withdrawn = dossiers.get(code);
        assertThat(withdrawn.status()).isEqualTo(DossierStatus.WITHDRAWN);
        assertThat(files.openTasks(code)).isEmpty();
        assertThat(files.deadlinesRunning(code)).isFalse();
        // Nothing left hanging: no instance (procedure, shared supplement or clock) and so no timer or job.
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).count()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from mc_handover where dossier_id = ? and finished_at is null",
                Integer.class, withdrawn.id())).as("no step left open on the control sheet").isZero();
        assertThat(jdbc.queryForObject("select count(*) from mc_letter where dossier_id = ? and kind = 'STOP_NOTICE'",
                Integer.class, withdrawn.id())).as("the stop notice of TT 03/2025 Art 7").isOne();
    }

    private static Map<String, Object> supplement(String headDecision) {
        Map<String, Object> form = new HashMap<>(Map.of("appraisalDecision", "SUPPLEMENT",
                "appraisalFindings", "Thiếu giấy tờ", "supplementItems", "Bản vẽ sơ đồ nhà ở; xác nhận của xã"));
        if (headDecision != null) {
            form.put("lateSupplementDecision", headDecision);
        }
        return form;
    }
}
