package vn.motcua.engine.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.calendar.DeadlineCalculator;
import vn.motcua.calendar.Deadlines;
import vn.motcua.feedback.ComplaintAnswerDelivery;
import vn.motcua.feedback.ComplaintService;
import vn.motcua.support.HttpCalls;
import vn.motcua.support.IntegrationTest;

/**
 * A complaint is Tasklist work of the unit it was routed to: the hotline's complaint about a file at
 * the land office is a task of the land office (in "Việc của đơn vị", due on its last day), invisible to
 * another unit; a blank answer through the form is refused in Vietnamese; the day after its last day
 * the timer marks it late and calls in the leaders, once; the answer through the form is the
 * complaint's answer and reaches the hotline. An answer over the API ends the task; a complaint
 * recorded before the process existed is still answered over the API.
 */
@IntegrationTest
class ComplaintTasklistIT {

    static final String SPECIALIST = "chuyenvien1:demo";
    static final String LEADER = "lanhdao1:demo";
    static final String REGISTRY = "vpdk1:demo";
    static final String DESK = "tiepnhan1:demo";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
    @Autowired
    FilterService filterService;
    @Autowired
    ComplaintService complaints;
    @Autowired
    ComplaintAnswerDelivery delivery;
    @Autowired
    Deadlines deadlines;

    HttpCalls calls;

    @BeforeEach
    void setUp() {
        calls = new HttpCalls(port);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aHotlineComplaintIsTheHoldingUnitsTaskLateForItsLeadersAndAnsweredThroughTheForm() throws Exception {
        String code = HttpCalls.fileCode(calls.post("/api/dossiers", DESK, file("complaint-task-1")));
        HttpResponse<String> pushed = calls.post("/simulator/hotline/pushes", null, """
                {"hotlineComplaintId":"1022-2026-004711","kind":"PHAN_ANH","dossierCode":"%s",
                 "personName":"Trần Thị Hoa","personPhone":"0912345678",
                 "content":"Tôi chưa được báo lịch đo đạc thửa đất."}""".formatted(code));
        assertThat(pushed.statusCode()).as(pushed.body()).isEqualTo(201);
        long id = json.readTree(pushed.body()).path("id").asLong();
        String key = "PAKN-" + id;
        LocalDate lastDay = LocalDate.parse(jdbc.queryForObject("select due_on from mc_complaint where id = ?", String.class, id));

        // the land office's task, in its unit's filter, due at closing time of the last day
        JsonNode tasks = json.readTree(calls.get("/engine-rest/task?processInstanceBusinessKey=" + key, SPECIALIST).body());
        assertThat(tasks).hasSize(1);
        JsonNode task = tasks.get(0);
        String taskId = task.path("id").asText();
        assertThat(task.path("name").asText()).isEqualTo("Trả lời phản ánh, kiến nghị");
        assertThat(task.path("taskDefinitionKey").asText()).isEqualTo("answerComplaint");
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getDueDate())
                .isEqualTo(deadlines.endOfDay(lastDay));
        String unitsFilter = filterService.createTaskFilterQuery().filterName("Việc của đơn vị").singleResult().getId();
        HttpResponse<String> listed = calls.sendHal("POST", "/engine-rest/filter/" + unitsFilter
                + "/list?firstResult=0&maxResults=500", SPECIALIST, "{}");
        assertThat(listed.body()).contains(taskId).contains("Trần Thị Hoa").contains(lastDay.toString());
        assertThat(calls.sendHal("POST", "/engine-rest/filter/" + unitsFilter + "/list?firstResult=0&maxResults=500",
                REGISTRY, "{}").body()).doesNotContain(taskId);

        // the form shows the complaint: its file (linked to the file page), dates as dd/MM/yyyy
        JsonNode form = json.readTree(calls.get("/engine-rest/task/" + taskId + "/form-variables", SPECIALIST).body());
        assertThat(form.path("complaintContent").path("value").asText()).contains("lịch đo đạc");
        assertThat(form.path("complaintFile").path("value").asText()).isEqualTo("[" + code + "](/files/" + code + ")");
        assertThat(form.path("complaintSource").path("value").asText()).isEqualTo("Tổng đài 1022");
        assertThat(form.path("complaintDueOn").path("value").asText())
                .isEqualTo("%02d/%02d/%d".formatted(lastDay.getDayOfMonth(), lastDay.getMonthValue(), lastDay.getYear()));
        assertThat(form.path("complaintReceivedOn").path("value").asText()).matches("\\d{2}/\\d{2}/\\d{4}");
        assertThat(form.path("dossierCode").path("value").asText()).as("Tasklist's column and 'Hồ sơ' tab").isEqualTo(code);
        assertThat(form.has("fileApplicant")).as("a complaint's task names a file; it is not the file's step, so no file header")
                .isFalse();
        assertThat(jdbc.queryForObject("select count(*) from mc_handover where task_id = ?", Integer.class, taskId))
                .as("a complaint is no step of the file's control sheet").isZero();

        // another unit neither reads nor answers it
        assertThat(json.readTree(calls.get("/engine-rest/task?processInstanceBusinessKey=" + key, REGISTRY).body())).isEmpty();
        assertThat(calls.get("/engine-rest/task/" + taskId, REGISTRY).statusCode()).isIn(403, 404);
        assertThat(calls.post("/engine-rest/task/" + taskId + "/submit-form", REGISTRY, answer("Không phải việc của tôi."))
                .statusCode()).isIn(403, 404);

        // a blank answer: 400 with the reason in Vietnamese, nothing stored
        HttpResponse<String> blank = calls.post("/engine-rest/task/" + taskId + "/submit-form", SPECIALIST, answer("  "));
        assertThat(blank.statusCode()).as(blank.body()).isEqualTo(400);
        assertThat(blank.body()).contains("Cần ghi nội dung trả lời");
        assertThat(jdbc.queryForObject("select answered_at from mc_complaint where id = ?", Timestamp.class, id)).isNull();
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);

