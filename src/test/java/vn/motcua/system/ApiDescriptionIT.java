package vn.motcua.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.support.HttpCalls;
import vn.motcua.support.IntegrationTest;

/** The API's description is generated from the controllers, for officers only, and covers every door of /api. */
@IntegrationTest
class ApiDescriptionIT {

    @LocalServerPort
    int port;

    @Test
    void officersReadTheDescriptionOfEveryApiDoor() throws Exception {
        HttpCalls calls = new HttpCalls(port);
        assertThat(calls.get("/api/openapi", null).statusCode()).isEqualTo(401);

        HttpResponse<String> description = calls.get("/api/openapi", "tiepnhan1:demo");
        assertThat(description.statusCode()).isEqualTo(200);
        JsonNode api = new ObjectMapper().readTree(description.body());
        assertThat(api.path("openapi").asText()).startsWith("3.");
        assertThat(api.path("paths").properties()).extracting(java.util.Map.Entry::getKey)
                .contains("/api/dossiers", "/api/dossiers/{code}", "/api/files/search",
                        "/api/partners/{agency}/callbacks", "/api/partners/portal/files",
                        "/api/partners/hotline/complaints", "/api/public/dossiers/{code}/letters",
                        "/api/complaints", "/api/calendar/due-date")
                .allSatisfy(path -> assertThat(path).startsWith("/api/"));
        assertThat(api.at("/components/securitySchemes/officer/scheme").asText()).isEqualTo("basic");
        assertThat(description.body()).contains("X-Motcua-Signature").doesNotContain("/engine-rest", "/simulator/");
    }
}
