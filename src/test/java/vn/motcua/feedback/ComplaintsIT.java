package vn.motcua.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.calendar.DeadlineCalculator;
import vn.motcua.partner.CallbackSignature;
import vn.motcua.support.HttpCalls;
import vn.motcua.support.IntegrationTest;

/**
 * A complaint from the province's 1022 hotline (played by the simulator over HTTP with the hotline's
 * key) about a file at the land office: linked to the file, given to the land office with its last day
 * from feedback/rules.yaml, escalated to the leaders once late, answered late, and its answer shown by
 * the hotline once even when sent twice. A complaint recorded at the desk without a file goes to the
 * desk; the file page and the dashboard show them.
 */
@IntegrationTest
class ComplaintsIT {

    @LocalServerPort
    int port;
    @Autowired
    ComplaintService complaints;
    @Autowired
    ComplaintAnswerDelivery delivery;
    @Autowired
    FeedbackRules rules;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

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
    void aHotlineComplaintAboutAFileIsAnsweredLateByItsUnitEscalatedAndDeliveredOnce() throws Exception {
        String code = HttpCalls.fileCode(calls.post("/api/dossiers", "tiepnhan1:demo", file("hotline-complaint-1")));
        String push = """
                {"hotlineComplaintId":"1022-2026-000777","kind":"PHAN_ANH","dossierCode":"%s",
                 "personName":"Nguyễn Văn Bình","personPhone":"0987654321",
                 "content":"Hồ sơ chuyển mục đích của tôi đã lâu chưa thấy cán bộ liên hệ."}""".formatted(code);

        HttpResponse<String> pushed = calls.post("/simulator/hotline/pushes", null, push);
        assertThat(pushed.statusCode()).as(pushed.body()).isEqualTo(201);
        JsonNode complaint = json.readTree(pushed.body());
        long id = complaint.path("id").asLong();
        assertThat(complaint.path("dossierCode").asText()).isEqualTo(code);
        assertThat(complaint.path("unit").asText()).as("the unit holding the file answers").contains("Phòng");
        assertThat(complaint.path("dueSource").asText()).contains("Nghị định 20/2008");
        HttpResponse<String> again = calls.post("/simulator/hotline/pushes", null, push);
        assertThat(again.statusCode()).as("a retried push is the same complaint").isEqualTo(200);
        assertThat(json.readTree(again.body()).path("id").asLong()).isEqualTo(id);
        assertThat(jdbc.queryForObject("select count(*) from mc_complaint where external_id = '1022-2026-000777'",
                Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select unit_group from mc_complaint where id = ?", String.class, id))
                .isEqualTo("landoffice");

        // the land office sees it; another unit neither reads nor answers it
        assertThat(calls.get("/api/complaints", "chuyenvien1:demo").body()).contains("\"id\":" + id).contains(code);
        assertThat(calls.get("/api/complaints/" + id, "vpdk1:demo").statusCode()).isEqualTo(403);
        assertThat(calls.post("/api/complaints/" + id + "/answer", "vpdk1:demo", "{\"answer\":\"Không phải việc của tôi\"}")
                .statusCode()).isEqualTo(403);

        // nothing is late on its last day; the day after, the leaders are told
        LocalDate lastDay = LocalDate.parse(jdbc.queryForObject("select due_on from mc_complaint where id = ?", String.class, id));
        assertThat(complaints.escalateLate()).extracting(Complaint::id).doesNotContain(id);
        moveClockTo(lastDay);
        assertThat(complaints.escalateLate()).extracting(Complaint::id).doesNotContain(id);
        moveClockTo(lastDay.plusDays(1));
        assertThat(complaints.escalateLate()).extracting(Complaint::id).contains(id);
        assertThat(complaints.escalateLate()).as("once").extracting(Complaint::id).doesNotContain(id);
        assertThat(json.readTree(calls.get("/api/complaints/" + id, "lanhdao1:demo").body()).path("timeliness").asText())
                .isEqualTo("Quá hạn, đã báo lãnh đạo");
        assertThat(jdbc.queryForList("""
                select s.reason from mc_dossier_status s join mc_dossier d on d.id = s.dossier_id
                where d.code = ? and s.status = 'COMPLAINT_ESCALATED'""", String.class, code))
                .singleElement().asString().contains("báo lãnh đạo");

        HttpResponse<String> answered = calls.post("/api/complaints/" + id + "/answer", "chuyenvien1:demo",
                "{\"answer\":\"Hồ sơ đang thẩm định, Phòng sẽ trả kết quả đúng hẹn.\"}");
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        assertThat(json.readTree(answered.body()).path("timeliness").asText()).isEqualTo("Đã trả lời quá hạn");
        HttpResponse<String> twice = calls.post("/api/complaints/" + id + "/answer", "lanhdao1:demo",
                "{\"answer\":\"Trả lời lần hai\"}");
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(twice.body()).contains("đã được trả lời");

        // sent, then sent again as a node would after a crash before marking it: the hotline shows it once
        assertThat(delivery.deliverPending()).isEqualTo(1);
        assertThat(delivery.deliverPending()).as("delivered: nothing left").isZero();
        jdbc.update("update mc_complaint set delivered_at = null, delivery_lease_until = null where id = ?", id);
        assertThat(delivery.deliverPending()).isEqualTo(1);
        JsonNode effects = json.readTree(calls.get("/simulator/effects", null).body());
        String key = "complaint-answer-" + id;
        assertThat(effects.path("complaintAnswerRequests").path(key).asInt()).isEqualTo(2);
        List<JsonNode> shown = new java.util.ArrayList<>();
        effects.path("complaintAnswers").forEach(a -> {
            if (key.equals(a.path("key").asText())) {
                shown.add(a);
            }
        });
        assertThat(shown).singleElement().satisfies(a -> {
            assertThat(a.path("complaintId").asText()).isEqualTo("1022-2026-000777");
            assertThat(a.path("answer").asText()).contains("đang thẩm định");
        });
        ClockUtil.reset();

        // the file page lists it; the dashboard counts it for the land office as answered late
        HttpCalls browser = new HttpCalls(port);
        assertThat(browser.webappLogin("tasklist", "chuyenvien1", "demo").statusCode()).isEqualTo(200);
        String page = browser.get("/files/" + code, null).body();
        assertThat(page).contains("Phản ánh, kiến nghị về hồ sơ").contains("Nguyễn Văn Bình")
                .contains("Đã trả lời quá hạn").contains("Tổng đài 1022")
                .as("the file's history names both lines in Vietnamese")
                .contains("Nhận phản ánh, kiến nghị").contains("Phản ánh, kiến nghị quá hạn trả lời");
        HttpCalls supervisor = new HttpCalls(port);
        supervisor.webappLogin("cockpit", "giamsat1", "demo");
        String dashboard = supervisor.get("/supervision", null).body();
        assertThat(dashboard).contains("Phản ánh, kiến nghị (Tổng đài 1022 và tại Bộ phận Một cửa)")
                .contains("Thời hạn trả lời: " + rules.complaintAnswerWorkingDays() + " ngày làm việc");
    }

    @Test
    void aHotlinePushWithAWrongSignatureOrNoContentIsRefusedAndStoresNothing() throws Exception {
        String push = """
                {"hotlineComplaintId":"1022-2026-000888","kind":"KIEN_NGHI","personName":"Lê Thị Mai",
                 "content":"Đề nghị niêm yết rõ lệ phí."}""";
        long now = Instant.now().getEpochSecond();
        HttpRequest forged = HttpRequest.newBuilder(calls.uri("/api/partners/hotline/complaints"))
                .header("Content-Type", "application/json")
                .header(CallbackSignature.TIMESTAMP_HEADER, Long.toString(now))
                .header(CallbackSignature.SIGNATURE_HEADER, CallbackSignature.sign("demo-secret-portal", now, push))
                .POST(HttpRequest.BodyPublishers.ofString(push, StandardCharsets.UTF_8)).build();
        assertThat(calls.client().send(forged, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);

        HttpResponse<String> empty = calls.post("/simulator/hotline/pushes", null,
                "{\"hotlineComplaintId\":\"1022-2026-000889\",\"kind\":\"KHAC\",\"personName\":\" \"}");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("Loại phải là PHAN_ANH").contains("Cần ghi nội dung phản ánh");
        assertThat(jdbc.queryForObject("select count(*) from mc_complaint where external_id in ('1022-2026-000888',"
                + " '1022-2026-000889')", Integer.class)).isZero();
    }

    @Test
    void aComplaintRecordedAtTheDeskWithoutAFileGoesToThatDesk() throws Exception {
        HttpResponse<String> recorded = calls.post("/api/complaints", "tiepnhanap:demo", """
                {"kind":"KIEN_NGHI","personName":"Đinh Văn Tâm","content":"Đề nghị bố trí thêm ghế chờ tại Bộ phận Một cửa."}""");
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        long id = json.readTree(recorded.body()).path("id").asLong();
        assertThat(jdbc.queryForObject("select unit_group from mc_complaint where id = ?", String.class, id))
                .isEqualTo("anphuocdesk");
        assertThat(json.readTree(recorded.body()).path("timeliness").asText()).isEqualTo("Đang xử lý");
        assertThat(calls.post("/api/complaints", "chuyenvien1:demo",
                "{\"kind\":\"KIEN_NGHI\",\"personName\":\"Đinh Văn Tâm\",\"content\":\"Ghế chờ\"}").statusCode())
                .as("only the desk records complaints").isEqualTo(403);
        assertThat(calls.post("/api/complaints/" + id + "/answer", "tiepnhanap:demo",
                "{\"answer\":\"Trung tâm đã bổ sung 10 ghế chờ.\"}").statusCode()).isEqualTo(200);
        assertThat(delivery.deliverPending()).as("a desk complaint has no hotline to tell").isZero();
    }

    private static void moveClockTo(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.of(10, 0)).atZone(DeadlineCalculator.ZONE).toInstant()));
    }

    static String file(String requestId) {
        return """
                {"procedureKey":"land-use-conversion","clientRequestId":"%s","channel":"IN_PERSON",
                 "applicant":{"fullName":"Nguyễn Văn Bình","idNumber":"001203004321","address":"Thôn Đông"},
                 "parcel":{"mapSheet":"12","parcelNumber":"346","address":"Thôn Đông, xã Long Thành","communeCode":"26041"},
                 "requestSummary":"Chuyển 100 m² đất trồng cây lâu năm sang đất ở"}""".formatted(requestId);
    }
}
