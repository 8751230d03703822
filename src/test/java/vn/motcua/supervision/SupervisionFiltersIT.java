package vn.motcua.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.motcua.support.HttpCalls;
import vn.motcua.support.IntegrationTest;

/**
 * The dashboard against a crafted link: a unit or procedure it does not offer is refused with a
 * Vietnamese reason, never echoed into a page or an export (where a formula would run).
 */
@IntegrationTest
class SupervisionFiltersIT {

    static final String FORMULA = "=HYPERLINK(\"http://x\"&B5,\"Bấm\")";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void unknownUnitsAndProceduresAreRefusedNotEchoed() throws Exception {
        HttpCalls browser = DashboardBrowser.loggedIn(port, "giamsat1");
        List<String> failures = new ArrayList<>();
        for (String page : List.of("/supervision", "/supervision/files?indicator=RECEIVED", "/supervision/export.csv",
                "/supervision/export.xlsx")) {
            String join = page.contains("?") ? "&" : "?";
            for (String query : List.of("procedure=" + enc(FORMULA), "unit=" + enc("<b>x</b>"), "unit=" + enc(FORMULA),
                    "procedure=khong-co-thu-tuc-nay")) {
                HttpResponse<String> response = browser.get(page + join + query, null);
                String shown = page + join + query + " → " + response.statusCode() + " " + abbreviate(response.body());
                if (response.statusCode() != 400) {
                    failures.add("expected 400: " + shown);
                } else if (response.body().contains("HYPERLINK") || response.body().contains("<b>x</b>")
                        || response.body().contains("khong-co-thu-tuc-nay")) {
                    failures.add("echoes the value: " + shown);
                } else if (!response.body().contains("không có")) {
                    failures.add("no Vietnamese reason: " + shown);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void knownUnitsAndProceduresStillFilter() throws Exception {
        String registerOnly = "kpi-" + UUID.randomUUID().toString().substring(0, 8);
        RegisterFixture.march2020().insert(jdbc, registerOnly);
        HttpCalls browser = DashboardBrowser.loggedIn(port, "giamsat1");
        for (String query : List.of("unit=landoffice", "unit=", "procedure=land-use-conversion", "procedure=" + registerOnly,
                "unit=taxoffice&procedure=parcel-split")) {
            assertThat(browser.get("/supervision?" + query, null).statusCode()).as(query).isEqualTo(200);
            assertThat(browser.get("/supervision/export.csv?" + query, null).statusCode()).as(query).isEqualTo(200);
        }
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
