package vn.motcua.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.support.HttpCalls;
import vn.motcua.support.IntegrationTest;

/**
 * A browser that hits an error outside Camunda's webapps gets a Vietnamese page with a way back to
 * Tasklist, not Spring's "Whitelabel Error Page"; a JSON caller of the API still gets JSON.
 */
@IntegrationTest
class ErrorPageIT {

    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @LocalServerPort
    int port;

    @Test
    void browsersGetAVietnamesePageWithTheWayBackToTasklist() throws Exception {
        HttpResponse<String> missing = browser("GET", "/khong-co-trang-nay?x=<script>alert(1)</script>");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(missing.body()).contains("<html lang=\"vi\"", "Lỗi 404", "Không tìm thấy trang", "Thời điểm: ",
                "href=\"/camunda/app/tasklist/\"", "Về Danh sách công việc", "href=\"/error-page.css\"")
                .doesNotContain("Whitelabel", "<script>", "Exception");

        HttpResponse<String> wrongMethod = browser("POST", "/error-page.css");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.body()).contains("Lỗi 405", "Thao tác không được hỗ trợ").doesNotContain("Whitelabel");

        HttpResponse<String> stylesheet = browser("GET", "/error-page.css");
        assertThat(stylesheet.statusCode()).isEqualTo(200);
        assertThat(stylesheet.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
    }

    @Test
    void jsonCallersOfTheApiStillGetJson() throws Exception {
        HttpResponse<String> missing = new HttpCalls(port).get("/api/khong-co", "chuyenvien1:demo");
        assertThat(missing.statusCode()).isEqualTo(404);
        JsonNode body = new ObjectMapper().readTree(missing.body());
        assertThat(body.path("status").asInt()).isEqualTo(404);
        assertThat(body.path("message").asText()).isEqualTo("Không tìm thấy địa chỉ được yêu cầu.");

        HttpResponse<String> anonymous = new HttpCalls(port).get("/khong-co-trang-nay", null);
        assertThat(anonymous.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    }

    private HttpResponse<String> browser(String method, String path) throws Exception {
        HttpCalls calls = new HttpCalls(port);
        HttpRequest request = HttpRequest.newBuilder(calls.uri(path.replace("<", "%3C").replace(">", "%3E")))
                .header("Accept", BROWSER_ACCEPT)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        return calls.client().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
