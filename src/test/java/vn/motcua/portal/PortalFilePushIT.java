package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.partner.CallbackSignature;
import vn.motcua.support.HttpCalls;
import vn.motcua.support.IntegrationTest;

/**
 * The national portal pushes a file filed online (Decree 118/2025 Art 17(2)), played by the simulator
 * over HTTP with the portal's key: one file per portal id however often it is pushed, its papers kept
 * as references with their SHA-256, the desk's check waiting in its list, and a fully online file's
 * receipt asking for no paper. A push with a wrong signature or a malformed body stores nothing.
 */
@IntegrationTest
class PortalFilePushIT {

    private static final String HASH_1 = "3f79bb7b435b05321651daefd374cdc681dc06faa65e374e38337b88ca046dea";
    private static final String HASH_2 = "a591a6d40bf420404a011733cfb7b190d62c65bf0bcda32b57b277d9ad9f146e";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskService tasks;
    @Autowired
    org.camunda.bpm.engine.RuntimeService runtime;
    @Autowired
    ObjectMapper json;

    HttpCalls calls;

    @BeforeEach
    void setUp() {
        calls = new HttpCalls(port);
    }

    @Test
    void aPushedFileIsRegisteredOnceWithItsHashesAndTheDeskChecksItWithoutPaper() throws Exception {
        String push = push("G22-PORTAL-0001", true, HASH_1, HASH_2);

        HttpResponse<String> first = calls.post("/simulator/portal/pushes", null, push);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        String code = json.readTree(first.body()).path("dossierCode").asText();
        assertThat(code).isNotBlank();
        assertThat(first.body()).contains("08 giờ làm việc");

        HttpResponse<String> again = calls.post("/simulator/portal/pushes", null, push);
        assertThat(again.statusCode()).as("a retried push gets the same answer").isEqualTo(200);
        assertThat(json.readTree(again.body()).path("dossierCode").asText()).isEqualTo(code);
        assertThat(jdbc.queryForObject("select count(*) from mc_dossier where client_request_id = ?", Integer.class,
                "portal:G22-PORTAL-0001")).isEqualTo(1);

        assertThat(jdbc.queryForList("""
                select d.name, d.document_type, d.reference, d.sha256 from mc_dossier_document d
                join mc_dossier f on f.id = d.dossier_id where f.code = ? order by d.line_number""", code))
                .extracting(r -> r.get("sha256"), r -> r.get("document_type"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(HASH_1, "ELECTRONIC"),
                        org.assertj.core.groups.Tuple.tuple(HASH_2, "ELECTRONIC"));

        // the receiving desk (the parcel commune's centre) has the check in its list, with its 08-hour due date
        Task check = tasks.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey("checkOnlineFile")
                .singleResult();
        assertThat(check).isNotNull();
        assertThat(check.getDueDate()).isNotNull();
        assertThat(tasks.getIdentityLinksForTask(check.getId())).extracting(IdentityLink::getGroupId).contains("desk");
        HttpResponse<String> detail = calls.get("/api/dossiers/" + code, "tiepnhan1:demo");
        assertThat(detail.body()).contains("\"channel\":\"ONLINE\"");

        assertThat(runtime.getVariable(check.getProcessInstanceId(), "deliveryChannel"))
                .as("the result of a fully online file goes back online: 'Trả kết quả' opens with it chosen")
                .isEqualTo("ONLINE");
        tasks.complete(check.getId(), Map.of("receptionOutcome", "COMPLETE"));
        JsonNode letters = json.readTree(calls.get("/api/dossiers/" + code + "/letters", "tiepnhan1:demo").body());
        long receiptId = 0;
        for (JsonNode letter : letters) {
            if ("RECEIPT".equals(letter.path("kind").asText())) {
                receiptId = letter.path("id").asLong();
            }
        }
        assertThat(receiptId).as(letters.toString()).isPositive();
        String receipt = calls.get("/api/dossiers/" + code + "/letters/" + receiptId + "?format=html", "tiepnhan1:demo").body();
        assertThat(receipt).contains("Hồ sơ điện tử, không nộp bản giấy").contains("bản điện tử")
                .contains("kết quả bản điện tử").doesNotContain("mang theo Giấy tiếp nhận này");
    }

    @Test
    void aPushSignedWithAnotherKeyIsRefusedAndStoresNothing() throws Exception {
        String push = push("G22-PORTAL-0002", false, HASH_1, HASH_2);
        long now = Instant.now().getEpochSecond();
        HttpResponse<String> forged = send(push, now, CallbackSignature.sign("demo-secret-land-registry", now, push));
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(forged.body()).contains("Chữ ký");
        HttpResponse<String> unsigned = send(push, now, null);
        assertThat(unsigned.statusCode()).isEqualTo(401);
        assertThat(stored("portal:G22-PORTAL-0002")).isZero();

        // signed right, the same push is taken: the 401s above were the signature's doing; not fully online,
        // its result is delivered however the desk chooses
        long later = Instant.now().getEpochSecond();
        HttpResponse<String> signed = send(push, later, CallbackSignature.sign("demo-secret-portal", later, push));
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(201);
        String code = json.readTree(signed.body()).path("dossierCode").asText();
        Task check = tasks.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey("checkOnlineFile").singleResult();
        assertThat(runtime.getVariable(check.getProcessInstanceId(), "deliveryChannel")).isNull();
    }

    @Test
    void aMalformedPushIsRefusedWithItsReasonsInVietnameseAndStoresNothing() throws Exception {
        String noHash = push("G22-PORTAL-0003", false, HASH_1, "").replace(",\"sha256\":\"\"", "");
        HttpResponse<String> refused = calls.post("/simulator/portal/pushes", null, noHash);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("file.documents[1].sha256").contains("thiếu mã băm SHA-256");
        assertThat(stored("portal:G22-PORTAL-0003")).isZero();

        HttpResponse<String> notJson = calls.post("/simulator/portal/pushes", null, "{\"portalFileId\": ");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.body()).contains("không phải JSON");

        String inPerson = push("G22-PORTAL-0004", false, HASH_1, HASH_2).replace("\"ONLINE\"", "\"IN_PERSON\"")
                .replace("\"parcelNumber\":\"77\"", "\"parcelNumber\":\"\"");
        HttpResponse<String> wrong = calls.post("/simulator/portal/pushes", null, inPerson);
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("kênh nộp ONLINE").contains("Cần ghi số thửa");
        assertThat(stored("portal:G22-PORTAL-0004")).isZero();
    }

