package vn.motcua.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.ReceivedFile;
import vn.motcua.dossier.Channel;
import vn.motcua.support.HttpCalls;
import vn.motcua.support.IntegrationTest;

/** Each unit sees and works only its own tasks, through Camunda's REST API as Tasklist uses it. */
@IntegrationTest
class UnitIsolationIT {

    @LocalServerPort
    int port;
    @Autowired
    DossierService dossiers;
    @Autowired
    TaskService taskService;
    @Autowired
    FilterService filterService;


    @Test
    void landOfficeTaskIsInvisibleAndUntouchableForOtherUnits() throws Exception {
        Dossier dossier = dossiers.receive(new ReceivedFile("land-use-conversion", null, Channel.IN_PERSON,
                new Dossier.Applicant("Mai Văn Tâm", "001203009999", null, null, "Xã Long Thành"),
                new Dossier.Parcel("3", "44", "Ấp 1", "26041", false), null, null), "tiepnhan1");
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(dossier.code())
                .taskDefinitionKey("appraiseFile").singleResult();
        String query = "/engine-rest/task?processInstanceBusinessKey=" + dossier.code();

        assertThat(visible(query, "chuyenvien1:demo")).contains(task.getId());
        assertThat(visible(query, "thue1:demo")).isEqualTo("[]");
        assertThat(visible(query, "tiepnhan1:demo")).isEqualTo("[]");
        assertThat(visible(query, "giamsat1:demo")).contains(task.getId());

        assertThat(call("POST", "/engine-rest/task/" + task.getId() + "/claim", "thue1:demo",
                "{\"userId\":\"thue1\"}").statusCode()).isIn(403, 404);
        assertThat(call("POST", "/engine-rest/task/" + task.getId() + "/complete", "vpdk1:demo", "{}").statusCode())
                .isIn(403, 404);
        assertThat(call("POST", "/engine-rest/task/" + task.getId() + "/complete", "giamsat1:demo", "{}").statusCode())
                .isEqualTo(403);
        // The land office may work it, but not rename it (TASK_WORK, not UPDATE).
        assertThat(call("PUT", "/engine-rest/task/" + task.getId(), "chuyenvien1:demo",
                "{\"name\":\"Đổi tên\"}").statusCode()).isEqualTo(403);
        assertThat(call("POST", "/engine-rest/task/" + task.getId() + "/claim", "chuyenvien1:demo",
                "{\"userId\":\"chuyenvien1\"}").statusCode()).isEqualTo(204);
        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo("chuyenvien1");
    }

    /** Tasklist's comment box and History tab, for the unit that holds the task and for no one else. */
    @Test
    void theHoldingUnitCommentsAndReadsTheTasksHistoryOtherUnitsDoNot() throws Exception {
        Dossier dossier = dossiers.receive(new ReceivedFile("land-use-conversion", null, Channel.IN_PERSON,
                new Dossier.Applicant("Mai Văn Tâm", "001203009999", null, null, "Xã Long Thành"),
                new Dossier.Parcel("3", "47", "Ấp 1", "26041", false), null, null), "tiepnhan1");
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(dossier.code())
                .taskDefinitionKey("appraiseFile").singleResult();
        String path = "/engine-rest/task/" + task.getId();
        assertThat(call("POST", path + "/claim", "chuyenvien1:demo", "{\"userId\":\"chuyenvien1\"}").statusCode())
                .isEqualTo(204);

        HttpResponse<String> comment = call("POST", path + "/comment/create", "chuyenvien1:demo",
                "{\"message\":\"Đã đối chiếu bản đồ địa chính tờ 3\"}");
        assertThat(comment.statusCode()).as(comment.body()).isEqualTo(200);
        assertThat(call("GET", path + "/comment", "chuyenvien1:demo", null).body())
                .contains("Đã đối chiếu bản đồ địa chính tờ 3");
        assertThat(call("GET", "/engine-rest/history/task?taskId=" + task.getId(), "chuyenvien1:demo", null).body())
                .contains(task.getId());
        assertThat(call("GET", "/engine-rest/history/user-operation?taskId=" + task.getId(), "chuyenvien1:demo", null)
                .body()).contains("\"operationType\":\"Claim\"");

        assertThat(call("POST", path + "/comment/create", "thue1:demo", "{\"message\":\"Xen ngang\"}").statusCode())
                .isIn(400, 403, 404);
        assertThat(call("GET", "/engine-rest/history/task?taskId=" + task.getId(), "thue1:demo", null).body())
                .isEqualTo("[]");
        assertThat(call("GET", "/engine-rest/history/user-operation?taskId=" + task.getId(), "thue1:demo", null)
                .body()).isEqualTo("[]");
        assertThat(taskService.getTaskComments(task.getId())).hasSize(1);

        // Giving the task back to the unit: the assignee may, an officer of another unit may not.
        assertThat(call("POST", path + "/unclaim", "thue1:demo", null).statusCode()).isIn(403, 404);
        HttpResponse<String> unclaim = call("POST", path + "/unclaim", "chuyenvien1:demo", null);
        assertThat(unclaim.statusCode()).as(unclaim.body()).isEqualTo(204);
        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
    }

    @Test
    void tasklistFiltersShowTheFileCodeApplicantAndAppointmentToTheUnit() throws Exception {
        Dossier dossier = dossiers.receive(new ReceivedFile("land-use-conversion", null, Channel.ONLINE,
                new Dossier.Applicant("Mai Văn Tâm", "001203009999", null, null, "Xã Long Thành"),
                new Dossier.Parcel("3", "46", "Ấp 1", "26041", false), null, null), "tiepnhan1");
        String filterId = filterService.createTaskFilterQuery().filterName("Việc của đơn vị").singleResult().getId();
        HttpResponse<String> list = new HttpCalls(port).sendHal("POST", "/engine-rest/filter/" + filterId
                + "/list?firstResult=0&maxResults=200", "chuyenvien1:demo", "{}");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("\"value\":\"" + dossier.code() + "\"")
                .contains("\"value\":\"Mai Văn Tâm\"").contains("\"value\":\"" + dossier.dueDate() + "\"");
    }

    @Test
    void taskFormIsServedFromTheDeploymentToItsUnit() throws Exception {
        Dossier dossier = dossiers.receive(new ReceivedFile("land-use-conversion", null, Channel.ONLINE,
                new Dossier.Applicant("Mai Văn Tâm", "001203009999", null, null, "Xã Long Thành"),
                new Dossier.Parcel("3", "45", "Ấp 1", "26041", false), null, null), "tiepnhan1");
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(dossier.code())
                .taskDefinitionKey("appraiseFile").singleResult();
        HttpResponse<String> form = call("GET", "/engine-rest/task/" + task.getId() + "/deployed-form", "chuyenvien1:demo");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("\"id\"").contains("appraise-file").contains("appraisalDecision");
    }

    private String visible(String query, String credentials) throws Exception {
        HttpResponse<String> response = call("GET", query, credentials);
        assertThat(response.statusCode()).as(credentials + " " + response.body()).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> call(String method, String path, String credentials) throws Exception {
        return call(method, path, credentials, null);
    }

    private HttpResponse<String> call(String method, String path, String credentials, String json) throws Exception {
        return new HttpCalls(port).send(method, path, credentials, json);
    }
}
