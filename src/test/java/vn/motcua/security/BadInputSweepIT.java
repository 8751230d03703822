package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.letter.LookupThrottle;
import vn.motcua.support.HttpCalls;
import vn.motcua.support.IntegrationTest;

/**
 * A sweep of the public and officer APIs with what an attacker or a broken client sends: malformed
 * and mistyped JSON, missing and oversized fields, SQL, HTML and FreeMarker in values, path
 * traversal, impossible dates, no login or the wrong role. Every answer is a 4xx with a reason
 * (Vietnamese where the answer is JSON), without a stack trace or a class name, and the register
 * is exactly as it was. Officers of one unit neither see nor work another unit's tasks, over the
 * REST API nor in a Tasklist session, and read a file only once it has passed through their unit.
 */
@IntegrationTest
class BadInputSweepIT {

    private static final String DESK = "tiepnhan1:demo";
    private static final String SPECIALIST = "chuyenvien1:demo";
    private static final String TAX = "thue1:demo";
    private static final String REGISTRY = "vpdk1:demo";
    private static final String ANALYST = "phantich1:demo";
    /** Unknown user: a wrong password of a real officer would lock them for seconds (engine throttle). */
    private static final String NOBODY = "khongcoai:demo";

    private static final Pattern VIETNAMESE = Pattern.compile("[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợ"
            + "ùúủũụưừứửữựỳýỷỹỵ]", Pattern.CASE_INSENSITIVE);
    /** A stack frame, or a class name with its package: what Camunda's "type" field does not need to show. */
    private static final Pattern LEAK = Pattern.compile(
            "\\bat (org|java|jdk|jakarta|vn|com|sun)\\.|(org|java|jakarta|vn|com)\\.[a-z0-9]+\\.[\\w.$]*(Exception|Error)\\b"
                    + "|Caused by:");
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskService taskService;
    @Autowired
    LookupThrottle lookupThrottle;

    private HttpCalls calls;

    @BeforeEach
    void client() {
        calls = new HttpCalls(port);
        // The wrong lookup secrets below are misses from this machine: never held by another test's.
        lookupThrottle.reset();
    }

