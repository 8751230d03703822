package vn.motcua.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.ReceivedFile;
import vn.motcua.support.HttpCalls;
import vn.motcua.support.IntegrationTest;

/**
 * The agencies' side of the wire: requests reach the simulator over HTTP with a stable
 * idempotency key, and answers come back on the signed callback endpoint, which refuses
 * everything that is not exactly the awaited answer, and changes nothing when it refuses.
 */
@IntegrationTest
class PartnerCallbackIT {

    private static final String EXTRACT = "{\"extractNumber\":\"TL-77\",\"parcelAreaM2\":215}";

    @LocalServerPort
    int port;
    @Autowired
    DossierService dossiers;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    PartnerAgencyStub agencyStub;
    @Autowired
    PartnerExchanges exchanges;
    @Autowired
    PartnerExchangeService exchangeService;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ObjectMapper json;

    HttpCalls calls;

    @BeforeEach
    void setUp() {
        calls = new HttpCalls(port);
    }

    /** A file whose cadastral extract was requested from the registration office, which holds it now. */
    private ProcessInstance fileAtTheRegistrationOffice(String applicant) {
        Dossier dossier = dossiers.receive(new ReceivedFile("land-use-conversion", null, Channel.ONLINE,
                new Dossier.Applicant(applicant, "001203004567", null, null, "Thôn Đông"),
                new Dossier.Parcel("12", "345", "Thôn Đông, xã Long Thành", "26041", false), "Chuyển mục đích", null),
                "tiepnhan1");
        Task appraisal = taskService.createTaskQuery().processInstanceBusinessKey(dossier.code())
                .taskDefinitionKey("appraiseFile").singleResult();
        taskService.complete(appraisal.getId(), Map.of("appraisalDecision", "PROCEED", "appraisalFindings", "Đủ điều kiện"));
        return agencyStub.exchange(dossier.code(), "provideCadastralExtract").orElseThrow();
    }

    private HttpResponse<String> callback(String agency, String secret, String body, long timestamp) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/partners/" + agency + "/callbacks"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (secret != null) {
            request.header(CallbackSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                    .header(CallbackSignature.SIGNATURE_HEADER, CallbackSignature.sign(secret, timestamp, body));
        }
        return calls.client().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> signed(String agency, String body) throws Exception {
        return callback(agency, "demo-secret-" + agency, body, Instant.now().getEpochSecond());
    }

    private String answer(String key, String data) {
        return "{\"exchangeId\":\"" + key + "\",\"outcome\":\"DONE\",\"reference\":\"VP-1\",\"data\":" + data + "}";
    }

    private JsonNode simulatorEffects() throws Exception {
        return json.readTree(calls.get("/simulator/effects", null).body());
    }

    @Test
    void theAwaitedAnswerMovesTheFileOnceAndEverythingElseIsRefusedWithItsReason() throws Exception {
        ProcessInstance exchange = fileAtTheRegistrationOffice("Hồ Thị Xuân");
        String code = exchange.getBusinessKey();
        assertThat(agencyStub.runJobs(exchange)).isEqualTo(1);
        String key = agencyStub.keyOf(exchange);
        assertThat(exchanges.find(key).orElseThrow().status()).isEqualTo(PartnerExchange.Status.SENT);
        assertThat(simulatorEffects().path("requests").path("land-registry:" + key).asInt()).isEqualTo(1);

        long now = Instant.now().getEpochSecond();
        String good = answer(key, EXTRACT);
        assertThat(callback("land-registry", null, good, now).statusCode()).as("unsigned").isEqualTo(401);
        assertThat(callback("land-registry", "wrong-secret", good, now).statusCode()).as("wrong secret").isEqualTo(401);
        assertThat(callback("land-registry", "demo-secret-land-registry", good, now - 3600).statusCode())
                .as("replayed an hour later").isEqualTo(401);
        assertThat(signed("no-such-agency", good).statusCode()).isEqualTo(404);
        assertThat(callback("tax", "demo-secret-tax", good, now).statusCode())
                .as("another agency answering for the registration office's request").isEqualTo(404);
        assertThat(signed("land-registry", answer("no-such-exchange", EXTRACT)).statusCode()).isEqualTo(404);
        assertThat(signed("land-registry", "{not json").statusCode()).isEqualTo(400);
        HttpResponse<String> missing = signed("land-registry", answer(key, "{\"extractNumber\":\"TL-77\"}"));
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("parcelAreaM2").doesNotContain("Exception");
        HttpResponse<String> smuggled = signed("land-registry",
                answer(key, "{\"extractNumber\":\"TL-77\",\"parcelAreaM2\":215,\"decision\":\"APPROVED\"}"));
        assertThat(smuggled.statusCode()).as("a field the diagram decides on cannot be set by an agency").isEqualTo(400);
        assertThat(smuggled.body()).contains("decision");
        assertThat(signed("land-registry", "{\"exchangeId\":\"" + key + "\",\"outcome\":\"MAYBE\"}").statusCode()).isEqualTo(400);
        assertThat(signed("land-registry", "{\"exchangeId\":\"" + key + "\",\"outcome\":\"REJECTED\"}").statusCode())
                .as("a refusal without a reason").isEqualTo(400);

        assertThat(exchanges.find(key).orElseThrow().status()).as("nothing refused changed the exchange")
                .isEqualTo(PartnerExchange.Status.SENT);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey("approveConversion").count())
                .isZero();

