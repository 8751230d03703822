package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.ReceivedFile;
import vn.motcua.partner.CallbackSignature;
import vn.motcua.partner.PartnerAgencyStub;
import vn.motcua.support.HttpCalls;
import vn.motcua.support.IntegrationTest;

/**
 * Text that cannot be printed or that hides what it says: control characters, unpaired surrogates,
 * names made only of invisible characters, bidi overrides. Refused at every way in (files API,
 * Tasklist reception form, an agency's signed answer) with a 400 that names the field, and nothing
 * is stored.
 */
@IntegrationTest
class HostileTextIT {

    private static final String DESK = "tiepnhan1:demo";

    /** What a name must not be or contain, by what it is. */
    private static final Map<String, String> BAD_NAMES = badNames();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DossierService dossiers;
    @Autowired
    TaskService taskService;
    @Autowired
    PartnerAgencyStub agencyStub;

    private HttpCalls calls;

    @BeforeEach
    void client() {
        calls = new HttpCalls(port);
    }

    @Test
    void theFilesApiRefusesUnprintableAndInvisibleNamesNamingTheField() throws Exception {
        BadInputSweepIT.Register before = BadInputSweepIT.Register.read(jdbc);
        List<String> failures = new ArrayList<>();
        for (var bad : BAD_NAMES.entrySet()) {
            HttpResponse<String> response = calls.post("/api/dossiers", DESK, file(bad.getValue(), "Thôn Đông"));
            failures.addAll(refusal("name " + bad.getKey(), response, "applicant.fullName", "Họ và tên"));
        }
        HttpResponse<String> address = calls.post("/api/dossiers", DESK, file("Nguyễn Văn An", "Thôn \u202EĐông"));
        failures.addAll(refusal("address with a bidi override", address, "applicant.address", "Địa chỉ"));
        // The papers received are printed on the receipt too.
        String file = file("Nguyễn Văn An", "Thôn Đông");
        HttpResponse<String> paper = calls.post("/api/dossiers", DESK, file.substring(0, file.length() - 1)
                + ",\"documents\":[{\"name\":" + json("Giấy \u202Etờ\u0007") + "}]}");
        failures.addAll(refusal("paper received with hidden characters", paper, "documents[0].name", "Tên giấy tờ"));
        assertThat(failures).isEmpty();
        assertThat(BadInputSweepIT.Register.read(jdbc)).as("nothing stored").isEqualTo(before);
    }

    @Test
    void theTasklistReceptionFormRefusesThemToo() throws Exception {
        String submit = "/engine-rest/process-definition/key/land-use-conversion/submit-form";
        BadInputSweepIT.Register before = BadInputSweepIT.Register.read(jdbc);
        List<String> failures = new ArrayList<>();
        for (var bad : BAD_NAMES.entrySet()) {
            HttpResponse<String> response = calls.post(submit, DESK, formVariables(bad.getValue()));
            if (response.statusCode() != 400 || !response.body().toLowerCase().contains("họ và tên")) {
                failures.add("form name " + bad.getKey() + " → " + response.statusCode() + " " + response.body());
            }
        }
        // A line of the papers received, one a line: line breaks are fine, a bidi override is not.
        HttpResponse<String> papers = calls.post(submit, DESK, formVariables("Nguyễn Văn An").replace("}}",
                "},\"receivedDocuments\":{\"value\":" + json("Đơn đề nghị\nGiấy \u202Etờ") + ",\"type\":\"String\"}}"));
        if (papers.statusCode() != 400 || !papers.body().toLowerCase().contains("tên giấy tờ")) {
            failures.add("form papers with a bidi override → " + papers.statusCode() + " " + papers.body());
        }
        assertThat(failures).isEmpty();
        assertThat(BadInputSweepIT.Register.read(jdbc)).as("nothing stored").isEqualTo(before);
    }

    @Test
    void anAgencysAnswerWithHiddenCharactersIsRefusedNamingTheField() throws Exception {
        ProcessInstance exchange = fileAtTheRegistrationOffice();
        agencyStub.runJobs(exchange);
        String key = agencyStub.keyOf(exchange);

        HttpResponse<String> data = signedCallback("{\"exchangeId\":\"" + key + "\",\"outcome\":\"DONE\",\"data\":"
                + "{\"extractNumber\":" + json("TL-\u202E77") + ",\"parcelAreaM2\":215}}");
        assertThat(data.statusCode()).as(data.body()).isEqualTo(400);
        assertThat(data.body()).contains("data.extractNumber", "ký tự");
        HttpResponse<String> note = signedCallback("{\"exchangeId\":\"" + key + "\",\"outcome\":\"REJECTED\",\"note\":"
                + json("Sai\u0000 số thửa") + "}");
        assertThat(note.statusCode()).as(note.body()).isEqualTo(400);
        assertThat(note.body()).contains("\"note\"", "ký tự");
        assertThat(jdbc.queryForObject("select status from mc_partner_exchange where exchange_key = ?", String.class,
                key)).as("the exchange still waits").isEqualTo("SENT");
    }

