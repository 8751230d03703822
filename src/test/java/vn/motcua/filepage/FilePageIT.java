package vn.motcua.filepage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.motcua.calendar.DayFormat;
import vn.motcua.support.HttpCalls;
import vn.motcua.support.IntegrationTest;

/**
 * The officer's file page through a browser's eyes: what a demo file shows its desk, the refusals as
 * Vietnamese pages, and one sign-on with Camunda's webapps in both directions, logout included.
 */
@IntegrationTest
class FilePageIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;

    @Test
    void theDeskLoggedIntoTasklistReadsTheWholeFileWithoutASecondLogin() throws Exception {
        Map<String, Object> file = demoFileAtTheLandOffice();
        String code = (String) file.get("code");
        Task open = taskService.createTaskQuery().processInstanceBusinessKey(code).active().list().get(0);
        String comment = "Đã gọi điện cho người nộp, hẹn bổ sung bản đồ " + System.nanoTime();
        identityService.setAuthenticatedUserId("chuyenvien1");
        try {
            taskService.createComment(open.getId(), open.getProcessInstanceId(), comment);
        } finally {
            identityService.clearAuthentication();
        }
        Map<String, Object> letter = jdbc.queryForMap("select l.id, l.title from mc_letter l join mc_dossier d on d.id ="
                + " l.dossier_id where d.code = ? order by l.id fetch first 1 rows only", code);
        HttpCalls tasklist = new HttpCalls(port);
        assertThat(tasklist.webappLogin("tasklist", "tiepnhan1", "demo").statusCode()).isEqualTo(200);

        HttpResponse<String> page = tasklist.get("/files/" + code, null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'", "frame-ancestors 'self'").doesNotContain("unsafe-inline");
        String html = page.body();
        assertThat(html).contains(code, (String) file.get("applicant_name"), "Phiếu kiểm soát quá trình",
                "Đang giữ hồ sơ", "Phòng Kinh tế xã Long Thành", open.getName(), "Lê Minh Tuấn (chuyenvien1)", comment,
                "Ngày hẹn trả kết quả", DayFormat.of(((java.sql.Date) file.get("due_date")).toLocalDate()),
                "Hẹn khi tiếp nhận", "Thành phần hồ sơ đã nhận", (String) letter.get("title"),
                "/files/" + code + "/letters/" + letter.get("id") + "\"", ">In</a>",
                "/files/" + code + "/letters/" + letter.get("id") + "?download=true\"", ">Tải về</a>");
        assertThat(html).containsAnyOf("verdict-early", "verdict-on_time", "verdict-late");
        assertThat(html).doesNotContain("<script>", "style=\"");

        HttpResponse<byte[]> download = tasklist.client().send(HttpRequest.newBuilder(tasklist.uri("/files/" + code
                + "/letters/" + letter.get("id") + "?download=true")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;");
        assertThat(new String(download.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void anotherCommunesDeskGetsAVietnameseRefusal() throws Exception {
        String code = (String) demoFileAtTheLandOffice().get("code");
        HttpCalls anPhuoc = new HttpCalls(port);
        anPhuoc.webappLogin("tasklist", "tiepnhanap", "demo");

        HttpResponse<String> page = anPhuoc.get("/files/" + code, null);

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("Không có quyền xem hồ sơ", "chưa qua đơn vị của ông/bà")
                .doesNotContain(code + "</span>");
        HttpResponse<String> letter = anPhuoc.get("/files/" + code + "/letters/1", null);
        assertThat(letter.statusCode()).isEqualTo(403);
    }

    @Test
    void anUnknownCodeGetsAVietnameseNotFoundPage() throws Exception {
        HttpCalls tasklist = new HttpCalls(port);
        tasklist.webappLogin("tasklist", "tiepnhan1", "demo");

        HttpResponse<String> page = tasklist.get("/files/000.00.15.H57-000000-9999", null);

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Không tìm thấy hồ sơ", "000.00.15.H57-000000-9999", "Về Danh sách công việc");
    }

    @Test
    void anAnonymousVisitorLogsInOnTheFormAndComesBackToTheFile() throws Exception {
        String code = (String) demoFileAtTheLandOffice().get("code");
        HttpCalls browser = new HttpCalls(port);

        assertThat(browser.get("/files/" + code + "/letters/1?download=true", null).statusCode()).isEqualTo(302);
        // as a browser asks for a page (a JSON call is not remembered to come back to)
        HttpResponse<String> page = browser.client().send(HttpRequest.newBuilder(browser.uri("/files/" + code))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/supervision/login");
        assertThat(browser.get("/supervision/login", null).body()).contains("Đăng nhập để xem hồ sơ",
                "Đã đăng nhập Tasklist hoặc Cockpit trên trình duyệt này thì không cần đăng nhập lại.");

        HttpResponse<String> login = formLogin(browser, "chuyenvien1");
        assertThat(login.headers().firstValue("Location").orElseThrow()).contains("/files/" + code);
        assertThat(browser.get("/files/" + code, null).statusCode()).isEqualTo(200);
    }

    @Test
    void aDashboardLoginIsATasklistLoginAndOneLogoutEndsBoth() throws Exception {
        HttpCalls browser = new HttpCalls(port);
        formLogin(browser, "giamsat1");

        HttpResponse<String> camunda = browser.get("/camunda/api/admin/auth/user/default", null);
        assertThat(camunda.statusCode()).isEqualTo(200);
        assertThat(camunda.body()).contains("\"userId\":\"giamsat1\"", "cockpit", "tasklist");
        assertThat(browser.get("/supervision", null).statusCode()).isEqualTo(200);

        // logging out of Cockpit logs out of the dashboard and the file page too
        browser.get("/camunda/app/cockpit/default/", null);
        HttpResponse<String> logout = browser.client().send(HttpRequest.newBuilder(
                browser.uri("/camunda/api/admin/auth/user/default/logout"))
                .header("X-XSRF-TOKEN", cookie(browser, "XSRF-TOKEN"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(logout.statusCode()).isEqualTo(200);
        assertThat(browser.get("/supervision", null).statusCode()).isEqualTo(302);
        assertThat(browser.get("/camunda/api/admin/auth/user/default", null).statusCode()).isEqualTo(404);
    }

    @Test
    void loggingOutOfTheDashboardLogsOutOfTasklist() throws Exception {
        HttpCalls browser = new HttpCalls(port);
        browser.webappLogin("tasklist", "lanhdao1", "demo");
        HttpResponse<String> dashboard = browser.get("/supervision", null);
        assertThat(dashboard.statusCode()).isEqualTo(200);

        HttpResponse<String> logout = browser.client().send(form(browser, "/supervision/logout",
                "_csrf=" + URLEncoder.encode(csrfToken(dashboard.body()), StandardCharsets.UTF_8)),
                HttpResponse.BodyHandlers.ofString());

        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(browser.get("/camunda/api/admin/auth/user/default", null).statusCode()).isEqualTo(404);
    }

    /** A demo file received at Long Thành's desk, with a Long Thành parcel, now at the land office. */
    @Test
    void theOfficerFindsAFileByTheApplicantsNameWithoutDiacriticsAndOpensIt() throws Exception {
        Map<String, Object> file = demoFileAtTheLandOffice();
        String code = (String) file.get("code");
        String name = (String) file.get("applicant_name");
        String plain = java.text.Normalizer.normalize(name.replace('Đ', 'D').replace('đ', 'd'), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT);
        HttpCalls tasklist = new HttpCalls(port);
        assertThat(tasklist.webappLogin("tasklist", "tiepnhan1", "demo").statusCode()).isEqualTo(200);

        HttpResponse<String> found = tasklist.get("/files?q=" + URLEncoder.encode(plain, StandardCharsets.UTF_8), null);
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).contains("Tìm hồ sơ", "href=\"/files/" + code + "\"", name);

        HttpResponse<String> byTail = tasklist.get("/files?q=" + code.substring(code.length() - 11), null);
        assertThat(byTail.body()).contains("href=\"/files/" + code + "\"");

        HttpResponse<String> tooShort = tasklist.get("/files?q=a", null);
        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(tooShort.body()).contains("class=\"problem\"", "chữ");

        // another commune's desk does not find it
        HttpCalls otherDesk = new HttpCalls(port);
        assertThat(otherDesk.webappLogin("tasklist", "tiepnhanap", "demo").statusCode()).isEqualTo(200);
        assertThat(otherDesk.get("/files?q=" + URLEncoder.encode(plain, StandardCharsets.UTF_8), null).body())
                .doesNotContain("/files/" + code);
    }

    @Test
    void aStepSentToAnAgencysSystemSaysSoNotThatNoOfficerClaimedIt() throws Exception {
        Map<String, Object> waiting = jdbc.queryForMap("""
                select d.code, e.step_key from mc_partner_exchange e join mc_dossier d on d.id = e.dossier_id
                where e.status in ('OPEN', 'SENT') and d.code like '%H57%'
                  and exists (select 1 from mc_handover h where h.dossier_id = d.id and h.finished_at is null
                              and h.step_key = e.step_key)
                order by d.code fetch first 1 rows only""");
        HttpCalls supervisor = new HttpCalls(port);
        assertThat(supervisor.webappLogin("cockpit", "giamsat1", "demo").statusCode()).isEqualTo(200);

        String html = supervisor.get("/files/" + waiting.get("code"), null).body();

        assertThat(html).containsPattern("Đang chờ hệ thống của [^<]+ trả lời");
    }

    private Map<String, Object> demoFileAtTheLandOffice() {
        return jdbc.queryForMap("""
                select d.code, d.applicant_name, d.due_date from mc_dossier d
                where d.code like '%H57%' and d.commune_code = '26041' and d.status = 'IN_PROGRESS'
                  and exists (select 1 from mc_handover h where h.dossier_id = d.id and h.finished_at is null
                              and h.unit = 'landoffice')
                  and exists (select 1 from mc_handover h where h.dossier_id = d.id and h.outcome is not null)
                  and exists (select 1 from mc_letter l where l.dossier_id = d.id)
                order by d.code fetch first 1 rows only""");
    }

    private static HttpResponse<String> formLogin(HttpCalls browser, String user) throws Exception {
        String token = csrfToken(browser.get("/supervision/login", null).body());
        HttpResponse<String> post = browser.client().send(form(browser, "/supervision/login", "username=" + user
                + "&password=demo&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(302);
        assertThat(post.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return post;
    }

    private static String csrfToken(String page) {
        Matcher token = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).as("CSRF token on the page").isTrue();
        return token.group(1);
    }

    private static HttpRequest form(HttpCalls browser, String path, String body) {
        return HttpRequest.newBuilder(browser.uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String cookie(HttpCalls browser, String name) {
        return ((CookieManager) browser.client().cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name)).map(HttpCookie::getValue).findFirst().orElseThrow();
    }
}