        HttpResponse<String> accepted = signed("land-registry", good);
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(accepted.body()).contains(code);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey("approveConversion").count())
                .isOne();
        PartnerExchange answered = exchanges.find(key).orElseThrow();
        assertThat(answered.status()).isEqualTo(PartnerExchange.Status.ANSWERED);
        assertThat(answered.outcome()).isEqualTo("DONE");
        Dossier dossier = dossiers.get(code);
        assertThat(runtimeService.getVariable(dossier.processInstanceId(), "extractNumber")).isEqualTo("TL-77");
        JsonNode held = json.readTree(calls.get("/api/dossiers/" + code + "/partner-exchanges", "chuyenvien1:demo").body());
        assertThat(held.get(0).path("agencyName").asText()).isEqualTo("Văn phòng đăng ký đất đai");
        assertThat(held.get(0).path("status").asText()).isEqualTo("ANSWERED");
        assertThat(held.get(0).path("agencyReference").asText()).as("the simulator's own number").startsWith("L-");
        assertThat(calls.get("/api/dossiers/" + code + "/partner-exchanges", null).statusCode()).isEqualTo(401);

        HttpResponse<String> duplicate = signed("land-registry", good);
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(duplicate.body()).contains("gửi trùng");
        assertThat(signed("land-registry", answer(key, "{\"extractNumber\":\"TL-78\",\"parcelAreaM2\":1}")).statusCode())
                .as("a second, different answer").isEqualTo(409);
        assertThat(runtimeService.getVariable(dossier.processInstanceId(), "extractNumber")).isEqualTo("TL-77");
    }

    @Test
    void anAnswerForAFileThatWasWithdrawnMeanwhileIsRefusedAsLate() throws Exception {
        ProcessInstance exchange = fileAtTheRegistrationOffice("Lò Văn Sáng");
        agencyStub.runJobs(exchange);
        String key = agencyStub.keyOf(exchange);
        dossiers.requestWithdrawal(exchange.getBusinessKey(), "Người nộp rút hồ sơ", "tiepnhan1");
        assertThat(exchanges.find(key).orElseThrow().status()).isEqualTo(PartnerExchange.Status.CANCELLED);

        HttpResponse<String> late = signed("land-registry", answer(key, EXTRACT));
        assertThat(late.statusCode()).isEqualTo(410);
        assertThat(late.body()).contains("muộn");
    }

    @Test
    void aRequestRetriedAfterACrashReusesItsKeySoTheAgencyActsOnce() throws Exception {
        ProcessInstance exchange = fileAtTheRegistrationOffice("Vi Thị Thu");
        String key = agencyStub.keyOf(exchange);
        int effectsBefore = simulatorEffects().path("effects").asInt();
        // The node sends, then dies before its transaction commits: the agency got the request, we kept nothing.
        transactions.executeWithoutResult(status -> {
            exchangeService.send(key);
            status.setRollbackOnly();
        });
        assertThat(exchanges.find(key).orElseThrow().status()).isEqualTo(PartnerExchange.Status.OPEN);
        List<Job> jobs = managementService.createJobQuery().processInstanceId(exchange.getId()).messages().list();
        assertThat(jobs).as("the engine still holds the send job").hasSize(1);

        managementService.executeJob(jobs.get(0).getId());

        JsonNode effects = simulatorEffects();
        assertThat(effects.path("requests").path("land-registry:" + key).asInt()).as("sent twice with one key").isEqualTo(2);
        assertThat(effects.path("effects").asInt() - effectsBefore).as("acted on once").isEqualTo(1);
        assertThat(exchanges.find(key).orElseThrow().status()).isEqualTo(PartnerExchange.Status.SENT);
    }
}