    @Test
    void brokenFilesAreRefusedWithVietnameseReasonsAndNothingIsStored() throws Exception {
        String valid = file("Nguyễn Văn An", "001203004567");
        List<Case> cases = List.of(
                // malformed JSON
                new Case("truncated", "{\"procedureKey\": ", 400, "JSON hợp lệ"),
                new Case("extra brace", valid + "}", 400, "JSON hợp lệ"),
                new Case("array", "[1,2,3]", 400, "JSON hợp lệ"),
                new Case("null", "null", 400, "JSON hợp lệ"),
                new Case("bare string", "\"hồ sơ\"", 400, "JSON hợp lệ"),
                new Case("empty body", "", 400, "JSON hợp lệ"),
                new Case("deep nesting", "[".repeat(20_000) + "]".repeat(20_000), 400, "JSON hợp lệ"),
                new Case("comment", "/* x */" + valid, 400, "JSON hợp lệ"),
                // wrong types
                new Case("applicant is a string", valid.replaceFirst("\"applicant\":\\{[^}]*\\}", "\"applicant\":\"An\""),
                        400, "JSON hợp lệ"),
                new Case("channel is an array", valid.replace("\"channel\":\"ONLINE\"", "\"channel\":[\"ONLINE\"]"), 400,
                        "JSON hợp lệ"),
                new Case("communeCode is an object", valid.replace("\"communeCode\":\"26041\"", "\"communeCode\":{\"code\":1}"),
                        400, "JSON hợp lệ"),
                new Case("idNumber is a number", valid.replace("\"001203004567\"", "1203004567"), 400, "12 chữ số"),
                new Case("procedureKey is a number", valid.replace("\"land-use-conversion\"", "42"), 400,
                        "không có trong danh mục"),
                // missing fields
                new Case("empty object", "{}", 400, "Thiếu thông tin người nộp"),
                new Case("no parcel", valid.replaceFirst(",\"parcel\":\\{[^}]*\\}", ""), 400, "Thiếu thông tin thửa đất"),
                new Case("no channel", valid.replace("\"channel\":\"ONLINE\",", ""), 400, "kênh nộp"),
                new Case("blank name", file(" ", "001203004567"), 400, "họ và tên"),
                // oversized
                new Case("70 KB body", valid.replace("\"requestSummary\":\"\"",
                        "\"requestSummary\":\"" + "x".repeat(70_000) + "\""), 413, "quá lớn"),
                new Case("name of 201 characters", file("A".repeat(201), "001203004567"), 400, "tối đa 200 ký tự"),
                new Case("summary of 2001 characters", valid.replace("\"requestSummary\":\"\"",
                        "\"requestSummary\":\"" + "Đ".repeat(2001) + "\""), 400, "tối đa 2000 ký tự"),
                new Case("clientRequestId of 101 characters", valid.replaceFirst("\\{", "{\"clientRequestId\":\"" + "a".repeat(101)
                        + "\","), 400, "tối đa 100 ký tự"),
                new Case("procedureKey of 61 characters", valid.replace("land-use-conversion", "l".repeat(61)), 400,
                        "quá dài"),
                // injected values in fields with a format
                new Case("SQL in idNumber", file("An", "' OR 1=1 --"), 400, "12 chữ số"),
                new Case("SQL in procedureKey", valid.replace("land-use-conversion",
                        "land-use-conversion'; drop table mc_dossier; --"), 400, "không có trong danh mục"),
                new Case("script in channel", valid.replace("\"ONLINE\"", "\"<script>alert(1)</script>\""), 400,
                        "IN_PERSON, POST hoặc ONLINE"),
                new Case("FreeMarker in procedureKey", valid.replace("land-use-conversion", "${7*7}"), 400,
                        "không có trong danh mục"),
                new Case("FreeMarker directive in procedureKey", valid.replace("land-use-conversion",
                        "<#assign x=\\\"1\\\">"), 400, "không có trong danh mục"),
                new Case("HTML in clientRequestId", valid.replaceFirst("\\{", "{\"clientRequestId\":\"<img src=x onerror=alert(1)>\","),
                        400, "chỉ gồm chữ, số"),
                new Case("script in e-mail", valid.replace("\"address\":\"Thôn Đông\"",
                        "\"address\":\"Thôn Đông\",\"email\":\"a@b.vn<script>\""), 400, "thư điện tử"),
                new Case("FreeMarker in phone", valid.replace("\"address\":\"Thôn Đông\"",
                        "\"address\":\"Thôn Đông\",\"phone\":\"0${7*7}1234567\""), 400, "Số điện thoại"),
                // dates
                new Case("impossible date", withReceivedAt(valid, "\"2026-02-30T08:00:00Z\""), 400, "JSON hợp lệ"),
                new Case("date as words", withReceivedAt(valid, "\"hôm qua\""), 400, "JSON hợp lệ"),
                new Case("date in the future", withReceivedAt(valid, "\"2099-01-01T00:00:00Z\""), 400, "tương lai"),
                new Case("date long ago", withReceivedAt(valid, "\"1970-01-01T00:00:00Z\""), 400, "một năm"),
                new Case("date as an object", withReceivedAt(valid, "{\"y\":2026}"), 400, "JSON hợp lệ"));

        Register before = Register.read(jdbc);
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            HttpResponse<String> response = calls.post("/api/dossiers", DESK, c.body());
            failures.addAll(problems(c.name(), response, c.status(), c.reason()));
        }
        for (String type : new String[] {"text/plain", "application/xml", "application/x-www-form-urlencoded"}) {
            HttpResponse<String> response = calls.client().send(HttpRequest.newBuilder(calls.uri("/api/dossiers"))
                    .header("Content-Type", type).header("Authorization", HttpCalls.basic(DESK))
                    .POST(HttpRequest.BodyPublishers.ofString(valid)).build(), HttpResponse.BodyHandlers.ofString());
            failures.addAll(problems("content type " + type, response, 415, "application/json"));
        }
        assertThat(failures).isEmpty();
        assertThat(Register.read(jdbc)).as("nothing stored by refused files").isEqualTo(before);
    }

    @Test
    void injectedFreeTextIsStoredAsTextAndNeverRunsInLetters() throws Exception {
        String name = "<script>alert(1)</script> ${7*7} <#assign x=1/>'; drop table mc_dossier; --";
        HttpResponse<String> created = calls.post("/api/dossiers", DESK, file(name, "001203004567"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String code = HttpCalls.fileCode(created);

        JsonNode detail = JSON.readTree(calls.get("/api/dossiers/" + code, SPECIALIST).body());
        assertThat(detail.path("applicantName").asText()).isEqualTo(name);
        String receipt = receiptHtml(code);
        assertThat(receipt).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "${7*7}", "&lt;#assign x=1/&gt;")
                // the evaluated ${7*7} where the name has it (" 49 " alone also matched a receipt time of 19:49)
                .doesNotContain("<script>", "<#assign", "&lt;/script&gt; 49");
        assertThat(jdbc.queryForObject("select count(*) from mc_dossier where code = ?", Integer.class, code)).isOne();
    }

    @Test
    void badPathsAndParametersGetAReasonNotAStackTrace() throws Exception {
        String code = HttpCalls.fileCode(calls.post("/api/dossiers", DESK, file("Trần Thị Bình", "001203004568")));
        String letters = "/api/dossiers/" + code + "/letters";
        long receiptId = firstLetterId(code);
        String secret = secretOf(receiptHtml(code));
        List<Probe> probes = List.of(
                // files
                new Probe("GET", "/api/dossiers", DESK, null, 405, "Phương thức"),
                new Probe("GET", "/api/dossiers/" + enc("x' or '1'='1"), SPECIALIST, null, 404, "Không tìm thấy hồ sơ"),
                new Probe("GET", "/api/dossiers/" + enc("<img src=x onerror=alert(1)>"), SPECIALIST, null, 404,
                        "Không tìm thấy hồ sơ"),
                new Probe("GET", "/api/dossiers/" + enc("${7*7}"), SPECIALIST, null, 404, "${7*7}"),
                new Probe("GET", "/api/dossiers/..%2F..%2Fetc%2Fpasswd", SPECIALIST, null, 400, null),
                new Probe("GET", "/api/dossiers/%2e%2e/%2e%2e/%2e%2e/etc/passwd", SPECIALIST, null, 400, null),
                new Probe("GET", "/api/dossiers/" + "9".repeat(9000), SPECIALIST, null, 400, null),
                new Probe("GET", "/api/nothing-here", SPECIALIST, null, 404, "Không tìm thấy địa chỉ"),
                new Probe("POST", "/api/dossiers/" + code + "/withdrawal", DESK, "{\"reason\":", 400, "JSON hợp lệ"),
                new Probe("POST", "/api/dossiers/" + code + "/withdrawal", DESK, "{\"reason\":{\"a\":1}}", 400,
                        "JSON hợp lệ"),
                new Probe("POST", "/api/dossiers/" + code + "/withdrawal", DESK, "{}", 400, "lý do"),
                new Probe("POST", "/api/dossiers/" + code + "/withdrawal", DESK,
                        "{\"reason\":\"" + "x".repeat(2001) + "\"}", 400, "tối đa 2000 ký tự"),
                new Probe("POST", "/api/dossiers/000.00.15.H57-991231-9999/withdrawal", DESK, "{\"reason\":\"x\"}", 404,
                        "Không tìm thấy hồ sơ"),
                // letters
                new Probe("GET", letters + "/abc", SPECIALIST, null, 400, "không đúng định dạng"),
                new Probe("GET", letters + "/99999999999999999999", SPECIALIST, null, 400, "không đúng định dạng"),
                new Probe("GET", letters + "/-1", SPECIALIST, null, 404, "không có giấy tờ"),
                new Probe("GET", letters + "/" + receiptId + "?format=" + enc("../../etc/passwd"), SPECIALIST, null, 400,
                        "Định dạng"),
                new Probe("GET", letters + "/" + receiptId + "?format=" + enc("${7*7}"), SPECIALIST, null, 400, "Định dạng"),
                new Probe("GET", "/api/public/dossiers/" + code + "/letters", null, null, 404, "mã tra cứu"),
                new Probe("POST", "/api/public/dossiers/" + code + "/letters", null, "{\"secret\":\"' OR '1'='1\"}", 404,
                        "mã tra cứu"),
                new Probe("POST", "/api/public/dossiers/" + code + "/letters", null,
                        "{\"secret\":\"" + "A".repeat(5000) + "\"}", 404, "mã tra cứu"),
                new Probe("GET", "/api/public/dossiers/" + code + "/letters?secret=" + enc(secret), null, null, 400,
                        "X-Lookup-Secret"),
                new Probe("POST", "/api/public/dossiers/" + code + "/letters/" + receiptId, null, "{\"secret\":\"" + secret
                        + "\",\"format\":\"<#include \\\"/etc/passwd\\\">\"}", 400, "Định dạng"),
                new Probe("POST", "/api/public/dossiers/" + code + "/letters/abc", null, "{\"secret\":\"" + secret + "\"}",
                        400, "không đúng định dạng"),
                new Probe("GET", "/api/public/no-such-thing", null, null, 404, "Không tìm thấy địa chỉ"),
                // calendar
                new Probe("GET", "/api/calendar/due-date?from=2026-02-30&workingDays=1", null, null, 400, "YYYY-MM-DD"),
                new Probe("GET", "/api/calendar/due-date?from=" + enc("<script>") + "&workingDays=1", null, null, 400,
                        "YYYY-MM-DD"),
                new Probe("GET", "/api/calendar/due-date?from=" + enc("${7*7}") + "&workingDays=1", null, null, 400,
                        "YYYY-MM-DD"),
                new Probe("GET", "/api/calendar/due-date?from=" + enc("../../etc/passwd") + "&workingDays=1", null, null,
                        400, "YYYY-MM-DD"),
                new Probe("GET", "/api/calendar/due-date?from=9999-12-31&workingDays=1", null, null, 400, "các năm"),
                new Probe("GET", "/api/calendar/due-date?from=2026-02-13&workingDays=abc", null, null, 400, "số nguyên"),
                new Probe("GET", "/api/calendar/due-date?from=2026-02-13&workingDays=-1", null, null, 400, "số nguyên"),
                new Probe("GET", "/api/calendar/due-date?from=2026-02-13&workingDays=99999999999999", null, null, 400,
                        "số nguyên"),
                new Probe("GET", "/api/calendar/due-date?from=2026-02-13&workingDays=1&calendarDays=1", null, null, 400,
                        "đúng một"),
                new Probe("GET", "/api/calendar/due-date?workingDays=1", null, null, 400, "Thiếu tham số"),
                new Probe("GET", "/api/calendar/notices?on=" + enc("<script>"), null, null, 400, "YYYY-MM-DD"),
                new Probe("GET", "/api/calendar/notices?on=9999-12-31", null, null, 400, "các năm"),
                new Probe("GET", "/api/calendar/" + enc("${7*7}"), null, null, 400, "Năm phải"),
                new Probe("GET", "/api/calendar/99999999999999999999", null, null, 400, "Năm phải"),
                new Probe("POST", "/api/calendar/2026", null, "{}", 405, "Phương thức"),
                // catalogue
                new Probe("GET", "/api/procedures/reload", ANALYST, null, 405, "Phương thức"),
                new Probe("POST", "/api/procedures", ANALYST, "{\"x\":1}", 405, "Phương thức"));

        Register before = Register.read(jdbc);
        List<String> failures = new ArrayList<>();
        for (Probe p : probes) {
            failures.addAll(problems(p.method() + " " + abbreviate(p.path()), calls.send(p.method(), p.path(),
                    p.credentials(), p.body()), p.status(), p.reason()));
        }
        assertThat(failures).isEmpty();
        assertThat(Register.read(jdbc)).as("nothing stored by refused calls").isEqualTo(before);
        assertThat(JSON.readTree(calls.get("/api/dossiers/" + code, SPECIALIST).body()).path("status").asText())
                .isEqualTo("IN_PROGRESS");
    }

    @Test
    void noLoginOrTheWrongRoleIsRefused() throws Exception {
        String code = HttpCalls.fileCode(calls.post("/api/dossiers", DESK, file("Lê Văn Cường", "001203004569")));
        String withdrawal = "/api/dossiers/" + code + "/withdrawal";
        List<Probe> probes = List.of(
                new Probe("POST", "/api/dossiers", null, file("An", "001203004567"), 401, "Cần đăng nhập"),
                new Probe("POST", "/api/dossiers", NOBODY, file("An", "001203004567"), 401, "Cần đăng nhập"),
                new Probe("GET", "/api/dossiers/" + code, null, null, 401, "Cần đăng nhập"),
                new Probe("POST", withdrawal, null, "{\"reason\":\"x\"}", 401, "Cần đăng nhập"),
                new Probe("GET", "/api/procedures", null, null, 401, "Cần đăng nhập"),
                new Probe("POST", "/api/procedures/reload", null, null, 401, "Cần đăng nhập"),
                new Probe("GET", "/api/dossiers/" + code + "/letters", null, null, 401, "Cần đăng nhập"),
                new Probe("POST", "/api/dossiers", SPECIALIST, file("An", "001203004567"), 403, "không có quyền"),
                new Probe("POST", "/api/dossiers", ANALYST, file("An", "001203004567"), 403, "không có quyền"),
                new Probe("POST", withdrawal, TAX, "{\"reason\":\"x\"}", 403, "không có quyền"),
                new Probe("POST", withdrawal, SPECIALIST, "{\"reason\":\"x\"}", 403, "không có quyền"),
                new Probe("POST", "/api/procedures/reload", DESK, null, 403, "không có quyền"),
                new Probe("POST", "/api/procedures/reload", SPECIALIST, null, 403, "không có quyền"),
                new Probe("GET", "/api/dossiers/" + code, ANALYST, null, 403, "không có quyền"),
                new Probe("GET", "/api/dossiers/" + code + "/letters", ANALYST, null, 403, "không có quyền"),
                new Probe("GET", "/engine-rest/task", null, null, 401, null),
                new Probe("GET", "/engine-rest/task", NOBODY, null, 401, null),
                new Probe("POST", "/engine-rest/process-definition/key/land-use-conversion/submit-form", null,
                        "{\"variables\":{}}", 401, null),
                new Probe("POST", "/engine-rest/process-definition/key/land-use-conversion/start", SPECIALIST,
                        "{\"businessKey\":\"x\"}", 403, null),
                new Probe("GET", "/camunda/api/engine/engine/default/task", null, null, 401, null),
                new Probe("GET", "/camunda/api/engine/engine/default/task", DESK, null, 401, null));

        Register before = Register.read(jdbc);
        List<String> failures = new ArrayList<>();
        for (Probe p : probes) {
            failures.addAll(problems(p.method() + " " + p.path() + " as " + p.credentials(),
                    calls.send(p.method(), p.path(), p.credentials(), p.body()), p.status(), p.reason()));
        }
        HttpResponse<String> badHeader = calls.client().send(HttpRequest.newBuilder(calls.uri("/api/procedures"))
                .header("Authorization", "Basic ***not-base64***").GET().build(), HttpResponse.BodyHandlers.ofString());
        failures.addAll(problems("malformed Basic header", badHeader, 401, "Cần đăng nhập"));
        HttpResponse<String> dashboard = new HttpCalls(port).get("/supervision", null);
        if (dashboard.statusCode() != 302 || !dashboard.headers().firstValue("Location").orElse("").endsWith("/supervision/login")) {
            failures.add("anonymous dashboard: " + dashboard.statusCode());
        }
        assertThat(failures).isEmpty();
        assertThat(Register.read(jdbc)).isEqualTo(before);
        assertThat(JSON.readTree(calls.get("/api/dossiers/" + code, SPECIALIST).body()).path("status").asText())
                .isEqualTo("IN_PROGRESS");
    }

    @Test
    void anotherUnitNeitherReadsNorWorksTheTaskOverRest() throws Exception {
        String code = HttpCalls.fileCode(calls.post("/api/dossiers", DESK, file("Phạm Văn Dũng", "001203004570")));
        Task task = appraisal(code);
        String pi = task.getProcessInstanceId();
        for (String other : new String[] {TAX, REGISTRY, DESK}) {
            assertThat(json("GET", "/engine-rest/task?processInstanceBusinessKey=" + code, other)).as(other).isEmpty();
            assertThat(json("GET", "/engine-rest/variable-instance?processInstanceIdIn=" + pi, other)).as(other).isEmpty();
            assertThat(json("GET", "/engine-rest/history/variable-instance?processInstanceId=" + pi, other)).isEmpty();
            assertThat(json("GET", "/engine-rest/history/task?processInstanceId=" + pi, other)).isEmpty();
            assertThat(json("GET", "/engine-rest/process-instance?businessKey=" + code, other)).isEmpty();
            List<String> failures = new ArrayList<>();
            String t = "/engine-rest/task/" + task.getId();
            failures.addAll(problems(other + " reads the task", calls.get(t, other), 404, null));
            failures.addAll(problems(other + " reads its variables", calls.get(t + "/variables", other), 403, null));
            failures.addAll(problems(other + " reads its form variables", calls.get(t + "/form-variables", other), 403, null));
            failures.addAll(problems(other + " reads the file's variables",
                    calls.get("/engine-rest/process-instance/" + pi + "/variables", other), 403, null));
            failures.addAll(problems(other + " claims", calls.post(t + "/claim", other,
                    "{\"userId\":\"" + other.substring(0, other.indexOf(':')) + "\"}"), 403, null));
            failures.addAll(problems(other + " completes", calls.post(t + "/complete", other, appraisalVariables()), 403, null));
            failures.addAll(problems(other + " submits the form", calls.post(t + "/submit-form", other,
                    appraisalVariables()), 403, null));
            failures.addAll(problems(other + " changes a variable", calls.send("PUT", "/engine-rest/process-instance/" + pi
                    + "/variables/dossierCode", other, "{\"value\":\"x\",\"type\":\"String\"}"), 403, null));
            failures.addAll(problems(other + " deletes the file's process", calls.send("DELETE",
                    "/engine-rest/process-instance/" + pi, other, null), 403, null));
            assertThat(failures).isEmpty();
        }
        // The land office does see it: the refusals above are about the unit, not a broken query.
        assertThat(json("GET", "/engine-rest/task?processInstanceBusinessKey=" + code, SPECIALIST)).hasSize(1);
        Task after = taskService.createTaskQuery().taskId(task.getId()).singleResult();
        assertThat(after).as("the task is still open").isNotNull();
        assertThat(after.getAssignee()).isNull();
    }

    @Test
    void anotherUnitReadsAFileOnlyOnceItPassesThroughTheUnit() throws Exception {
        String code = HttpCalls.fileCode(calls.post("/api/dossiers", DESK, file("Lý Thị Phượng", "001203004572")));
        long receipt = firstLetterId(code);
        List<String> fileReads = List.of("/api/dossiers/" + code, "/api/dossiers/" + code + "/letters",
                "/api/dossiers/" + code + "/letters/" + receipt + "?format=html", "/api/dossiers/" + code + "/partner-exchanges");
        Register before = Register.read(jdbc);
        List<String> failures = new ArrayList<>();
        for (String other : new String[] {TAX, REGISTRY, "lanhdaovpdk:demo"}) {
            for (String path : fileReads) {
                failures.addAll(problems(other + " reads " + path, calls.get(path, other), 403, "chưa qua đơn vị"));
            }
        }
        for (String reader : new String[] {DESK, SPECIALIST, "lanhdao1:demo", "lanhdaomotcua:demo", "giamsat1:demo"}) {
            for (String path : fileReads) {
                int status = calls.get(path, reader).statusCode();
                if (status != 200) {
                    failures.add(reader + " reads " + path + ": " + status);
                }
            }
        }
        failures.addAll(problems("the tax office reads a file that does not exist",
                calls.get("/api/dossiers/000.00.15.H57-991231-9999", TAX), 404, "Không tìm thấy hồ sơ"));
        assertThat(failures).isEmpty();
        assertThat(Register.read(jdbc)).isEqualTo(before);

        // The appraisal sends the file to the land registration office (a partner request): now it reads it.
        Task task = appraisal(code);
        assertThat(calls.post("/engine-rest/task/" + task.getId() + "/claim", SPECIALIST, "{\"userId\":\"chuyenvien1\"}")
                .statusCode()).isEqualTo(204);
        assertThat(calls.post("/engine-rest/task/" + task.getId() + "/complete", SPECIALIST, appraisalVariables())
                .statusCode()).isEqualTo(204);
        Instant giveUp = Instant.now().plusSeconds(20);
        while (calls.get("/api/dossiers/" + code, REGISTRY).statusCode() != 200 && Instant.now().isBefore(giveUp)) {
            Thread.sleep(200);
        }
        for (String path : fileReads) {
            assertThat(calls.get(path, REGISTRY).statusCode()).as("the land registry reads " + path).isEqualTo(200);
            assertThat(calls.get(path, TAX).statusCode()).as("the tax office still does not read " + path).isEqualTo(403);
        }
        // A file registered before units_passed existed: its hand-overs tell the same.
        jdbc.update("update mc_dossier set units_passed = null where code = ?", code);
        assertThat(calls.get("/api/dossiers/" + code, REGISTRY).statusCode()).isEqualTo(200);
        assertThat(calls.get("/api/dossiers/" + code, SPECIALIST).statusCode()).isEqualTo(200);
        assertThat(calls.get("/api/dossiers/" + code, TAX).statusCode()).isEqualTo(403);
    }

    @Test
    void anotherUnitNeitherReadsNorWorksTheTaskInTasklist() throws Exception {
        String code = HttpCalls.fileCode(calls.post("/api/dossiers", DESK, file("Hoàng Thị Em", "001203004571")));
        Task task = appraisal(code);
        String api = "/camunda/api/engine/engine/default";

        for (String other : new String[] {"thue1", "vpdk1", "tiepnhan1"}) {
            Tasklist tasklist = Tasklist.login(port, other);
            List<String> failures = new ArrayList<>();
            HttpResponse<String> list = tasklist.send("GET", api + "/task?processInstanceBusinessKey=" + code, null);
            if (list.statusCode() != 200 || !"[]".equals(list.body())) {
                failures.add(other + " lists the task: " + list.statusCode() + " " + list.body());
            }
            failures.addAll(problems(other + " opens the task", tasklist.send("GET", api + "/task/" + task.getId(), null),
                    404, null));
            failures.addAll(problems(other + " reads its form variables", tasklist.send("GET",
                    api + "/task/" + task.getId() + "/form-variables", null), 403, null));
            failures.addAll(problems(other + " claims", tasklist.send("POST", api + "/task/" + task.getId() + "/claim",
                    "{\"userId\":\"" + other + "\"}"), 403, null));
            failures.addAll(problems(other + " submits", tasklist.send("POST", api + "/task/" + task.getId()
                    + "/submit-form", appraisalVariables()), 403, null));
            assertThat(failures).isEmpty();
        }
        // A session without the CSRF header is refused even for the right unit.
        Tasklist specialist = Tasklist.login(port, "chuyenvien1");
        assertThat(specialist.send("GET", api + "/task?processInstanceBusinessKey=" + code, null).body())
                .contains(task.getId());
        assertThat(specialist.sendWithoutCsrf("POST", api + "/task/" + task.getId() + "/claim",
                "{\"userId\":\"chuyenvien1\"}").statusCode()).isEqualTo(403);
        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
    }

    @Test
    void tasklistReceptionFormRefusesBadFilesWith400AndStoresNothing() throws Exception {
        String submit = "/engine-rest/process-definition/key/land-use-conversion/submit-form";
        Map<String, String> cases = Map.of(
                "{\"variables\":{\"applicantName\":{\"value\":\"An\",\"type\":\"String\"}}}", "Cần ghi",
                formVariables("' OR 1=1 --", "20/11/2026 09:30", "COMPLETE"), "12 chữ số",
                formVariables("001203004567", "01/01/2099 08:00", "COMPLETE"), "tương lai",
                formVariables("001203004567", "${7*7}", "COMPLETE"), "ngày/tháng/năm",
                formVariables("001203004567", "2026-11-20T09:30", "COMPLETE"), "ví dụ 20/11/2026 09:30",
                formVariables("001203004567", "31/02/2026 09:30", "COMPLETE"), "ngày có thật",
                formVariables("001203004567", null, "INCOMPLETE"), "bổ sung",
                formVariables("001203004567", null, "REFUSED"), "lý do từ chối",
                "{\"variables\":{\"applicantName\":{\"value\":{\"x\":1},\"type\":\"Integer\"}}}", "",
                "{\"variables\":", "");

        Register before = Register.read(jdbc);
        List<String> failures = new ArrayList<>();
        for (var c : cases.entrySet()) {
            HttpResponse<String> response = calls.post(submit, DESK, c.getKey());
            failures.addAll(problems("REST start form " + abbreviate(c.getKey()), response, 400, null));
            if (!response.body().contains(c.getValue())) {
                failures.add("REST start form " + abbreviate(c.getKey()) + " lacks '" + c.getValue() + "': " + response.body());
            }
        }
        Tasklist desk = Tasklist.login(port, "tiepnhan1");
        String definition = JSON.readTree(desk.send("GET",
                "/camunda/api/engine/engine/default/process-definition/key/land-use-conversion", null).body()).path("id").asText();
        HttpResponse<String> fromTasklist = desk.send("POST", "/camunda/api/engine/engine/default/process-definition/"
                + definition + "/submit-form", formVariables("001203004567", "01/01/2099 08:00", "COMPLETE"));
        failures.addAll(problems("Tasklist start form, future date", fromTasklist, 400, null));
        if (!fromTasklist.body().contains("Thời điểm nhận hồ sơ không được ở tương lai")) {
            failures.add("Tasklist start form lacks the Vietnamese reason: " + fromTasklist.body());
        }
        assertThat(failures).isEmpty();
        assertThat(Register.read(jdbc)).as("no half-stored file").isEqualTo(before);
    }

    // --- what a refused answer must look like ------------------------------------------------------------------

    /** @return what is wrong with the answer, empty if it is a clean refusal */
    private static List<String> problems(String what, HttpResponse<String> response, int status, String reason) {
        List<String> problems = new ArrayList<>();
        String body = response.body() == null ? "" : response.body();
        String shown = what + " → " + response.statusCode() + " " + abbreviate(body);
        if (response.statusCode() != status) {
            problems.add("expected " + status + ": " + shown);
        }
        if (LEAK.matcher(body).find()) {
            problems.add("leaks a stack trace or class name: " + shown);
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        boolean ours = response.uri().getPath().startsWith("/api/");
        if (ours && body.contains("Exception")) {
            problems.add("names an exception: " + shown);
        }
        // Tomcat refuses some request lines itself (an encoded '/', a line over its size limit) before the
        // application sees them: its own short page, no stack trace (checked above). Everything else is ours.
        boolean refusedByTheConnector = body.startsWith("<!doctype html><html lang=\"en\"><head><title>HTTP Status 400");
        if (ours && !refusedByTheConnector && !type.startsWith("application/problem+json")) {
            problems.add("not an RFC 9457 problem (application/problem+json) but '" + type + "': " + shown);
        }
        if (ours && type.startsWith("application/problem+json")) {
            String message = message(body);
            if (message == null || !VIETNAMESE.matcher(message).find()) {
                problems.add("no Vietnamese reason: " + shown);
            }
            if (!problemMembers(body)) {
                problems.add("lacks RFC 9457's type, title, status and detail: " + shown);
            }
            if (!response.headers().firstValue("X-Content-Type-Options").orElse("").equals("nosniff")) {
                problems.add("a browser may sniff it as HTML: " + shown);
            }
        }
        if (reason != null && !body.contains(reason)) {
            problems.add("lacks '" + reason + "': " + shown);
        }
        return problems;
    }

    /** RFC 9457's members, with the detail the same reason as the older "message". */
    private static boolean problemMembers(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            return node.path("type").isTextual() && node.path("title").isTextual() && node.path("status").isInt()
                    && node.path("detail").asText().equals(node.path("message").asText());
        } catch (Exception e) {
            return false;
        }
    }

    private static String message(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            return node.hasNonNull("message") ? node.get("message").asText() : null;
        } catch (Exception e) {
            return null;
        }
    }

    /** Everything a refused call could have left behind. */
    record Register(int files, int papers, int statuses, int letters, int handovers, int codesIssued,
            int processInstances) {

        static Register read(JdbcTemplate jdbc) {
            return new Register(count(jdbc, "select count(*) from mc_dossier"),
                    count(jdbc, "select count(*) from mc_dossier_document"),
                    count(jdbc, "select count(*) from mc_dossier_status"),
                    count(jdbc, "select count(*) from mc_letter"),
                    count(jdbc, "select count(*) from mc_handover"),
                    count(jdbc, "select coalesce(sum(last_value), 0) from mc_code_sequence"),
                    count(jdbc, "select count(*) from act_hi_procinst"));
        }

        private static int count(JdbcTemplate jdbc, String sql) {
            return jdbc.queryForObject(sql, Integer.class);
        }
    }

    record Case(String name, String body, int status, String reason) {
    }

    record Probe(String method, String path, String credentials, String body, int status, String reason) {
    }

    /** A Tasklist session: the login form's XSRF dance, then the session cookie and the token on every call. */
    static final class Tasklist {

        private final HttpCalls http;

        private Tasklist(HttpCalls http) {
            this.http = http;
        }

        static Tasklist login(int port, String user) throws Exception {
            HttpCalls http = new HttpCalls(port);
            http.get("/camunda/app/tasklist/default/", null);
            HttpResponse<String> login = http.client().send(HttpRequest.newBuilder(
                    http.uri("/camunda/api/admin/auth/user/default/login/tasklist"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token(http))
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).as("Tasklist login of " + user + ": " + login.body()).isEqualTo(200);
            // The session changed at login; its token comes with the next answer.
            http.get("/camunda/api/engine/engine/default/task/count", null);
            return new Tasklist(http);
        }

        HttpResponse<String> send(String method, String path, String json) throws Exception {
            return send(method, path, json, true);
        }

        HttpResponse<String> sendWithoutCsrf(String method, String path, String json) throws Exception {
            return send(method, path, json, false);
        }

        private HttpResponse<String> send(String method, String path, String json, boolean csrf) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(http.uri(path)).header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
            if (csrf) {
                request.header("X-XSRF-TOKEN", token(http));
            }
            return http.client().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        private static String token(HttpCalls http) {
            return http.xsrfToken();
        }
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private Task appraisal(String code) {
        return taskService.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey("appraiseFile")
                .singleResult();
    }

    private JsonNode json(String method, String path, String credentials) throws Exception {
        HttpResponse<String> response = calls.send(method, path, credentials, null);
        assertThat(response.statusCode()).as(path + " as " + credentials + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private String receiptHtml(String code) throws Exception {
        HttpResponse<String> receipt = calls.get("/api/dossiers/" + code + "/letters/" + firstLetterId(code)
                + "?format=html", SPECIALIST);
        assertThat(receipt.statusCode()).isEqualTo(200);
        return receipt.body();
    }

    private long firstLetterId(String code) throws Exception {
        JsonNode letters = JSON.readTree(calls.get("/api/dossiers/" + code + "/letters", SPECIALIST).body());
        for (JsonNode letter : letters) {
            if ("RECEIPT".equals(letter.path("kind").asText())) {
                return letter.path("id").asLong();
            }
        }
        throw new AssertionError("no receipt for " + code + ": " + letters);
    }

    private static String secretOf(String receipt) {
        Matcher m = Pattern.compile("<div class=\"secret\">([A-Z0-9-]+)</div>").matcher(receipt);
        assertThat(m.find()).as("lookup secret on the receipt").isTrue();
        return m.group(1);
    }

    private static String appraisalVariables() {
        return "{\"variables\":{\"appraisalDecision\":{\"value\":\"PROCEED\",\"type\":\"String\"},"
                + "\"appraisalFindings\":{\"value\":\"Đủ điều kiện, đã kiểm tra thực địa\",\"type\":\"String\"}}}";
    }

    private static String formVariables(String idNumber, String receivedAt, String outcome) {
        StringBuilder json = new StringBuilder("{\"variables\":{");
        Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put("applicantName", "Đinh Văn Phong");
        values.put("applicantIdNumber", idNumber);
        values.put("applicantAddress", "Thôn Tây");
        values.put("parcelMapSheet", "7");
        values.put("parcelNumber", "81");
        values.put("parcelAddress", "Thôn Tây, xã Long Thành");
        values.put("communeCode", "26041");
        values.put("channel", "IN_PERSON");
        values.put("receptionOutcome", outcome);
        if (receivedAt != null) {
            values.put("receivedAt", receivedAt);
        }
        values.forEach((k, v) -> json.append('"').append(k).append("\":{\"value\":\"").append(v.replace("\"", "\\\""))
                .append("\",\"type\":\"String\"},"));
        json.setLength(json.length() - 1);
        return json.append("}}").toString();
    }

    private static String file(String name, String idNumber) {
        return "{\"procedureKey\":\"land-use-conversion\",\"channel\":\"ONLINE\","
                + "\"applicant\":{\"fullName\":\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"idNumber\":\""
                + idNumber.replace("\"", "\\\"") + "\",\"address\":\"Thôn Đông\"},\"parcel\":{\"communeCode\":\"26041\",\"mapSheet\":\"12\","
                + "\"parcelNumber\":\"345\",\"address\":\"Thôn Đông, xã Long Thành\"},\"requestSummary\":\"\"}";
    }

    private static String withReceivedAt(String json, String value) {
        return json.replace("\"channel\":\"ONLINE\"", "\"channel\":\"ONLINE\",\"receivedAt\":" + value);
    }



    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String text) {
        return text.length() <= 160 ? text : text.substring(0, 160) + "…";
    }
}
