package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.motcua.support.HttpCalls;
import vn.motcua.support.IntegrationTest;

/** The file API as a portal or the desk's software meets it: answers, errors, idempotency. */
@IntegrationTest
class DossierApiIT {

    private static final Pattern CODE = Pattern.compile("\"code\":\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private HttpCalls calls;

    @BeforeEach
    void client() {
        calls = new HttpCalls(port);
    }

    @Test
    void receivesACompleteFileWithCodeAndAppointment() throws Exception {
        HttpResponse<String> response = post("tiepnhan1:demo", body(null, "001203004567", "Nguyễn Văn An"));
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("/api/dossiers/"));
        assertThat(response.body()).contains("\"appointmentDate\":\"20").contains("\"status\":\"IN_PROGRESS\"")
                .contains("Nghị định 102/2024");

        HttpResponse<String> detail = get("chuyenvien1:demo", "/api/dossiers/" + code(response));
        assertThat(detail.statusCode()).isEqualTo(200);
        assertThat(detail.body()).contains("\"dueDateHistory\":[{\"kind\":\"INITIAL\"")
                .contains("\"stepKey\":\"appraiseFile\"").contains("Nguyễn Văn An");
    }

    @Test
    void phoneNumbersAreTakenAsPeopleWriteThem() throws Exception {
        String spaced = body(null, "001203004567", "Phạm Thị Hoa").replace("\"address\":\"Thôn Đông\"}",
                "\"address\":\"Thôn Đông\",\"phone\":\"+84 912.345-678\"}");
        HttpResponse<String> response = post("tiepnhan1:demo", spaced);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(jdbc.queryForObject("select applicant_phone from mc_dossier where code = ?", String.class, code(response)))
                .isEqualTo("0912345678");

        assertBadRequest(spaced.replace("+84 912.345-678", "0912 345"), "Số điện thoại");
    }

