package vn.motcua.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.partner.PortalSync;
import vn.motcua.support.HttpCalls;
import vn.motcua.support.IntegrationTest;

/**
 * What an operator's monitoring reads: the metrics only with an administrator's or a supervisor's
 * account, the health and readiness probes without one, and without details.
 */
@IntegrationTest
class OperatorEndpointsIT {

    @LocalServerPort
    int port;
    @Autowired
    PortalSync portalSync;

    private HttpCalls calls;

    @BeforeEach
    void client() {
        calls = new HttpCalls(port);
    }

    /** As Prometheus scrapes: plain text, HTTP Basic. */
    private HttpResponse<String> scrape(String credentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(calls.uri("/actuator/prometheus")).header("Accept", "text/plain");
        if (credentials != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return calls.client().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void prometheusShowsTheMotcuaMetricsToOperatorsOnly() throws Exception {
        portalSync.sendPending(); // at least one call to an agency (the simulated portal), so its timer exists

        HttpResponse<String> admin = scrape("admin:demo");
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("motcua_jobs_due{", "motcua_jobs_failed{", "motcua_incidents_open{",
                "motcua_portal_outbox_backlog{", "motcua_portal_outbox_oldest_wait_seconds{",
                "motcua_files_overdue{", "unit=\"landoffice\"",
                "motcua_partner_requests_seconds_count{", "agency=\"portal\"", "outcome=\"success\"");
        assertThat(scrape("giamsat1:demo").statusCode()).isEqualTo(200);

        HttpResponse<String> deskOfficer = scrape("tiepnhan1:demo");
        assertThat(deskOfficer.statusCode()).isEqualTo(403);
        assertThat(deskOfficer.body()).doesNotContain("motcua_");
        HttpResponse<String> anonymous = scrape(null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    }

    /** A scraper's account of the monitoring group reads the metrics and nothing of the files. */
    @Test
    void aMetricsOnlyAccountReadsMetricsAndNoFile() throws Exception {
        assertThat(scrape("vanhanh1:demo").statusCode()).isEqualTo(200);
        assertThat(scrape("vanhanh1:demo").body()).contains("motcua_jobs_due{");
        assertThat(calls.get("/actuator/health", "vanhanh1:demo").body()).contains("\"portalOutbox\"");

        assertThat(calls.get("/api/files/search?q=Nguyen", "vanhanh1:demo").statusCode()).isEqualTo(403);
        assertThat(calls.get("/api/dossiers", "vanhanh1:demo").statusCode()).isIn(403, 405);
        assertThat(calls.get("/api/complaints", "vanhanh1:demo").statusCode()).isEqualTo(403);
        HttpResponse<String> tasks = calls.get("/engine-rest/task", "vanhanh1:demo");
        assertThat(tasks.statusCode() == 403 || tasks.body().equals("[]")).as("tasks: %s %s", tasks.statusCode(), tasks.body()).isTrue();
        HttpResponse<String> instances = calls.get("/engine-rest/process-instance", "vanhanh1:demo");
        assertThat(instances.statusCode() == 403 || instances.body().equals("[]")).as("instances: %s", instances.body()).isTrue();
        assertThat(calls.get("/supervision", "vanhanh1:demo").statusCode()).isNotEqualTo(200);
    }

    @Test
    void theMetricsEndpointIsForOperatorsToo() throws Exception {
        assertThat(calls.get("/actuator/metrics/motcua.jobs.due", "admin:demo").statusCode()).isEqualTo(200);
        assertThat(calls.get("/actuator/metrics", "tiepnhan1:demo").statusCode()).isEqualTo(403);
        assertThat(calls.get("/actuator/metrics", null).statusCode()).isEqualTo(401);
        assertThat(calls.get("/actuator/env", "admin:demo").statusCode()).as("not exposed").isEqualTo(404);
    }

    @Test
    void healthIsPublicWithoutDetailsAndOperatorsSeeThePortalOutbox() throws Exception {
        HttpResponse<String> anonymous = calls.get("/actuator/health", null);
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body()).doesNotContain("components", "portalOutbox");

        HttpResponse<String> admin = calls.get("/actuator/health", "admin:demo");
        assertThat(admin.body()).contains("\"portalOutbox\"", "\"db\"");
        assertThat(calls.get("/actuator/health", "tiepnhan1:demo").body()).doesNotContain("components");
    }

    @Test
    void readinessAndLivenessAnswerOnceTheNodeIsSeeded() throws Exception {
        HttpResponse<String> readiness = calls.get("/actuator/health/readiness", null);
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"UP\"");
        assertThat(calls.get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
    }
}
