package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.FileScenario.clockAt;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.demo.OfficerAnswers;
import vn.motcua.support.IntegrationTest;

/**
 * Every procedure on the shared life cycle: its time limit from the catalogue, its usual path to
 * the result with the control sheet complete, and the paths particular to it.
 */
@IntegrationTest
class AllProceduresProcessIT {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final LocalTime MORNING = LocalTime.of(9, 0);

    @Autowired
    ProcessEngine engine;
    @Autowired
    FileScenario files;
    @Autowired
    DossierRegister register;
    @Autowired
    DossierService dossiers;
    @Autowired
    DossierViews views;
    @Autowired
    Handovers handovers;

    @BeforeEach
    void clock() {
        BpmnAwareTests.init(engine);
        clockAt(MONDAY, MORNING);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @ParameterizedTest(name = "{0}: {1} {2} -> {3}")
    @CsvFileSource(resources = "/procedures/usual-path-due-dates.csv")
    void usualPathFromReceptionToResult(String procedure, int days, String kind, LocalDate due) {
        Dossier dossier = files.receive(FileScenario.file(procedure, null, null, false));
        assertThat(dossier.timeLimitDays()).isEqualTo(days);
        assertThat(dossier.timeLimitKind()).isEqualTo(kind);
        assertThat(dossier.dueDate()).isEqualTo(due);
        ProcessInstance instance = files.instanceOf(dossier);

        files.completeUntil(dossier.code(), "end");

        BpmnAwareTests.assertThat(instance).isEnded().hasPassed("processingDone", "deliverResult", "fileFinished");
        Dossier finished = dossiers.get(dossier.code());
        assertThat(finished.status()).isEqualTo(DossierStatus.FINISHED);
        assertThat(finished.resultOutcome()).isEqualTo("APPROVED");
        assertThat(files.openTasks(dossier.code())).isEmpty();
        assertThat(files.deadlinesRunning(dossier.code())).isFalse();
        assertThat(handovers.of(finished.id())).extracting(Handover::stepKey)
                .containsExactlyElementsOf(OfficerAnswers.usualPath(procedure));
        assertThat(handovers.of(finished.id())).allSatisfy(h -> assertThat(h.outcome()).isNotNull());
    }

    @Test
    void remoteCommuneExtensionDoesNotApplyToMediation() {
        Dossier dossier = files.receive(FileScenario.file("land-dispute-mediation", null, null, true));
        assertThat(dossier.timeLimitDays()).isEqualTo(30);
    }

    @Test
    void firstCertificatePublicPostingIsNotCountedInTheTimeLimit() {
        Dossier dossier = files.receive(FileScenario.file("first-certificate", null, null, false));
        String code = dossier.code();
        assertThat(dossier.dueDate()).isEqualTo(LocalDate.of(2026, 12, 21));
        files.completeUntil(code, "concludePosting");
        assertThat(dossiers.get(code).isPaused()).isTrue();
        assertThat(files.task(code, "concludePosting")).isNull();

        // 15 days of posting from Mon 23/11 end on Tue 08/12.
        clockAt(LocalDate.of(2026, 12, 9), LocalTime.of(8, 0));
        files.fireDueTimers(code);
        files.complete(code, "concludePosting", OfficerAnswers.forStep("concludePosting"));

        Dossier resumed = dossiers.get(code);
        assertThat(resumed.isPaused()).isFalse();
        assertThat(resumed.pausedWorkingDays()).isEqualTo(12);
        assertThat(resumed.dueDate()).isEqualTo(LocalDate.of(2027, 1, 7));
        assertThat(files.task(code, "surveyParcel")).isNotNull();
        // The pause says what it is for, not "nghĩa vụ tài chính" (the tax period is another pause).
        assertThat(register.statusHistory(resumed.id())).filteredOn(c -> c.status().equals("CLOCK_PAUSED"))
                .singleElement().satisfies(c -> assertThat(c.reason()).contains("niêm yết").doesNotContain("tài chính"));
        assertThat(register.dueDateHistory(resumed.id())).filteredOn(c -> c.kind() == DueDateChange.Kind.PAUSE)
                .singleElement().satisfies(c -> assertThat(c.reason()).contains("niêm yết"));

        // The tax period that follows stops the clock under its own reason, which the file view shows.
        for (String step : List.of("surveyParcel", "approveCertificate")) {
            files.complete(code, step, OfficerAnswers.forStep(step));
        }
        Dossier taxed = dossiers.get(code);
        assertThat(taxed.isPaused()).isTrue();
        assertThat(register.statusHistory(taxed.id())).filteredOn(c -> c.status().equals("CLOCK_PAUSED")).hasSize(2)
                .last().satisfies(c -> assertThat(c.reason()).contains("nghĩa vụ tài chính").doesNotContain("niêm yết"));
        assertThat(views.detail(taxed).pauseReason()).contains("nghĩa vụ tài chính");
        files.complete(code, "issueTaxNotice", OfficerAnswers.forStep("issueTaxNotice"));
        clockAt(LocalDate.of(2026, 12, 14), LocalTime.of(8, 0));
        files.complete(code, "confirmPayment", OfficerAnswers.forStep("confirmPayment"));
        Dossier paid = dossiers.get(code);
        assertThat(views.detail(paid).pauseReason()).as("running again").isNull();
        assertThat(register.dueDateHistory(paid.id())).filteredOn(c -> c.kind() == DueDateChange.Kind.PAUSE)
                .extracting(DueDateChange::reason).hasSize(2)
                .satisfiesExactly(posting -> assertThat(posting).contains("niêm yết").doesNotContain("tài chính"),
                        tax -> assertThat(tax).contains("nghĩa vụ tài chính").doesNotContain("niêm yết"));
    }

    @Test
    void mediationMeetingAdjournedIsHeldAgain() {
        String code = files.receive(FileScenario.file("land-dispute-mediation", null, null, false)).code();
        files.completeUntil(code, "holdMediationMeeting");
        files.complete(code, "holdMediationMeeting", Map.of("meetingOutcome", "ADJOURNED", "meetingNotes", "Một bên vắng mặt"));
        files.complete(code, "holdMediationMeeting", Map.of("meetingOutcome", "NOT_AGREED", "meetingNotes", "Không thống nhất"));
        files.complete(code, "recordMinutes", OfficerAnswers.forStep("recordMinutes"));
        files.complete(code, "returnResult", OfficerAnswers.forStep("returnResult"));
        Dossier done = dossiers.get(code);
        assertThat(done.status()).isEqualTo(DossierStatus.FINISHED);
        assertThat(handovers.of(done.id())).filteredOn(h -> h.stepKey().equals("holdMediationMeeting")).hasSize(2);
    }

    @Test
    void revocationRefusedByTheLeaderReturnsARefusal() {
        String code = files.receive(FileScenario.file("certificate-revocation", null, null, false)).code();
        files.complete(code, "appraiseFile", Map.of("appraisalDecision", "REFUSE",
                "appraisalFindings", "Không có căn cứ thu hồi", "refusalReason", "Không thuộc trường hợp thu hồi"));
        files.complete(code, "approveRevocation", Map.of("decision", "REFUSED", "decisionReason", "Không có căn cứ"));
        files.complete(code, "returnResult", OfficerAnswers.forStep("returnResult"));
        assertThat(dossiers.get(code).resultOutcome()).isEqualTo("REFUSED");
    }

    @Test
    void apologyAndOverdueGoToTheLeadersOfTheProcessingUnit() {
        String code = files.receive(FileScenario.file("parcel-split", null, null, false)).code(); // due Wed 09/12
        clockAt(LocalDate.of(2026, 12, 7), LocalTime.of(8, 0));
        files.fireDueTimers(code);
        assertThat(engine.getTaskService().getIdentityLinksForTask(files.task(code, "proposeExtension").getId()))
                .extracting(link -> link.getGroupId()).contains("landregistryleaders");
    }
}