    private int stored(String clientRequestId) {
        return jdbc.queryForObject("select count(*) from mc_dossier where client_request_id = ?", Integer.class,
                clientRequestId);
    }

    private HttpResponse<String> send(String body, long timestamp, String signature) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(calls.uri("/api/partners/portal/files"))
                .header("Content-Type", "application/json")
                .header(CallbackSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (signature != null) {
            request.header(CallbackSignature.SIGNATURE_HEADER, signature);
        }
        return calls.client().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String push(String portalId, boolean fullyOnline, String hash1, String hash2) {
        return """
                {"portalFileId":"%s","fullyOnline":%s,"file":{
                 "procedureKey":"land-use-conversion","channel":"ONLINE",
                 "applicant":{"fullName":"Trần Thị Bích","idNumber":"001203009876","phone":"0912345678","address":"Ấp 3, xã Long Thành"},
                 "parcel":{"mapSheet":"21","parcelNumber":"77","address":"Ấp 3, xã Long Thành","communeCode":"26041"},
                 "requestSummary":"Chuyển 150 m² đất trồng cây lâu năm sang đất ở",
                 "documents":[
                  {"name":"Đơn đề nghị cho phép chuyển mục đích sử dụng đất","reference":"https://dichvucong.gov.vn/files/%s/1","sha256":"%s"},
                  {"name":"Giấy chứng nhận quyền sử dụng đất","reference":"https://dichvucong.gov.vn/files/%s/2","sha256":"%s"}]}}
                """.formatted(portalId, fullyOnline, portalId, hash1, portalId, hash2);
    }
}
