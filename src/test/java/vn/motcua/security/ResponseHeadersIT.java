package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.support.HttpCalls;
import vn.motcua.support.IntegrationTest;

/**
 * Every answer of the application tells the browser not to guess its type (nosniff), whoever
 * wrote it: our API, Camunda's REST API and webapps, the simulator, actuator, static files and
 * error answers. Camunda's webapps keep their own Content-Security-Policy, and only that one.
 */
@IntegrationTest
class ResponseHeadersIT {

    @LocalServerPort
    int port;

    @Test
    void everyAnswerCarriesNosniffOnce() throws Exception {
        HttpCalls calls = new HttpCalls(port);
        List<String> failures = new ArrayList<>();
        for (String[] probe : new String[][] {
                {"/engine-rest/engine", null},
                {"/engine-rest/task", null},
                {"/engine-rest/task", "chuyenvien1:demo"},
                {"/engine-rest/no-such-thing", "chuyenvien1:demo"},
                {"/simulator/effects", null},
                {"/simulator/no-such-agency/x", null},
                {"/actuator/health", null},
                {"/actuator/info", null},
                {"/actuator/env", null},
                {"/api/calendar/2026", null},
                {"/camunda/app/tasklist/default/", null},
                {"/webjars/chart.js/4.4.1/dist/chart.umd.js", null},
                {"/supervision/assets/supervision.css", null},
                {"/no-such-page", null}}) {
            HttpResponse<String> response = calls.get(probe[0], probe[1]);
            List<String> values = response.headers().allValues("X-Content-Type-Options");
            if (!values.equals(List.of("nosniff"))) {
                failures.add(probe[0] + " → " + response.statusCode() + " X-Content-Type-Options: " + values);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void camundaWebappsKeepTheirOwnSinglePolicy() throws Exception {
        HttpResponse<String> tasklist = new HttpCalls(port).get("/camunda/app/tasklist/default/", null);
        assertThat(tasklist.statusCode()).isEqualTo(200);
        List<String> policies = tasklist.headers().allValues("Content-Security-Policy");
        assertThat(policies).hasSize(1);
        assertThat(policies.get(0)).as("Camunda's own policy").contains("nonce-");
    }
}
