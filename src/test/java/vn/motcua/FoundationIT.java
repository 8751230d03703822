package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.support.HttpCalls;
import vn.motcua.support.IntegrationTest;

/** What a newcomer sees after the run command: the webapps, REST API and health endpoint. */
@IntegrationTest
class FoundationIT {

    @LocalServerPort
    int port;

    private HttpCalls calls;

    @BeforeEach
    void client() {
        calls = new HttpCalls(port);
    }

    @Test
    void healthIsUp() throws Exception {
        HttpResponse<String> response = get("/actuator/health", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"UP\"");
    }

    @Test
    void tasklistCockpitAndAdminAnswer() throws Exception {
        for (String app : new String[] {"tasklist", "cockpit", "admin"}) {
            assertThat(get("/camunda/app/" + app + "/default/", null).statusCode()).as(app).isEqualTo(200);
        }
    }

    /** A wrong password would lock a demo officer for seconds and break other tests: use an unknown user. */
    @Test
    void engineRestRequiresAuthentication() throws Exception {
        assertThat(get("/engine-rest/process-definition/count", null).statusCode()).isEqualTo(401);
        assertThat(get("/engine-rest/process-definition/count", "khongtontai:wrong").statusCode()).isEqualTo(401);
        assertThat(get("/engine-rest/process-definition/count", "giamsat1:demo").statusCode()).isEqualTo(200);
    }

    @Test
    void projectApiRequiresAuthenticationWithReadableReason() throws Exception {
        HttpResponse<String> response = get("/api/dossiers/ANY", null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("Cần đăng nhập");
    }

    @Test
    void publicCalendarAnswersWithoutLoginAndRefusesNonsense() throws Exception {
        HttpResponse<String> due = get("/api/calendar/due-date?from=2026-02-13&workingDays=1", null);
        assertThat(due.statusCode()).isEqualTo(200);
        assertThat(due.body()).contains("\"dueDate\":\"2026-02-23\"");
        HttpResponse<String> bad = get("/api/calendar/due-date?from=2026-02-30&workingDays=1", null);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).doesNotContain("Exception");
        assertThat(get("/api/calendar/2026", null).body()).contains("2026-08-22");
    }

    @Test
    void demoDeskOfficerLogsIntoTasklist() throws Exception {
        HttpResponse<String> response = calls.webappLogin("tasklist", "tiepnhan1", "demo");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"userId\":\"tiepnhan1\"").contains("tasklist").doesNotContain("cockpit");
    }

    private HttpResponse<String> get(String path, String credentials) throws Exception {
        return calls.get(path, credentials);
    }
}
