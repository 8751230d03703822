package vn.motcua.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.Filter;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import vn.motcua.support.HttpCalls;
import vn.motcua.support.IntegrationTest;

/**
 * The simulator plays the agencies for this node only: it answers callers on the loopback
 * interface (the node itself, tests, the cluster check) and refuses everyone else with 403, whatever
 * forwarding headers they add. MockMvc stands in for a caller from another machine.
 */
@IntegrationTest
class SimulatorAccessIT {

    private static final String OUTSIDER = "203.0.113.7";

    @LocalServerPort
    int port;
    @Autowired
    WebApplicationContext context;

    private MockMvc mvc;

    @BeforeEach
    void mockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .addFilters(context.getBean("springSecurityFilterChain", Filter.class)).build();
    }

    @Test
    void callersFromAnotherMachineAreRefusedEvenWithForwardingHeaders() throws Exception {
        List<MockHttpServletRequestBuilder> requests = List.of(
                get("/simulator/effects"),
                get("/simulator/effects").header("X-Forwarded-For", "127.0.0.1").header("X-Real-IP", "127.0.0.1")
                        .header("Forwarded", "for=127.0.0.1"),
                post("/simulator/land-registry/cadastral-extracts").header("Authorization", "Basic bW90Y3VhOmRlbW8tbGFuZC1yZWdpc3RyeQ==")
                        .header("Idempotency-Key", "k1").contentType("application/json").content("{\"dossierCode\":\"x\"}"),
                post("/simulator/land-registry/cadastral-extracts/k1/reminders"));
        for (MockHttpServletRequestBuilder request : requests) {
            MockHttpServletResponse response = mvc.perform(request.with(r -> {
                r.setRemoteAddr(OUTSIDER);
                return r;
            })).andReturn().getResponse();
            String body = response.getContentAsString(StandardCharsets.UTF_8);
            assertThat(response.getStatus()).as(body).isEqualTo(403);
            assertThat(body).contains("chỉ nhận", "máy chủ").doesNotContain("requests", "land-registry:");
        }
    }

    @Test
    void theNodeItselfStillReadsTheEffects() throws Exception {
        var effects = new HttpCalls(port).get("/simulator/effects", null);
        assertThat(effects.statusCode()).isEqualTo(200);
        assertThat(effects.body()).contains("\"requests\"");
        MockHttpServletResponse local = mvc.perform(get("/simulator/effects").with(r -> {
            r.setRemoteAddr("::1");
            return r;
        })).andReturn().getResponse();
        assertThat(local.getStatus()).isEqualTo(200);
    }
}
