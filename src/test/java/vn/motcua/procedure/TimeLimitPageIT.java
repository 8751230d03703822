package vn.motcua.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.support.HttpCalls;
import vn.motcua.support.IntegrationTest;

/** The analyst reads the time-limit tables and what a reload would change, in Vietnamese, without editing. */
@IntegrationTest
class TimeLimitPageIT {

    @LocalServerPort
    int port;

    @Test
    void theAnalystSeesLimitsSourcesStepNamesAndWhatAReloadWouldChange() throws Exception {
        Path dir = Path.of("target/it-time-limits");
        Files.createDirectories(dir);
        Path table = dir.resolve("province-H99.yaml");
        Files.writeString(table, """
                province: H99
                setBy: "Quyết định thử 99/QĐ-UBND"
                effectiveFrom: 2027-01-01
                procedures:
                  parcel-split:
                    workingDays: 10
                    # the national quotas add up to 12: a shorter limit restates them
                    steps: { appraiseFile: 2, surveyParcel: 3, approveSplit: 2, updateLandRecords: 2, returnResult: 1 }
                """);
        // 01/12/2026: next year's holidays are computed only, which the analyst is told too.
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(java.time.LocalDate.of(2026, 12, 1)
                .atTime(9, 0).atZone(vn.motcua.calendar.DeadlineCalculator.ZONE).toInstant()));
        try {
            HttpResponse<String> page = loggedIn("phantich1").get("/supervision/time-limits", null);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Chuyển mục đích sử dụng đất", "20 ngày làm việc",
                    "Thẩm định hồ sơ, kiểm tra thực địa", "Nghị định 151/2025/NĐ-CP", "hiệu lực từ", "01/07/2025",
                    "(không tính vào thời hạn)", "province-H99.yaml: bảng mới, áp dụng từ 01/01/2027 cho parcel-split",
                    "lịch nghỉ lễ, Tết năm 2027")
                    .doesNotContain("<form method=\"post\" action=\"/api/procedures/reload\"");
        } finally {
            Files.deleteIfExists(table);
            org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        }
        assertThat(loggedIn("chuyenvien1").get("/supervision/time-limits", null).statusCode()).isEqualTo(403);
    }

    private HttpCalls loggedIn(String user) throws Exception {
        HttpCalls browser = new HttpCalls(port);
        Matcher token = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"")
                .matcher(browser.get("/supervision/login", null).body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> login = browser.client().send(HttpRequest.newBuilder(browser.uri("/supervision/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo&_csrf="
                        + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        return browser;
    }
}
