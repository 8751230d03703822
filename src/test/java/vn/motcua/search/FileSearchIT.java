package vn.motcua.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.sql.Connection;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.motcua.dossier.SearchKeyBackfill;
import vn.motcua.support.HttpCalls;
import vn.motcua.support.IntegrationTest;

/**
 * GET /api/files/search as officers meet it: every kind of query, the status filter, the unit rule of
 * GET /api/dossiers/{code}, and the refusals. Also the V18 keys of files written before the column.
 */
@IntegrationTest
class FileSearchIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    private HttpCalls calls;
    private String idNumber;
    private String sheet;
    private String parcel;
    private String code;

    @BeforeEach
    void receiveAFile() throws Exception {
        calls = new HttpCalls(port);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        idNumber = "0792" + (10_000_000 + random.nextInt(89_999_999));
        sheet = String.valueOf(100 + random.nextInt(800));
        parcel = String.valueOf(1000 + random.nextInt(8000));
        HttpResponse<String> received = calls.post("/api/dossiers", "tiepnhan1:demo", """
                {"procedureKey":"land-use-conversion","channel":"IN_PERSON",
                 "applicant":{"fullName":"Đoàn Thị Ngọc Điệp","idNumber":"%s","address":"Thôn Đông"},
                 "parcel":{"communeCode":"26041","mapSheet":"%s","parcelNumber":"%s","address":"Thôn Đông"}}"""
                .formatted(idNumber, sheet, parcel));
        assertThat(received.statusCode()).as(received.body()).isEqualTo(201);
        code = HttpCalls.fileCode(received);
    }

    @Test
    void findsAFileByNameWithoutDiacriticsByAnyWordAndNotInsideAWord() throws Exception {
        assertThat(search("tiepnhan1:demo", "doan thi ngoc diep")).contains(code).contains("Đoàn Thị Ngọc Điệp")
                .contains("\"status\":\"IN_PROGRESS\"").contains("\"appointmentDate\":\"20")
                .contains("\"holdingUnit\":\"landoffice\"").contains("Phòng Kinh tế xã Long Thành");
        assertThat(search("tiepnhan1:demo", "NGỌC ĐIỆP")).contains(code);
        assertThat(search("tiepnhan1:demo", "Đoàn Thị")).contains(code);
        // "iep" is inside "diep", not the start of a word
        assertThat(search("tiepnhan1:demo", "ngoc iep")).doesNotContain(code);
    }

    @Test
    void findsAFileByItsCodeOrTheTailOfIt() throws Exception {
        String tail = code.substring(code.indexOf('-') + 1);
        assertThat(search("tiepnhan1:demo", code)).contains(code);
        assertThat(search("tiepnhan1:demo", tail)).contains(code);
        assertThat(search("tiepnhan1:demo", code.substring(code.length() - 4))).contains(code);
        assertThat(search("tiepnhan1:demo", code.toLowerCase())).contains(code);
        // not a tail: the agency's part alone is no tail of the code
        assertThat(search("tiepnhan1:demo", code.substring(0, code.indexOf('-') + 4))).doesNotContain(code);
    }

    @Test
    void findsAFileByCitizenIdAndByParcel() throws Exception {
        assertThat(search("tiepnhan1:demo", idNumber)).contains(code);
        assertThat(search("tiepnhan1:demo", sheet + "/" + parcel)).contains(code);
        assertThat(search("tiepnhan1:demo", "tờ " + sheet + " thửa " + parcel)).contains(code);
        assertThat(search("tiepnhan1:demo", parcel + "/" + sheet)).doesNotContain(code);
    }

    @Test
    void filtersByStatus() throws Exception {
        assertThat(search("tiepnhan1:demo", idNumber, "IN_PROGRESS")).contains(code);
        assertThat(search("tiepnhan1:demo", idNumber, "FINISHED")).doesNotContain(code);
    }

    @Test
    void findsOnlyTheFilesTheCallerMayRead() throws Exception {
        // the land office holding it and the supervisor find it; another commune's desk and land office do not
        assertThat(search("chuyenvien1:demo", idNumber)).contains(code);
        assertThat(search("giamsat1:demo", idNumber)).contains(code);
        assertThat(search("tiepnhanap:demo", idNumber)).doesNotContain(code).contains("\"files\":[]");
        assertThat(search("chuyenvienap:demo", idNumber)).doesNotContain(code);
        assertThat(calls.get("/api/dossiers/" + code, "tiepnhanap:demo").statusCode()).isEqualTo(403);
        // a commune committee officer before any step of theirs: not yet
        assertThat(search("xa1:demo", idNumber)).doesNotContain(code);
        // its committee's chairperson reads the commune's files from the start
        assertThat(search("chutichxa:demo", idNumber)).contains(code);
    }

    @Test
    void refusesAnEmptyShortOrUnknownQueryWithTheReason() throws Exception {
        HttpResponse<String> empty = calls.get("/api/files/search", "tiepnhan1:demo");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("Cần nhập nội dung tìm kiếm");
        HttpResponse<String> blank = calls.get("/api/files/search?q=%20%20", "tiepnhan1:demo");
        assertThat(blank.statusCode()).isEqualTo(400);
        HttpResponse<String> shortName = calls.get("/api/files/search?q=a", "tiepnhan1:demo");
        assertThat(shortName.statusCode()).isEqualTo(400);
        assertThat(shortName.body()).contains("ít nhất 2 chữ");
        HttpResponse<String> shortDigits = calls.get("/api/files/search?q=12", "tiepnhan1:demo");
        assertThat(shortDigits.statusCode()).isEqualTo(400);
        assertThat(shortDigits.body()).contains("ít nhất 3 chữ số");
        HttpResponse<String> status = calls.get("/api/files/search?q=" + idNumber + "&status=DONE", "tiepnhan1:demo");
        assertThat(status.statusCode()).isEqualTo(400);
        assertThat(status.body()).contains("Trạng thái 'DONE' không có").contains("Đang giải quyết");
        assertThat(calls.get("/api/files/search?q=" + idNumber, null).statusCode()).isEqualTo(401);
    }

    @Test
    void theMigrationKeysFilesWrittenBeforeIt() throws Exception {
        jdbc.update("update mc_dossier set applicant_search = null, code_reversed = null where code = ?", code);
        try (Connection connection = dataSource.getConnection()) {
            SearchKeyBackfill.fillMissing(connection);
        }
        assertThat(jdbc.queryForObject("select count(*) from mc_dossier where code_reversed is null", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("select applicant_search from mc_dossier where code = ?", String.class, code))
                .isEqualTo(" doan thi ngoc diep");
        assertThat(search("tiepnhan1:demo", "ngoc diep")).contains(code);
    }

    private String search(String credentials, String q) throws Exception {
        return search(credentials, q, null);
    }

    private String search(String credentials, String q, String status) throws Exception {
        String path = "/api/files/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)
                + (status == null ? "" : "&status=" + status);
        HttpResponse<String> response = calls.get(path, credentials);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }
}