    /** A 400 whose problems name the field, in Vietnamese. */
    private static List<String> refusal(String what, HttpResponse<String> response, String field, String label) {
        String shown = what + " → " + response.statusCode() + " " + response.body();
        List<String> problems = new ArrayList<>();
        if (response.statusCode() != 400) {
            problems.add("expected 400: " + shown);
        } else if (!response.body().contains("\"field\":\"" + field + "\"") || !response.body().contains(label)) {
            problems.add("does not name " + field + " / " + label + ": " + shown);
        }
        return problems;
    }

    private ProcessInstance fileAtTheRegistrationOffice() {
        Dossier dossier = dossiers.receive(new ReceivedFile("land-use-conversion", null, Channel.ONLINE,
                new Dossier.Applicant("Cao Thị Ngọc", "001203004567", null, null, "Thôn Đông"),
                new Dossier.Parcel("12", "345", "Thôn Đông, xã Long Thành", "26041", false), "Chuyển mục đích", null),
                "tiepnhan1");
        Task appraisal = taskService.createTaskQuery().processInstanceBusinessKey(dossier.code())
                .taskDefinitionKey("appraiseFile").singleResult();
        taskService.complete(appraisal.getId(), Map.of("appraisalDecision", "PROCEED", "appraisalFindings", "Đủ điều kiện"));
        return agencyStub.exchange(dossier.code(), "provideCadastralExtract").orElseThrow();
    }

    private HttpResponse<String> signedCallback(String body) throws Exception {
        long now = Instant.now().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/partners/land-registry/callbacks"))
                .header("Content-Type", "application/json")
                .header(CallbackSignature.TIMESTAMP_HEADER, Long.toString(now))
                .header(CallbackSignature.SIGNATURE_HEADER, CallbackSignature.sign("demo-secret-land-registry", now, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return calls.client().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static Map<String, String> badNames() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("with NUL", "Nguyễn\u0000 Văn An");
        names.put("with BEL", "Nguyễn Văn An\u0007");
        names.put("with an unpaired surrogate", "Nguyễn \uD800Văn An");
        names.put("with a right-to-left override", "Nguyễn Văn \u202EnA");
        names.put("with a left-to-right isolate", "\u2066Nguyễn Văn An\u2069");
        names.put("of ideographic spaces", "\u3000\u3000");
        names.put("of no-break spaces", "\u00A0\u00A0");
        names.put("of zero-width spaces", "\u200B\u200B");
        names.put("of byte-order marks", "\uFEFF");
        names.put("of mixed invisible characters", " \u00A0\u200B\u3000\uFEFF ");
        return names;
    }

    /** The request as JSON text, with every non-ASCII character escaped so an unpaired surrogate survives the wire. */
    private static String file(String name, String address) {
        return "{\"procedureKey\":\"land-use-conversion\",\"channel\":\"ONLINE\",\"applicant\":{\"fullName\":" + json(name)
                + ",\"idNumber\":\"001203004567\",\"address\":" + json(address) + "},\"parcel\":{\"communeCode\":\"26041\",\"mapSheet\":\"12\","
                + "\"parcelNumber\":\"345\",\"address\":\"Thôn Đông, xã Long Thành\"}}";
    }

    private static String formVariables(String name) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("applicantName", name);
        values.put("applicantIdNumber", "001203004567");
        values.put("applicantAddress", "Thôn Tây");
        values.put("parcelMapSheet", "7");
        values.put("parcelNumber", "81");
        values.put("parcelAddress", "Thôn Tây, xã Long Thành");
        values.put("communeCode", "26041");
        values.put("channel", "IN_PERSON");
        values.put("receptionOutcome", "COMPLETE");
        StringBuilder json = new StringBuilder("{\"variables\":{");
        values.forEach((k, v) -> json.append('"').append(k).append("\":{\"value\":").append(json(v))
                .append(",\"type\":\"String\"},"));
        json.setLength(json.length() - 1);
        return json.append("}}").toString();
    }

    static String json(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7E) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
