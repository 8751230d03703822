package vn.motcua.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.motcua.support.HttpCalls;

/** A browser logged into the dashboard through its form, as SupervisionWebIT logs in: CSRF token, post, cookie. */
final class DashboardBrowser {

    private DashboardBrowser() {
    }

    static HttpCalls loggedIn(int port, String user) throws Exception {
        HttpCalls browser = new HttpCalls(port);
        String page = browser.get("/supervision/login", null).body();
        Matcher token = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).as("CSRF token on the login page").isTrue();
        HttpResponse<String> post = browser.client().send(HttpRequest.newBuilder(browser.uri("/supervision/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo&_csrf="
                        + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(302);
        assertThat(post.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return browser;
    }
}
