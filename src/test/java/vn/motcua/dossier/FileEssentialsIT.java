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

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.demo.OfficerAnswers;
import vn.motcua.support.HttpCalls;
import vn.motcua.support.IntegrationTest;

/**
 * Every task shows its file as the register has it, read when Tasklist reads the task: its form starts with the
 * register's applicant, parcel, request, papers and appointment (forms/*.form, text "Text_fileEssentials";
 * engine.dossier.FileHeaderOnRead), escaped for the form's Markdown, and its card in a list shows the file's code,
 * applicant and appointment (engine.dossier.FileColumnsOnRead). Both follow the file when the appointment moves or
 * the clock stops, and the task itself carries no copy of them.
 */
@IntegrationTest
class FileEssentialsIT {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final String UNIT = "Việc của đơn vị";
    private static final String MINE = "Việc của tôi";
    /** What Tasklist posts (task-cards.js sorts by the appointment): the work queue answers it. */
    private static final String QUEUE_ORDER = "{\"sorting\":[{\"sortBy\":\"processVariable\",\"sortOrder\":\"asc\","
            + "\"parameters\":{\"variable\":\"dossierDueDate\",\"type\":\"String\"}}]}";
    /** Sorted another way: the engine answers it. */
    private static final String ENGINE_ORDER = "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";

    @Autowired
    FileScenario files;
    @Autowired
    DossierService dossiers;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    FilterService filterService;
    @Autowired
    IdentityService identityService;
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

        assertThat(taskService.getVariablesLocal(appraisal.getId())).as("the task carries no copy of its file").isEmpty();
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
        assertThat(card(appraisal.getId())).as("the card's column").containsEntry("dossierDueDate", "2027-01-08");

        dossiers.pauseClock(code, "financialObligations", "system");
        assertThat(formVariables(appraisal.getId())).containsEntry("fileDueDate", "08/01/2027 (đang tạm dừng tính thời hạn)");
    }

    /**
     * A later step's card, a leader's, shows the register's file in every list, whichever answers it (the work
     * queue or the engine).
     */
    @Test
    void aCardShowsItsFileInEveryList() {
        Dossier dossier = files.receive();
        String code = dossier.code();
        files.completeUntil(code, "approveConversion");
        Task next = files.task(code, "approveConversion");

        Map<String, String> expected = Map.of("dossierCode", code, "applicantName", dossier.applicant().fullName(),
                "dossierDueDate", dossier.dueDate().toString());
        assertThat(card(next.getId(), next.getAssignee() == null ? UNIT : MINE, QUEUE_ORDER, credentialsFor(next)))
                .containsAllEntriesOf(expected);
        assertThat(card(next.getId(), next.getAssignee() == null ? UNIT : MINE, ENGINE_ORDER, credentialsFor(next)))
                .as("a list the engine answers").containsAllEntriesOf(expected);
    }

    /**
     * Tasks created by an earlier version carry the columns as copies of their own: their card shows the
     * register's file instead, the appointment still moves on the copy (the form reads it first), and the
     * copies leave no history (engine.dossier.TaskCopiesWithoutHistory) when set, moved or deleted with the
     * completed task, while the process's own variables keep theirs.
     */
    @Test
    void copiesOnTasksOfAnEarlierVersionAreReplacedMovedAndLeaveNoHistory() {
        Dossier dossier = files.receive();
        Task appraisal = files.task(dossier.code(), "appraiseFile");
        taskService.setVariablesLocal(appraisal.getId(), Map.of("dossierCode", dossier.code(),
                "applicantName", "Tên cũ", "dossierDueDate", "2026-01-01"));
        assertThat(card(appraisal.getId())).containsEntry("applicantName", dossier.applicant().fullName())
                .containsEntry("dossierDueDate", dossier.dueDate().toString());

        dossiers.extend(dossier.code(), LocalDate.of(2027, 1, 8), "Chờ ý kiến của Sở Nông nghiệp và Môi trường", "lanhdao1");
        assertThat(taskService.getVariableLocal(appraisal.getId(), "dossierDueDate")).isEqualTo("2027-01-08");
        taskService.complete(appraisal.getId(), OfficerAnswers.forStep("appraiseFile"));

        assertThat(historyService.createHistoricVariableInstanceQuery().taskIdIn(appraisal.getId()).list())
                .extracting(HistoricVariableInstance::getName)
                .doesNotContain("dossierCode", "applicantName", "dossierDueDate");
        assertThat(historyService.createHistoricDetailQuery().variableUpdates().taskId(appraisal.getId()).list())
                .isEmpty();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceIdIn(dossier.processInstanceId())
                .variableName("dossierCode").list()).extracting(HistoricVariableInstance::getValue)
                .containsExactly(dossier.code());
        assertThat(historyService.createHistoricTaskInstanceQuery().taskId(appraisal.getId()).finished().count())
                .isEqualTo(1);
    }

    /** The variables of the task's card in "Việc của đơn vị", as the appraising officer's Tasklist reads it. */
    private Map<String, String> card(String taskId) {
        return card(taskId, UNIT, QUEUE_ORDER, "chuyenvien1:demo");
    }

    private Map<String, String> card(String taskId, String filterName, String body, String credentials) {
        try {
            String filter = filterService.createTaskFilterQuery().filterName(filterName).singleResult().getId();
            HttpResponse<String> answer = new HttpCalls(port).sendHal("POST",
                    "/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=15", credentials, body);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            for (JsonNode task : new ObjectMapper().readTree(answer.body()).path("_embedded").path("task")) {
                if (taskId.equals(task.path("id").asText())) {
                    Map<String, String> variables = new HashMap<>();
                    task.path("_embedded").path("variable")
                            .forEach(variable -> variables.put(variable.path("name").asText(), variable.path("value").asText()));
                    return variables;
                }
            }
            throw new AssertionError("task " + taskId + " not in " + filterName + ": " + answer.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Someone who may see the task in that list: its assignee, or an officer of its candidate group. */
    private String credentialsFor(Task task) {
        if (task.getAssignee() != null) {
            return task.getAssignee() + ":demo";
        }
        String group = taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> link.getGroupId() != null).findFirst().orElseThrow().getGroupId();
        return identityService.createUserQuery().memberOfGroup(group).list().get(0).getId() + ":demo";
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