    @Test
    void aFileFiledOnlineIsAcknowledgedAndWaitsForTheDesksCheck() throws Exception {
        String request = "online-" + UUID.randomUUID();
        HttpResponse<String> response = postJson("tiepnhan1:demo", "/api/dossiers/online",
                body(request, "001203004567", "Phạm Thị Hoa"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.body()).contains("\"status\":\"RECEIVED\"").contains("\"appointmentDate\":null");
        String code = code(response);
        HttpResponse<String> again = postJson("tiepnhan1:demo", "/api/dossiers/online",
                body(request, "001203004567", "Phạm Thị Hoa"));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(code(again)).isEqualTo(code);

        HttpResponse<String> paper = postJson("tiepnhan1:demo", "/api/dossiers/online",
                body(null, "001203004567", "Phạm Thị Hoa").replace("\"ONLINE\"", "\"IN_PERSON\""));
        assertThat(paper.statusCode()).isEqualTo(400);
        assertThat(paper.body()).contains("kênh ONLINE");
    }

    @Test
    void badInputIsRefusedWithReasonsAndNothingIsStored() throws Exception {
        int before = count();
        assertBadRequest(body(null, "001203004567", "An").replace("land-use-conversion", "xin-giay-phep-bay"),
                "không có trong danh mục");
        assertBadRequest("{\"procedureKey\":\"land-use-conversion\",\"channel\":\"ONLINE\",\"parcel\":"
                + "{\"mapSheet\":\"1\",\"parcelNumber\":\"2\",\"address\":\"x\"}}", "Thiếu thông tin người nộp");
        assertBadRequest(body(null, "12345678901A", "An"), "đúng 12 chữ số");
        // the parcel's commune decides the agencies: required, and one of the province's
        assertBadRequest(body(null, "001203004567", "An").replace("\"communeCode\":\"26041\",", ""),
                "Cần chọn xã nơi có thửa đất");
        assertBadRequest(body(null, "001203004567", "An").replace("26041", "99999"),
                "Xã có mã 99999 không thuộc Tỉnh Đồng Nai; các xã: 26041 (Xã Long Thành)");
        assertBadRequest(body(null, "001203004567", "A".repeat(201)), "tối đa 200 ký tự");
        assertBadRequest("{\"procedureKey\": ", "JSON hợp lệ");
        assertBadRequest(body(null, "001203004567", "An").replace("\"channel\":\"ONLINE\"",
                "\"channel\":\"ONLINE\",\"receivedAt\":\"2099-01-01T00:00:00Z\""), "tương lai");
        assertBadRequest(body(null, "001203004567", "<script>alert(1)</script>'; drop table mc_dossier; --")
                .replace("\"idNumber\":\"001203004567\"", "\"idNumber\":\"' OR 1=1 --\""), "12 chữ số");
        // The papers received: each named, of a known type, counted from 1; sets from 1.
        String papers = body(null, "001203004567", "An").replace("\"requestSummary\":\"\"", "\"requestSummary\":\"\","
                + "\"sets\":0,\"documents\":[{\"name\":\" \",\"type\":\"PHOTO\",\"count\":0},null]");
        HttpResponse<String> badPapers = post("tiepnhan1:demo", papers);
        assertThat(badPapers.statusCode()).as(badPapers.body()).isEqualTo(400);
        assertThat(badPapers.body()).contains("\"field\":\"sets\"", "\"field\":\"documents[0].name\"",
                "\"field\":\"documents[0].type\"", "\"field\":\"documents[0].count\"", "\"field\":\"documents[1]\"",
                "Cần ghi tên giấy tờ");
        // Every problem in one answer, the unknown procedure too.
        HttpResponse<String> several = post("tiepnhan1:demo", body(null, "12345678901A", "An")
                .replace("land-use-conversion", "xin-giay-phep-bay"));
        assertThat(several.statusCode()).isEqualTo(400);
        assertThat(several.body()).contains("\"field\":\"procedureKey\"", "không có trong danh mục",
                "\"field\":\"applicant.idNumber\"", "đúng 12 chữ số");

        HttpResponse<String> huge = post("tiepnhan1:demo", body(null, "001203004567", "An")
                .replace("\"requestSummary\":\"\"", "\"requestSummary\":\"" + "x".repeat(70_000) + "\""));
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(huge.body()).contains("quá lớn");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void onlyTheDeskReceivesAndOnlyOfficersRead() throws Exception {
        assertThat(post(null, body(null, "001203004567", "An")).statusCode()).isEqualTo(401);
        HttpResponse<String> specialist = post("chuyenvien1:demo", body(null, "001203004567", "An"));
        assertThat(specialist.statusCode()).isEqualTo(403);
        assertThat(specialist.body()).contains("không có quyền");
        assertThat(get("phantich1:demo", "/api/dossiers/X").statusCode()).isEqualTo(403);
        HttpResponse<String> unknown = get("chuyenvien1:demo", "/api/dossiers/000.00.15.H57-991231-9999");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Không tìm thấy hồ sơ");
    }

    @Test
    void sameClientRequestTwiceCreatesOneFile() throws Exception {
        String requestId = "portal-" + UUID.randomUUID();
        HttpResponse<String> first = post("tiepnhan1:demo", body(requestId, "001203004567", "An"));
        HttpResponse<String> second = post("tiepnhan1:demo", body(requestId, "001203004567", "An"));
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(code(second)).isEqualTo(code(first));
        assertThat(jdbc.queryForObject("select count(*) from mc_dossier where client_request_id = ?", Integer.class,
                requestId)).isEqualTo(1);
    }

    @Test
    void concurrentReceptionsGetDistinctCodesAndDuplicatesStayOne() throws Exception {
        String requestId = "portal-" + UUID.randomUUID();
        List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            calls.add(() -> post("tiepnhan1:demo", body(null, "001203004567", "Đồng thời")));
            calls.add(() -> post("tiepnhan1:demo", body(requestId, "001203004567", "Trùng lặp")));
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<HttpResponse<String>> responses = new ArrayList<>();
        for (Future<HttpResponse<String>> f : pool.invokeAll(calls)) {
            responses.add(f.get());
        }
        pool.shutdown();
        assertThat(responses).extracting(HttpResponse::statusCode).allMatch(s -> s == 200 || s == 201);
        Set<String> distinct = responses.stream().map(DossierApiIT::code).collect(Collectors.toSet());
        assertThat(distinct).hasSize(7); // six different files and one de-duplicated
        assertThat(jdbc.queryForObject("select count(*) from mc_dossier where client_request_id = ?", Integer.class,
                requestId)).isEqualTo(1);
    }

    @Test
    void withdrawalThroughTheApi() throws Exception {
        String code = code(post("tiepnhan1:demo", body(null, "001203004567", "An")));
        HttpResponse<String> missingReason = postJson("tiepnhan1:demo", "/api/dossiers/" + code + "/withdrawal", "{}");
        assertThat(missingReason.statusCode()).isEqualTo(400);
        HttpResponse<String> withdrawn = postJson("tiepnhan1:demo", "/api/dossiers/" + code + "/withdrawal",
                "{\"reason\":\"Người nộp xin rút\"}");
        assertThat(withdrawn.statusCode()).isEqualTo(200);
        assertThat(withdrawn.body()).contains("\"status\":\"WITHDRAWN\"");
        HttpResponse<String> again = postJson("tiepnhan1:demo", "/api/dossiers/" + code + "/withdrawal",
                "{\"reason\":\"Lần nữa\"}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("đã kết thúc");
    }

    private void assertBadRequest(String json, String reason) throws Exception {
        HttpResponse<String> response = post("tiepnhan1:demo", json);
        assertThat(response.statusCode()).as(json).isEqualTo(400);
        assertThat(response.body()).as(json).contains(reason).doesNotContain("Exception").doesNotContain("at vn.");
    }

    private static String body(String clientRequestId, String idNumber, String name) {
        String id = clientRequestId == null ? "" : "\"clientRequestId\":\"" + clientRequestId + "\",";
        return "{\"procedureKey\":\"land-use-conversion\"," + id + "\"channel\":\"ONLINE\","
                + "\"applicant\":{\"fullName\":\"" + name.replace("\"", "\\\"") + "\",\"idNumber\":\"" + idNumber
                + "\",\"address\":\"Thôn Đông\"},\"parcel\":{\"communeCode\":\"26041\",\"mapSheet\":\"12\",\"parcelNumber\":\"345\","
                + "\"address\":\"Thôn Đông, xã Long Thành\"},\"requestSummary\":\"\"}";
    }

    private static String code(HttpResponse<String> response) {
        Matcher m = CODE.matcher(response.body());
        assertThat(m.find()).as(response.body()).isTrue();
        return m.group(1);
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from mc_dossier", Integer.class);
    }

    private HttpResponse<String> post(String credentials, String json) throws Exception {
        return calls.post("/api/dossiers", credentials, json);
    }

    private HttpResponse<String> postJson(String credentials, String path, String json) throws Exception {
        return calls.post(path, credentials, json);
    }

    private HttpResponse<String> get(String credentials, String path) throws Exception {
        return calls.get(path, credentials);
    }
}
