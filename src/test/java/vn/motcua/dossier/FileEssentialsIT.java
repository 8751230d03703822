package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.FileScenario.at;
import static vn.motcua.dossier.FileScenario.clockAt;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.demo.OfficerAnswers;
import vn.motcua.support.HttpCalls;
import vn.motcua.support.IntegrationTest;

/**
 * Every task form starts with its file (forms/*.form, text "Text_fileEssentials"): the task's form variables
 * carry the register's applicant, parcel, request, papers and appointment (engine.dossier.FileHeaderOnRead),
 * escaped for the form's Markdown, and the appointment follows the file when it moves or the clock stops.
 */
@IntegrationTest
class FileEssentialsIT {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @Autowired
    FileScenario files;
    @Autowired
    DossierService dossiers;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @LocalServerPort
    int port;

    @BeforeEach
    void clock() {
        clockAt(MONDAY, LocalTime.of(9, 0));
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
    }

    @Test
    void theAppraisalTaskCarriesTheFileAsTheRegisterHasIt() {
        ReceivedFile typed = FileScenario.file("land-use-conversion", null, at(MONDAY, LocalTime.of(9, 0)), false);
        ReceivedFile hostile = new ReceivedFile(typed.procedureKey(), typed.clientRequestId(), typed.channel(),
                new Dossier.Applicant("Trần Thị *Bình* [x](http://evil)", "001203004567", "0912345678", null, "Thôn Đông"),
                typed.parcel(), "Chuyển 200 m² đất # trồng cây", typed.receivedAt(), new ReceivedDocuments(1, List.of(
                        new ReceivedDocument("Đơn đăng ký biến động", ReceivedDocument.Type.ORIGINAL, 1),
                        new ReceivedDocument("Giấy chứng nhận", ReceivedDocument.Type.CERTIFIED_COPY, null))));
        Dossier dossier = files.receive(hostile);

        Task appraisal = files.task(dossier.code(), "appraiseFile");
        Map<String, Object> shown = formVariables(appraisal.getId());

        assertThat(taskService.getVariablesLocal(appraisal.getId())).as("the task carries its columns, not the header")
                .containsOnlyKeys("dossierCode", "applicantName", "dossierDueDate");
        assertThat(shown).containsEntry("dossierCode", dossier.code())
                .containsEntry("fileApplicant", "Trần Thị \\*Bình\\* \\[x\\]\\(http://evil\\), số định danh 001203004567")
                .containsEntry("fileParcel", "tờ bản đồ số 12, thửa số 345, Thôn Đông, xã Long Thành")
                .containsEntry("fileRequest", "Chuyển 200 m² đất \\# trồng cây")
                .containsEntry("fileDueDate", "21/12/2026");
        assertThat(shown).containsEntry("fileDocuments",
                "Đơn đăng ký biến động (bản chính, 01); Giấy chứng nhận (bản sao có chứng thực)");
    }

    @Test
    void theOpenTasksShowTheNewAppointmentAndAStoppedClock() {
        Dossier dossier = files.receive();
        String code = dossier.code();
        Task appraisal = files.task(code, "appraiseFile");

        dossiers.extend(code, LocalDate.of(2027, 1, 8), "Chờ ý kiến của Sở Nông nghiệp và Môi trường", "lanhdao1");
        assertThat(formVariables(appraisal.getId())).containsEntry("fileDueDate", "08/01/2027");
        assertThat(taskService.getVariableLocal(appraisal.getId(), "dossierDueDate")).as("the column").isEqualTo("2027-01-08");

        dossiers.pauseClock(code, "financialObligations", "system");
        assertThat(formVariables(appraisal.getId())).containsEntry("fileDueDate", "08/01/2027 (đang tạm dừng tính thời hạn)");
    }

    /**
     * The copies are the register's and the process's values: they leave no history of their own
     * (engine.dossier.TaskCopiesWithoutHistory), not when set, moved or deleted with the completed task,
     * while the process's own variables keep theirs.
     */
    @Test
    void theTaskCopiesLeaveNoHistoryAndTheProcessVariablesKeepTheirs() {
        Dossier dossier = files.receive();
        Task appraisal = files.task(dossier.code(), "appraiseFile");
        Set<String> copies = taskService.getVariablesLocal(appraisal.getId()).keySet();
        assertThat(copies).contains("dossierCode", "applicantName", "dossierDueDate");
        dossiers.extend(dossier.code(), LocalDate.of(2027, 1, 8), "Chờ ý kiến của Sở Nông nghiệp và Môi trường", "lanhdao1");

        taskService.complete(appraisal.getId(), OfficerAnswers.forStep("appraiseFile"));

        List<HistoricVariableInstance> ofTask = historyService.createHistoricVariableInstanceQuery()
                .taskIdIn(appraisal.getId()).list();
        // every variable the task carried as its own, whatever FileColumns copies now or later
        assertThat(ofTask).extracting(HistoricVariableInstance::getName).doesNotContainAnyElementsOf(copies);
        assertThat(historyService.createHistoricDetailQuery().variableUpdates().taskId(appraisal.getId()).list())
                .isEmpty();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceIdIn(dossier.processInstanceId())
                .variableName("dossierCode").list()).extracting(HistoricVariableInstance::getValue)
                .containsExactly(dossier.code());
        assertThat(historyService.createHistoricTaskInstanceQuery().taskId(appraisal.getId()).finished().count())
                .isEqualTo(1);
    }

    /** The task's form variables as Tasklist reads them, by the officer who appraises the file. */
    private Map<String, Object> formVariables(String taskId) {
        try {
            HttpResponse<String> answer = new HttpCalls(port).get("/engine-rest/task/" + taskId + "/form-variables",
                    "chuyenvien1:demo");
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            Map<String, Object> values = new HashMap<>();
            new ObjectMapper().readTree(answer.body()).fields()
                    .forEachRemaining(variable -> values.put(variable.getKey(), variable.getValue().path("value").asText(null)));
            return values;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
