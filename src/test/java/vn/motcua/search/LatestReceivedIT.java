package vn.motcua.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.motcua.calendar.DayFormat;
import vn.motcua.support.HttpCalls;
import vn.motcua.support.IntegrationTest;

/**
 * After reception the desk sees the code, the appointment and the receipt: the officer's latest files
 * over the files API (Basic) and, for Tasklist's script, with the Tasklist session alone.
 */
@IntegrationTest
class LatestReceivedIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDeskFindsItsLatestFileWithTheAppointmentAndPrintsTheReceiptInItsTasklistSession() throws Exception {
        String code = receive("tiepnhan2:demo");
        LocalDate due = jdbc.queryForObject("select due_date from mc_dossier where code = ?", LocalDate.class, code);
        String told = "Đã tiếp nhận hồ sơ " + code + ", hẹn trả kết quả ngày " + DayFormat.of(due);

        HttpResponse<String> api = new HttpCalls(port).get("/api/files/latest-received", "tiepnhan2:demo");
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).startsWith("[{\"code\":\"" + code + "\"").contains(told)
                .contains("\"receiptPath\":\"/desk/files/" + code + "/receipt\"");
        assertThat(new HttpCalls(port).get("/api/files/latest-received", "tiepnhan1:demo").body())
                .doesNotContain(code);

        HttpCalls tasklist = new HttpCalls(port);
        assertThat(tasklist.get("/desk/files/latest-received", null).statusCode()).isEqualTo(401);
        assertThat(tasklist.webappLogin("tasklist", "tiepnhan2", "demo").statusCode()).isEqualTo(200);
        HttpResponse<String> session = tasklist.get("/desk/files/latest-received", null);
        assertThat(session.statusCode()).isEqualTo(200);
        assertThat(session.body()).startsWith("[{\"code\":\"" + code + "\"").contains(told);

        HttpResponse<String> receipt = tasklist.get("/desk/files/" + code + "/receipt", null);
        assertThat(receipt.statusCode()).isEqualTo(200);
        assertThat(receipt.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(receipt.body()).startsWith("%PDF");
    }

    @Test
    void anotherCommunesDeskGetsNoReceiptAndNoSessionNoneAtAll() throws Exception {
        String code = receive("tiepnhan1:demo");
        assertThat(new HttpCalls(port).get("/desk/files/" + code + "/receipt", null).statusCode()).isEqualTo(401);
        HttpCalls otherDesk = new HttpCalls(port);
        otherDesk.webappLogin("tasklist", "tiepnhanap", "demo");
        HttpResponse<String> refused = otherDesk.get("/desk/files/" + code + "/receipt", null);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("chưa qua đơn vị");
    }

    private String receive(String credentials) throws Exception {
        String idNumber = "0791" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        HttpResponse<String> received = new HttpCalls(port).post("/api/dossiers", credentials, """
                {"procedureKey":"parcel-split","channel":"IN_PERSON",
                 "applicant":{"fullName":"Lò Văn Tiếp","idNumber":"%s","address":"Ấp 3"},
                 "parcel":{"communeCode":"26041","mapSheet":"7","parcelNumber":"88","address":"Ấp 3"}}"""
                .formatted(idNumber));
        assertThat(received.statusCode()).as(received.body()).isEqualTo(201);
        return HttpCalls.fileCode(received);
    }
}
