package vn.motcua.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.motcua.support.HttpCalls;
import vn.motcua.support.IntegrationTest;

/** Who may open the dashboard, what a unit leader sees, and the exports, through a browser's eyes. */
@IntegrationTest
class SupervisionWebIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anonymousVisitorsAreSentToTheVietnameseLoginPage() throws Exception {
        HttpCalls browser = new HttpCalls(port);
        HttpResponse<String> dashboard = browser.get("/supervision", null);
        assertThat(dashboard.statusCode()).isEqualTo(302);
        assertThat(dashboard.headers().firstValue("Location").orElseThrow()).endsWith("/supervision/login");

        HttpResponse<String> login = browser.get("/supervision/login", null);
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("Đăng nhập", "Mật khẩu", "name=\"_csrf\"");
    }

    @Test
    void aLoginWithoutTheCsrfTokenIsRefused() throws Exception {
        HttpCalls browser = new HttpCalls(port);
        HttpResponse<String> post = browser.client().send(form(browser, "/supervision/login",
                "username=giamsat1&password=demo"), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(403);
    }

    @Test
    void aSupervisorSeesTheDashboardWithItsDefinitions() throws Exception {
        HttpCalls browser = loggedIn("giamsat1");
        HttpResponse<String> page = browser.get("/supervision", null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Tỷ lệ đúng hạn", "100% − tỷ lệ trễ hạn", "Gia Lai",
                "Quyết định 766/QĐ-TTg", "Tạm ngưng quá hạn biên nhận", "chart.umd.js");
        assertThat(browser.get("/webjars/chart.js/4.4.1/dist/chart.umd.js", null).statusCode()).isEqualTo(200);
    }

    @Test
    void theDashboardSaysWhenTheRulesBehindItMayBeOutOfDate() throws Exception {
        // 01/12/2026: no province table after 01/07/2026 (Decree 49/2026 Art 15), and from November on
        // next year's holidays are only computed.
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(java.time.LocalDate.of(2026, 12, 1)
                .atTime(9, 0).atZone(vn.motcua.calendar.DeadlineCalculator.ZONE).toInstant()));
        try {
            HttpResponse<String> page = loggedIn("giamsat1").get("/supervision", null);
            assertThat(page.body()).contains("class=\"notices\"", "Nghị định 49/2026/NĐ-CP Điều 15",
                    "lịch nghỉ lễ, Tết năm 2027");
        } finally {
            org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        }
    }

    @Test
    void aSpecialistIsForbidden() throws Exception {
        HttpCalls browser = loggedIn("chuyenvien1");
        HttpResponse<String> page = browser.get("/supervision", null);

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("Không có quyền truy cập");
        assertThat(browser.get("/supervision/export.csv", null).statusCode()).isEqualTo(403);
    }

    @Test
    void aUnitLeaderSeesOnlyTheirUnitWhateverTheyAskFor() throws Exception {
        String procedure = "kpi-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> codes = RegisterFixture.march2020().insert(jdbc, procedure);
        String asked = "/supervision/files?indicator=TO_PROCESS&from=2020-03&to=2020-03&unit=landoffice&procedure="
                + procedure;

        String supervisor = loggedIn("giamsat1").get(asked, null).body();
        assertThat(supervisor).contains(codes.get("F1"), codes.get("F2"), codes.get("F3")).doesNotContain(codes.get("F6"));

        HttpResponse<String> leader = loggedIn("lanhdaovpdk").get(asked, null);
        assertThat(leader.statusCode()).isEqualTo(200);
        assertThat(leader.body()).contains(codes.get("F3"), codes.get("F6"), "Chi nhánh Văn phòng đăng ký đất đai")
                .doesNotContain(codes.get("F1"), codes.get("F2"));
        HttpResponse<String> dashboard = loggedIn("lanhdao1").get("/supervision?unit=landregistry", null);
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("Lãnh đạo đơn vị: Phòng Kinh tế xã Long Thành")
                .doesNotContain("<option value=\"landregistry\"");
    }

    @Test
    void excelExportOpensWithVietnameseHeaders() throws Exception {
        HttpCalls browser = loggedIn("giamsat1");
        HttpResponse<byte[]> xlsx = browser.client().send(HttpRequest.newBuilder(
                browser.uri("/supervision/export.xlsx?from=2020-03&to=2020-03")).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo("attachment; filename=\"chi-tieu-2020-03_2020-03.xlsx\"");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Row header = workbook.getSheet("Tổng hợp").getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Chỉ tiêu");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Giá trị");
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("Định nghĩa");
            assertThat(header.getCell(3).getStringCellValue()).isEqualTo("Nguồn");
            assertThat(workbook.getSheet("Theo tháng").getRow(0).getCell(0).getStringCellValue()).isEqualTo("Tháng");
        }
    }

    @Test
    void csvExportCarriesAByteOrderMark() throws Exception {
        HttpCalls browser = loggedIn("giamsat1");
        HttpResponse<byte[]> csv = browser.client().send(HttpRequest.newBuilder(
                browser.uri("/supervision/export.csv?from=2020-03&to=2020-03")).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        byte[] body = csv.body();
        assertThat(new byte[] {body[0], body[1], body[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(body, StandardCharsets.UTF_8)).contains("Chỉ tiêu,Giá trị,Định nghĩa,Nguồn",
                "Tỷ lệ đúng hạn");
    }

    /** Logs in through the form, as a browser does: fetch the page for its CSRF token, post, keep the cookie. */
    HttpCalls loggedIn(String user) throws Exception {
        HttpCalls browser = new HttpCalls(port);
        String page = browser.get("/supervision/login", null).body();
        Matcher token = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).as("CSRF token on the login page").isTrue();
        HttpResponse<String> post = browser.client().send(form(browser, "/supervision/login",
                "username=" + user + "&password=demo&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(302);
        assertThat(post.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return browser;
    }

    private static HttpRequest form(HttpCalls browser, String path, String body) {
        return HttpRequest.newBuilder(browser.uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
