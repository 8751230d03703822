package vn.motcua.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import jakarta.servlet.Filter;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.ReceivedFile;
import vn.motcua.support.HttpCalls;
import vn.motcua.support.IntegrationTest;

/**
 * The demo secrets are public (application.yaml). An answer signed with one is taken only from
 * this machine, where the simulator sends it; from anywhere else it is refused and moves nothing,
 * whatever forwarding headers claim.
 */
@IntegrationTest
class DemoSecretCallbackIT {

    private static final String EXTRACT = "{\"extractNumber\":\"TL-77\",\"parcelAreaM2\":215}";

    @LocalServerPort
    int port;
    @Autowired
    WebApplicationContext context;
    @Autowired
    DossierService dossiers;
    @Autowired
    TaskService taskService;
    @Autowired
    PartnerAgencyStub agencyStub;
    @Autowired
    PartnerExchanges exchanges;

    @Test
    void anAnswerSignedWithADemoSecretIsTakenOnlyFromThisMachine() throws Exception {
        ProcessInstance exchange = fileAtTheRegistrationOffice();
        agencyStub.runJobs(exchange);
        String key = agencyStub.keyOf(exchange);
        String body = "{\"exchangeId\":\"" + key + "\",\"outcome\":\"DONE\",\"reference\":\"VP-1\",\"data\":" + EXTRACT + "}";
        long now = Instant.now().getEpochSecond();
        String signature = CallbackSignature.sign("demo-secret-land-registry", now, body);

        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .addFilters(context.getBean("springSecurityFilterChain", Filter.class)).build();
        MockHttpServletResponse forged = mvc.perform(post("/api/partners/land-registry/callbacks")
                .contentType("application/json").content(body)
                .header(CallbackSignature.TIMESTAMP_HEADER, Long.toString(now))
                .header(CallbackSignature.SIGNATURE_HEADER, signature)
                .header("X-Forwarded-For", "127.0.0.1")
                .with(r -> {
                    r.setRemoteAddr("203.0.113.7");
                    return r;
                })).andReturn().getResponse();
        assertThat(forged.getStatus()).as(forged.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(403);
        assertThat(forged.getContentAsString(StandardCharsets.UTF_8)).contains("khóa ký mặc định");
        assertThat(exchanges.find(key).orElseThrow().status()).as("the forged answer moved nothing")
                .isEqualTo(PartnerExchange.Status.SENT);

        // The simulator's own answer comes from this machine and is still taken.
        HttpResponse<String> local = new HttpCalls(port).client().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/partners/land-registry/callbacks"))
                .header("Content-Type", "application/json")
                .header(CallbackSignature.TIMESTAMP_HEADER, Long.toString(now))
                .header(CallbackSignature.SIGNATURE_HEADER, signature)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(local.statusCode()).as(local.body()).isEqualTo(200);
        assertThat(exchanges.find(key).orElseThrow().status()).isEqualTo(PartnerExchange.Status.ANSWERED);
    }

    private ProcessInstance fileAtTheRegistrationOffice() {
        Dossier dossier = dossiers.receive(new ReceivedFile("land-use-conversion", null, Channel.ONLINE,
                new Dossier.Applicant("Mạc Văn Khải", "001203004567", null, null, "Thôn Đông"),
                new Dossier.Parcel("12", "345", "Thôn Đông, xã Long Thành", "26041", false), "Chuyển mục đích", null),
                "tiepnhan1");
        Task appraisal = taskService.createTaskQuery().processInstanceBusinessKey(dossier.code())
                .taskDefinitionKey("appraiseFile").singleResult();
        taskService.complete(appraisal.getId(), Map.of("appraisalDecision", "PROCEED", "appraisalFindings", "Đủ điều kiện"));
        return agencyStub.exchange(dossier.code(), "provideCadastralExtract").orElseThrow();
    }
}