        // on its last day nothing happens; the next day the leaders are called in, once
        clockAt(lastDay, LocalTime.of(16, 0));
        assertThat(fireDueTimers(key)).isZero();
        clockAt(lastDay.plusDays(1), LocalTime.of(0, 1));
        assertThat(fireDueTimers(key)).isEqualTo(1);
        assertThat(fireDueTimers(key)).as("once").isZero();
        assertThat(complaints.escalateLate()).as("the schedule's pass finds it done").noneMatch(c -> c.id() == id);
        assertThat(jdbc.queryForObject("select escalated_at from mc_complaint where id = ?", Timestamp.class, id)).isNotNull();
        assertThat(taskService.getIdentityLinksForTask(taskId)).extracting(IdentityLink::getGroupId)
                .contains("landoffice", "landofficeleaders");
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getPriority()).isEqualTo(90);
        assertThat(jdbc.queryForList("""
                select s.reason from mc_dossier_status s join mc_dossier d on d.id = s.dossier_id
                where d.code = ? and s.status = 'COMPLAINT_ESCALATED'""", String.class, code))
                .singleElement().asString().contains("báo lãnh đạo");
        assertThat(json.readTree(calls.get("/engine-rest/task?processInstanceBusinessKey=" + key, LEADER).body()))
                .as("the leaders see it now").hasSize(1);

        // answered through the form: the complaint's answer, signed by the officer, sent to the hotline
        HttpResponse<String> done = calls.post("/engine-rest/task/" + taskId + "/submit-form", SPECIALIST,
                answer("Phòng đã xếp lịch đo đạc ngày 20/12, cán bộ sẽ gọi điện trước."));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
        assertThat(jdbc.queryForMap("select answer, answered_by from mc_complaint where id = ?", id))
                .containsEntry("ANSWERED_BY", "chuyenvien1")
                .containsEntry("ANSWER", "Phòng đã xếp lịch đo đạc ngày 20/12, cán bộ sẽ gọi điện trước.");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key).count()).isZero();
        assertThat(historyService.createHistoricActivityInstanceQuery().activityId("complaintAnswered")
                .processInstanceId(task.path("processInstanceId").asText()).count()).isEqualTo(1);
        assertThat(calls.post("/api/complaints/" + id + "/answer", SPECIALIST, "{\"answer\":\"Lần hai\"}").statusCode())
                .as("answered once").isEqualTo(409);
        ClockUtil.reset();
        assertThat(delivery.deliverPending()).isGreaterThanOrEqualTo(1);
        JsonNode effects = json.readTree(calls.get("/simulator/effects", null).body());
        List<JsonNode> shown = new java.util.ArrayList<>();
        effects.path("complaintAnswers").forEach(a -> {
            if (("complaint-answer-" + id).equals(a.path("key").asText())) {
                shown.add(a);
            }
        });
        assertThat(shown).singleElement().satisfies(a -> {
            assertThat(a.path("complaintId").asText()).isEqualTo("1022-2026-004711");
            assertThat(a.path("answer").asText()).contains("xếp lịch đo đạc");
        });
    }

    @Test
    void anAnswerOverTheApiEndsTheTaskAndAnOldComplaintWithoutATaskIsStillAnswered() throws Exception {
        HttpResponse<String> recorded = calls.post("/api/complaints", DESK, """
                {"kind":"KIEN_NGHI","personName":"Võ Văn Lâm","content":"Đề nghị niêm yết lệ phí đo đạc tại quầy."}""");
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        long id = json.readTree(recorded.body()).path("id").asLong();
        Task task = taskService.createTaskQuery().processInstanceBusinessKey("PAKN-" + id).singleResult();
        assertThat(task).isNotNull();
        assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly(jdbc.queryForObject("select unit_group from mc_complaint where id = ?", String.class, id));

        HttpResponse<String> answered = calls.post("/api/complaints/" + id + "/answer", DESK,
                "{\"answer\":\"Trung tâm đã niêm yết lệ phí tại quầy số 2.\"}");
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("the task ended with the answer").isZero();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .activityId("answerKept").count()).isEqualTo(1);
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .activityId("recordAnswer").count()).as("no second answer").isZero();
        assertThat(calls.post("/engine-rest/task/" + task.getId() + "/submit-form", DESK, answer("Trả lời thêm lần nữa."))
                .statusCode()).isEqualTo(404);
        assertThat(calls.post("/api/complaints/" + id + "/answer", DESK, "{\"answer\":\"Lần hai\"}").statusCode())
                .isEqualTo(409);

        // a row recorded before complaints had a process: no task, still answered over the API
        jdbc.update("""
                insert into mc_complaint (source, kind, unit_group, leaders_group, person_name, content, received_at, due_on,
                    due_source, recorded_by)
                select 'DESK', 'PHAN_ANH', unit_group, leaders_group, 'Lê Văn Cũ', 'Phản ánh ghi trước khi có quy trình.',
                    received_at, due_on, due_source, recorded_by from mc_complaint where id = ?""", id);
        long old = jdbc.queryForObject("select max(id) from mc_complaint", Long.class);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("PAKN-" + old).count()).isZero();
        assertThat(calls.post("/api/complaints/" + old + "/answer", DESK, "{\"answer\":\"Đã xem xét và trả lời.\"}")
                .statusCode()).isEqualTo(200);
    }

    private int fireDueTimers(String key) {
        Date now = ClockUtil.getCurrentTime();
        List<Job> due = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key).list().stream()
                .flatMap(pi -> managementService.createJobQuery().processInstanceId(pi.getId()).timers().list().stream())
                .filter(job -> !job.getDuedate().after(now)).toList();
        due.forEach(job -> managementService.executeJob(job.getId()));
        return due.size();
    }

    private static void clockAt(LocalDate day, LocalTime time) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(time).atZone(DeadlineCalculator.ZONE).toInstant()));
    }

    private static String answer(String text) {
        return "{\"variables\":{\"complaintAnswer\":{\"value\":" + quoted(text) + ",\"type\":\"String\"}}}";
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static String file(String requestId) {
        return """
                {"procedureKey":"land-use-conversion","clientRequestId":"%s","channel":"IN_PERSON",
                 "applicant":{"fullName":"Trần Thị Hoa","idNumber":"001203004712","address":"Thôn Tây"},
                 "parcel":{"mapSheet":"14","parcelNumber":"512","address":"Thôn Tây, xã Long Thành","communeCode":"26041"},
                 "requestSummary":"Chuyển 120 m² đất trồng cây lâu năm sang đất ở"}""".formatted(requestId);
    }

}
