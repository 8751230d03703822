package vn.motcua.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.motcua.calendar.DeadlineCalculator;
import vn.motcua.support.HttpCalls;
import vn.motcua.support.IntegrationTest;

/**
 * The desk's dialogue page ({@code /dialogues}) with the officers' browser login: the form records a
 * dialogue of the officer's desk and lists today's, the long one marked; a form with the end before
 * the start or no topic comes back with a 400 and the reasons in Vietnamese, nothing stored; another
 * desk's dialogues are not shown; no login goes to the login form, a form without its CSRF token is refused.
 */
@IntegrationTest
class DialoguePageIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDeskOfficerRecordsDialoguesInTheBrowserAndSeesOnlyHisDesksOfToday() throws Exception {
        HttpCalls anonymous = new HttpCalls(port);
        HttpResponse<String> noLogin = anonymous.get("/dialogues", null);
        assertThat(noLogin.statusCode()).isEqualTo(302);
        assertThat(noLogin.headers().firstValue("Location").orElseThrow()).endsWith("/supervision/login");

        HttpCalls browser = new HttpCalls(port);
        assertThat(browser.webappLogin("tasklist", "tiepnhanap", "demo").statusCode()).isEqualTo(200);
        HttpResponse<String> page = browser.get("/dialogues", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Đối thoại, hướng dẫn tại quầy").contains("name=\"_csrf\"");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'")
                .doesNotContain("unsafe-inline");
        String token = csrf(page.body());

        // the engine's clock at 10:00 of a working day, so "today" and "not in the future" never straddle midnight
        ZonedDateTime end = ZonedDateTime.of(2026, 12, 7, 9, 55, 0, 0, DeadlineCalculator.ZONE);
        ClockUtil.setCurrentTime(Date.from(end.plusMinutes(5).toInstant()));
        long before = count();
        HttpResponse<String> longOne = post(browser, form(token, end.minusMinutes(25), end, "Hỏi thủ tục hiến đất làm đường",
                "Đã hướng dẫn, phát mẫu đơn", "Phan Thị Thu"));
        assertThat(longOne.statusCode()).as(longOne.body()).isEqualTo(303);
        assertThat(longOne.headers().firstValue("Location").orElseThrow()).contains("/dialogues?recorded=");
        assertThat(count()).isEqualTo(before + 1);
        assertThat(jdbc.queryForMap("select desk_group, officer from mc_desk_dialogue where topic = 'Hỏi thủ tục hiến đất làm đường'"))
                .containsEntry("DESK_GROUP", "anphuocdesk").containsEntry("OFFICER", "tiepnhanap");
        String listed = browser.get("/dialogues?recorded=1", null).body();
        assertThat(listed).contains("Hỏi thủ tục hiến đất làm đường").contains("Phan Thị Thu").contains("quá 20 phút")
                .contains("Đã ghi lần đối thoại số 1.");

        // the end before the start, no topic: 400, the reasons in Vietnamese, the form as typed, nothing stored
        HttpResponse<String> bad = post(browser, form(csrf(listed), end, end.minusMinutes(5), "  ", "Đã hướng dẫn",
                "Người dân Bình"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("Cần ghi nội dung đối thoại.").contains("Chưa ghi được")
                .contains("value=\"Người dân Bình\"");
        HttpResponse<String> backwards = post(browser, form(csrf(listed), end, end.minusMinutes(5), "Hỏi lệ phí",
                "Đã hướng dẫn", ""));
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.body()).contains("Thời điểm kết thúc phải sau thời điểm bắt đầu.");
        Map<String, String> badDate = form(csrf(listed), end.minusMinutes(5), end, "Hỏi lệ phí", "Đã hướng dẫn", "");
        badDate.put("startedAt", "31/02/2026 08:00");
        HttpResponse<String> impossible = post(browser, badDate);
        assertThat(impossible.statusCode()).isEqualTo(400);
        assertThat(impossible.body()).contains("Ngày giờ không có thật");
        badDate.put("startedAt", "8h sáng nay");
        assertThat(post(browser, badDate).body()).contains("Thời điểm bắt đầu ghi theo dạng ngày/tháng/năm giờ:phút");
        assertThat(count()).isEqualTo(before + 1);

        // without the CSRF token: refused, nothing stored
        Map<String, String> forged = form(token, end.minusMinutes(5), end, "Giả mạo", "Giả mạo", "");
        forged.remove("_csrf");
        assertThat(post(browser, forged).statusCode()).isEqualTo(403);
        assertThat(count()).isEqualTo(before + 1);

        // another desk neither sees it on its page; a unit other than a desk has no page
        HttpCalls otherDesk = new HttpCalls(port);
        otherDesk.webappLogin("tasklist", "tiepnhan1", "demo");
        HttpResponse<String> theirs = otherDesk.get("/dialogues", null);
        assertThat(theirs.statusCode()).isEqualTo(200);
        assertThat(theirs.body()).doesNotContain("Hỏi thủ tục hiến đất làm đường").doesNotContain("Phan Thị Thu");
        HttpCalls specialist = new HttpCalls(port);
        specialist.webappLogin("tasklist", "chuyenvien1", "demo");
        HttpResponse<String> notDesk = specialist.get("/dialogues", null);
        assertThat(notDesk.statusCode()).isEqualTo(403);
        assertThat(notDesk.body()).contains("Chỉ dành cho Bộ phận Một cửa");

        // the file pages' header links the page
        assertThat(browser.get("/files", null).body()).contains("href=\"/dialogues\"").contains("Đối thoại tại quầy");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from mc_desk_dialogue", Long.class);
    }

    private static String csrf(String html) {
        Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("a CSRF token in the page").isTrue();
        return m.group(1);
    }

    private static Map<String, String> form(String token, ZonedDateTime start, ZonedDateTime end, String topic,
            String outcome, String person) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", token);
        fields.put("startedAt", DialoguePage.MOMENT.format(start));
        fields.put("endedAt", DialoguePage.MOMENT.format(end));
        fields.put("topic", topic);
        fields.put("outcome", outcome);
        fields.put("dossierCode", "");
        fields.put("personName", person);
        return fields;
    }

    private static HttpResponse<String> post(HttpCalls browser, Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(browser.uri("/dialogues"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return browser.client().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
