package vn.motcua.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.support.HttpCalls;
import vn.motcua.support.IntegrationTest;

/**
 * The dashboard's pages run only the scripts they ship (a strict Content-Security-Policy and no
 * inline script), cannot be framed, and keep their session cookie to same-site requests.
 */
@IntegrationTest
class SupervisionHeadersIT {

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);

    @LocalServerPort
    int port;

    @Test
    void theSessionCookieIsSameSite() throws Exception {
        HttpResponse<String> login = new HttpCalls(port).get("/supervision/login", null);
        assertThat(login.headers().allValues("Set-Cookie")).as("the session cookie")
                .anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicyAndNoInlineScript() throws Exception {
        HttpCalls browser = DashboardBrowser.loggedIn(port, "giamsat1");
        for (String page : List.of("/supervision/login", "/supervision", "/supervision/files?indicator=RECEIVED",
                "/supervision?unit=x")) {
            HttpResponse<String> response = browser.get(page, null);
            List<String> policies = response.headers().allValues("Content-Security-Policy");
            assertThat(policies).as(page).hasSize(1);
            assertThat(policies.get(0)).as(page).contains("default-src 'none'", "script-src 'self'", "frame-ancestors 'none'",
                    "object-src 'none'", "base-uri 'none'", "form-action 'self'").doesNotContain("unsafe-inline",
                    "unsafe-eval");
            assertThat(INLINE_SCRIPT.matcher(response.body()).find()).as(page + " has an inline script").isFalse();
            assertThat(response.body()).as(page).doesNotContain(" style=\"", "<style", " onclick=", " onload=");
        }
        assertThat(browser.get("/supervision", null).body()).as("the chart data, as an attribute")
                .contains("data-kpi=\"{&quot;months&quot;:[");
    }
}
