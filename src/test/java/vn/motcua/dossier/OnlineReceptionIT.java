package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.FileScenario.at;
import static vn.motcua.dossier.FileScenario.clockAt;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.support.IntegrationTest;

/**
 * A file filed online (Decree 118/2025 Art 17(2)): the portal acknowledges it, the desk is alerted
 * if nobody took it up within 02 working hours, and must accept it or ask for a supplement within 08
 * working hours of its receipt by the system. Office sessions 07:30-11:30 and 13:00-17:00; Friday
 * 20/11/2026 and Monday 23/11/2026 are working days.
 */
@IntegrationTest
class OnlineReceptionIT {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @Autowired
    FileScenario files;
    @Autowired
    DossierService dossiers;
    @Autowired
    DossierRegister register;
    @Autowired
    TaskService taskService;

    @BeforeEach
    void clock() {
        clockAt(FRIDAY, LocalTime.of(15, 30));
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
    }

    @Test
    void anUnclaimedOnlineFileAlertsTheDeskAfterTwoWorkingHoursAndIsLateAfterEight() {
        Dossier dossier = dossiers.receiveOnline(online("online-1"), "congdichvucong");
        String code = dossier.code();
        assertThat(dossier.status()).isEqualTo(DossierStatus.RECEIVED);
        assertThat(dossier.acceptedOn()).as("not accepted until the desk checks it").isNull();
        assertThat(dossier.dueDate()).isNull();

        // 1.5 h on Friday, then Monday 07:30-11:30 and 13:00-15:30
        Task check = files.task(code, "checkOnlineFile");
        assertThat(check).as("the desk's check of the online file").isNotNull();
        assertThat(check.getDueDate()).isEqualTo(date(MONDAY, 15, 30));
        assertThat(files.timer(code, "onlineFileUnclaimed").getDuedate()).isEqualTo(date(MONDAY, 8, 0));
        assertThat(files.timer(code, "onlineAcceptanceLate").getDuedate()).isEqualTo(date(MONDAY, 15, 30));

        clockAt(MONDAY, LocalTime.of(7, 59));
        assertThat(files.fireDueTimers(code)).as("not yet two working hours").isZero();
        clockAt(MONDAY, LocalTime.of(8, 0));
        assertThat(files.fireDueTimers(code)).isEqualTo(1);
        Task alerted = files.task(code, "checkOnlineFile");
        assertThat(alerted.getId()).as("the alert does not interrupt the check").isEqualTo(check.getId());
        assertThat(alerted.getPriority()).isGreaterThanOrEqualTo(70);
        assertThat(taskService.getTaskComments(alerted.getId())).extracting(c -> c.getFullMessage())
                .anyMatch(m -> m.contains("chưa có cán bộ nhận"));
        assertThat(events(dossier, "ONLINE_FILE_UNCLAIMED")).singleElement()
                .satisfies(c -> assertThat(c.reason()).contains("02 giờ làm việc").contains("Điều 17"));

        clockAt(MONDAY, LocalTime.of(15, 31));
        assertThat(files.fireDueTimers(code)).isEqualTo(1);
        Task late = files.task(code, "checkOnlineFile");
        assertThat(late.getPriority()).isEqualTo(90);
        assertThat(candidateGroups(late)).anyMatch(group -> group.endsWith("leaders"));
        assertThat(events(dossier, "ONLINE_ACCEPTANCE_LATE")).singleElement()
                .satisfies(c -> assertThat(c.reason()).contains("08 giờ làm việc").contains("15:30 ngày 23/11/2026"));

        files.complete(code, "checkOnlineFile", Map.of("receptionOutcome", "COMPLETE"));
        Dossier accepted = dossiers.get(code);
        assertThat(accepted.status()).isEqualTo(DossierStatus.IN_PROGRESS);
        assertThat(accepted.dueDate()).isNotNull();
        assertThat(files.task(code, "appraiseFile")).as("processing begins").isNotNull();
        assertThat(files.timer(code, "onlineFileUnclaimed")).isNull();
        assertThat(files.timer(code, "onlineAcceptanceLate")).isNull();
    }

    @Test
    void anOnlineFileTakenUpInTimeRaisesNoAlertAndMayBeSentBackForASupplement() {
        Dossier dossier = dossiers.receiveOnline(online("online-2"), "congdichvucong");
        String code = dossier.code();
        Task check = files.task(code, "checkOnlineFile");
        clockAt(FRIDAY, LocalTime.of(16, 0));
        taskService.claim(check.getId(), "tiepnhan1");

        clockAt(MONDAY, LocalTime.of(8, 0));
        assertThat(files.fireDueTimers(code)).isEqualTo(1);
        assertThat(events(dossier, "ONLINE_FILE_UNCLAIMED")).as("somebody has it").isEmpty();
        assertThat(files.task(code, "checkOnlineFile").getPriority()).isEqualTo(check.getPriority());

        files.complete(code, "checkOnlineFile", Map.of("receptionOutcome", "INCOMPLETE",
                "missingItems", "Bản sao Giấy chứng nhận quyền sử dụng đất"));
        assertThat(dossiers.get(code).status()).isEqualTo(DossierStatus.WAITING_SUPPLEMENT_AT_RECEPTION);
        assertThat(files.timer(code, "onlineAcceptanceLate")).as("answered in time").isNull();
        assertThat(events(dossier, "ONLINE_ACCEPTANCE_LATE")).isEmpty();
    }

    @Test
    void submittingTheSameOnlineFileTwiceRegistersItOnce() {
        Dossier first = dossiers.receiveOnline(online("online-3"), "congdichvucong");
        Dossier again = dossiers.receiveOnline(online("online-3"), "congdichvucong");
        assertThat(again.code()).isEqualTo(first.code());
        assertThat(files.openTasks(first.code())).extracting(Task::getTaskDefinitionKey).containsExactly("checkOnlineFile");
    }

    @Test
    void anOnlineFileMayBeWithdrawnBeforeTheDeskChecksIt() {
        Dossier dossier = dossiers.receiveOnline(online("online-4"), "congdichvucong");
        String code = dossier.code();
        dossiers.requestWithdrawal(code, "Người nộp nộp nhầm thủ tục", "tiepnhan1");
        assertThat(dossiers.get(code).status()).isEqualTo(DossierStatus.WITHDRAWN);
        assertThat(files.task(code, "checkOnlineFile")).isNull();
        assertThat(files.timer(code, "onlineFileUnclaimed")).isNull();
        assertThat(files.timer(code, "onlineAcceptanceLate")).isNull();
    }

    private List<StatusChange> events(Dossier dossier, String event) {
        return register.statusHistory(dossier.id()).stream().filter(c -> c.status().equals(event)).toList();
    }

    private List<String> candidateGroups(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
                .filter(g -> g != null).toList();
    }

    private static ReceivedFile online(String clientRequestId) {
        ReceivedFile file = FileScenario.file(clientRequestId, at(FRIDAY, LocalTime.of(15, 30)), false);
        return new ReceivedFile(file.procedureKey(), file.clientRequestId(), Channel.ONLINE, file.applicant(),
                file.parcel(), file.requestSummary(), file.receivedAt());
    }

    private static Date date(LocalDate day, int hour, int minute) {
        return Date.from(at(day, LocalTime.of(hour, minute)));
    }
}
