package vn.motcua.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.support.HttpCalls;
import vn.motcua.support.IntegrationTest;

/**
 * The desk records its reception dialogues, with or without a file; one longer than the limit of
 * feedback/rules.yaml (20 minutes) is marked and counted apart on the dashboard.
 */
@IntegrationTest
class DeskDialoguesIT {

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    FeedbackRules rules;

    HttpCalls calls;

    @BeforeEach
    void setUp() {
        calls = new HttpCalls(port);
    }

    @Test
    void theDeskRecordsDialoguesAndTheDashboardCountsTheLongOnes() throws Exception {
        assertThat(rules.longDialogueMinutes()).isEqualTo(20);
        String code = HttpCalls.fileCode(calls.post("/api/dossiers", "tiepnhanbgm:demo",
                ComplaintsIT.file("dialogue-file-1").replace("26041", "25219")));
        Instant end = Instant.now().truncatedTo(ChronoUnit.MINUTES);

        HttpResponse<String> withFile = calls.post("/api/dialogues", "tiepnhanbgm:demo", """
                {"startedAt":"%s","endedAt":"%s","dossierCode":"%s","personName":"Điểu Thị Nga",
                 "topic":"Hướng dẫn bổ sung giấy tờ của hồ sơ","outcome":"Người dân đồng ý nộp bổ sung trong tuần"}"""
                .formatted(end.minus(25, ChronoUnit.MINUTES), end, code));
        assertThat(withFile.statusCode()).as(withFile.body()).isEqualTo(201);
        JsonNode first = json.readTree(withFile.body());
        assertThat(first.path("minutes").asLong()).isEqualTo(25);
        assertThat(first.path("longer").asBoolean()).isTrue();
        assertThat(first.path("startedAt").asText()).matches("\\d{2}:\\d{2} ngày \\d{2}/\\d{2}/\\d{4}|\\d{2}/\\d{2}/\\d{4}.*");

        HttpResponse<String> withoutFile = calls.post("/api/dialogues", "tiepnhanbgm:demo", """
                {"startedAt":"%s","endedAt":"%s","topic":"Hỏi thủ tục tách thửa","outcome":"Đã hướng dẫn, phát mẫu đơn"}"""
                .formatted(end.minus(10, ChronoUnit.MINUTES), end));
        assertThat(withoutFile.statusCode()).as(withoutFile.body()).isEqualTo(201);
        assertThat(json.readTree(withoutFile.body()).path("longer").asBoolean()).isFalse();

        HttpResponse<String> backwards = calls.post("/api/dialogues", "tiepnhanbgm:demo", """
                {"startedAt":"%s","endedAt":"%s","dossierCode":"000.00.00.H00-000000-0000","topic":"x","outcome":"y"}"""
                .formatted(end, end.minus(5, ChronoUnit.MINUTES)));
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.body()).contains("Thời điểm kết thúc phải sau thời điểm bắt đầu")
                .contains("Không tìm thấy hồ sơ có mã 000.00.00.H00-000000-0000");
        // the texts are checked as the page checks them (DialogueRecording), all problems at once
        HttpResponse<String> blank = calls.post("/api/dialogues", "tiepnhanbgm:demo", """
                {"startedAt":"%s","endedAt":"%s","topic":" ","outcome":""}"""
                .formatted(end.minus(10, ChronoUnit.MINUTES), end));
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(json.readTree(blank.body()).path("problems").findValuesAsText("field")).containsExactly("topic", "outcome");
        assertThat(blank.body()).contains("Cần ghi nội dung đối thoại.");
        assertThat(calls.post("/api/dialogues", "chuyenvienbgm:demo", """
                {"startedAt":"%s","endedAt":"%s","topic":"Hỏi thủ tục","outcome":"Đã hướng dẫn"}"""
                .formatted(end.minus(10, ChronoUnit.MINUTES), end)).statusCode()).as("the desk's own record")
                .isEqualTo(403);

        JsonNode mine = json.readTree(calls.get("/api/dialogues", "tiepnhanbgm:demo").body());
        assertThat(mine.size()).isEqualTo(2);
        assertThat(calls.get("/api/dialogues", "tiepnhan1:demo").body())
                .as("another desk's dialogues are not listed (its own, the demo's, are)").doesNotContain("Điểu Thị Nga")
                .doesNotContain("Hỏi thủ tục tách thửa\"");

        HttpCalls supervisor = new HttpCalls(port);
        supervisor.webappLogin("cockpit", "giamsat1", "demo");
        String dashboard = supervisor.get("/supervision", null).body();
        String row = dashboard.substring(dashboard.indexOf("class=\"dialogues\""));
        assertThat(row).contains("Quá 20 phút");
        assertThat(row.replaceAll("\\s+", " ")).containsPattern("Bù Gia Mập</td> <td>2</td> <td>1</td> <td>1</td>");
    }
}
