package vn.motcua.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.ReceivedFile;
import vn.motcua.dossier.StatusChange;
import vn.motcua.partner.PartnerAgencyStub;
import vn.motcua.support.HttpCalls;
import vn.motcua.support.IntegrationTest;

/**
 * Letters on the running application: issued by the file's life cycle, once per event even when
 * a step runs again, read by officers over HTTP Basic and by the citizen with the receipt's
 * secret. The real letters are also drawn to {@code target/letters-png/it-*.png}.
 */
@IntegrationTest
class LetterIT {

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+),\"kind\":\"([A-Z_]+)\"");
    private static final Pattern SECRET = Pattern.compile("<div class=\"secret\">([A-Z0-9-]+)</div>");

    @LocalServerPort
    int port;
    @Autowired
    DossierService dossiers;
    @Autowired
    DossierRegister register;
    @Autowired
    LetterListener listener;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PartnerAgencyStub partners;
    @Autowired
    LookupThrottle throttle;
    @Autowired
    TrackingBook trackingBook;
    @Autowired
    FileAgencyLookup fileAgencies;

    private HttpCalls calls;

    @BeforeEach
    void client() {
        calls = new HttpCalls(port);
        // The wrong secrets below are misses from this machine: never held by another test's.
        throttle.reset();
    }

    @Test
    void receiptIsIssuedOnAcceptanceAndReadByOfficersAndByTheCitizen() throws Exception {
        Dossier dossier = dossiers.receive(file("Trần Thị Bình"), "tiepnhan1");
        String base = "/api/dossiers/" + dossier.code() + "/letters";

        HttpResponse<String> list = calls.get(base, "chuyenvien1:demo");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("\"kind\":\"RECEIPT\"", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", "/TNHS-TTPVHCC");
        long receipt = ids(list.body()).get("RECEIPT");
        // Printed on its first download, not as it is issued, then kept: every later download is that print.
        assertThat(storedPdf(receipt)).isNull();

        HttpResponse<byte[]> pdf = bytes(base + "/" + receipt, "tiepnhan1:demo");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(storedPdf(receipt)).isEqualTo(pdf.body());
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition"))
                .hasValue("inline; filename=\"" + dossier.code() + "-receipt.pdf\"");
        assertThat(new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(LetterPdfTest.text(document)).contains("Trần Thị Bình", "Nguyễn Thị Lan", dossier.code());
            LetterPdfTest.drawForReview("it-receipt", document);
        }

        HttpResponse<String> html = calls.get(base + "/" + receipt + "?format=html", "tiepnhan1:demo");
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(html.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(p -> assertThat(p).contains("default-src 'none'"));
        String secret = secretIn(html.body());
        assertThat(calls.get(base + "/" + receipt + "?format=docx", "tiepnhan1:demo").statusCode()).isEqualTo(400);

        // Only a hash of the secret is stored, and the file's history lists the letter.
        String stored = jdbc.queryForObject("select secret_hash from mc_lookup_secret where dossier_id = ?", String.class,
                dossier.id());
        assertThat(stored).hasSize(64).doesNotContain(secret.replace("-", ""));
        assertThat(register.statusHistory(dossier.id())).extracting(StatusChange::status, StatusChange::reason)
                .anySatisfy(line -> assertThat(line.toList()).containsExactly("LETTER_ISSUED",
                        "Giấy tiếp nhận hồ sơ và hẹn trả kết quả số " + number(dossier, LetterKind.RECEIPT)));

        // The citizen: the same letters with the secret, however it is typed.
        String pub = "/api/public/dossiers/" + dossier.code() + "/letters";
        HttpResponse<String> citizenList = citizen(pub, secret);
        assertThat(citizenList.statusCode()).isEqualTo(200);
        assertThat(ids(citizenList.body())).containsKey("RECEIPT");
        assertThat(citizen(pub, secret.replace("-", "").toLowerCase()).statusCode()).isEqualTo(200);
        HttpResponse<byte[]> citizenPdf = calls.client().send(HttpRequest.newBuilder(calls.uri(pub + "/" + receipt))
                .header(PublicLetterController.SECRET_HEADER, secret).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(citizenPdf.statusCode()).isEqualTo(200);
        assertThat(citizenPdf.body()).isEqualTo(pdf.body());

        // Wrong, missing or for another code: one 404 that reveals nothing.
        String wrong = secret.startsWith("A") ? "BBBB-BBBB" : "AAAA-AAAA";
        for (String[] lookup : new String[][] {{pub, wrong}, {pub, null}, {pub + "/" + receipt, wrong},
                {"/api/public/dossiers/000.00.15.H57-991231-9999/letters", secret}}) {
            HttpResponse<String> refused = citizen(lookup[0], lookup[1]);
            assertThat(refused.statusCode()).as(lookup[0]).isEqualTo(404);
            assertThat(refused.body()).as(lookup[0]).contains(LetterReader.CITIZEN_NOT_FOUND).doesNotContain(dossier.code());
        }

        // Officers' endpoints need an officer.
        assertThat(calls.get(base, null).statusCode()).isEqualTo(401);
        assertThat(bytes(base + "/" + receipt, null).statusCode()).isEqualTo(401);
        assertThat(calls.get(base, "phantich1:demo").statusCode()).isEqualTo(403);
        assertThat(calls.get(base + "/999999999", "chuyenvien1:demo").statusCode()).isEqualTo(404);
    }

    @Test
    void theReceiptListsThePapersReceivedThroughTheApiAndTheTasklistForm() throws Exception {
        HttpResponse<String> created = calls.post("/api/dossiers", "tiepnhan1:demo", """
                {"procedureKey": "land-use-conversion", "channel": "IN_PERSON",
                 "applicant": {"fullName": "Vương Thị Giấy", "idNumber": "001203004567", "address": "Thôn Đông"},
                 "parcel": {"communeCode": "26041", "mapSheet": "12", "parcelNumber": "345", "address": "Thôn Đông, xã Long Thành"},
                 "sets": 2,
                 "documents": [
                   {"name": "Đơn đề nghị cho phép chuyển mục đích sử dụng đất", "type": "ORIGINAL", "count": 1},
                   {"name": "Giấy chứng nhận quyền sử dụng đất", "type": "CERTIFIED_COPY", "count": 2},
                   {"name": "Sơ đồ vị trí thửa đất"}]}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Dossier byApi = dossiers.get(codeIn(created.body()));
        String receipt = receiptOf(byApi);
        assertThat(receipt).contains("<li>Đơn đề nghị cho phép chuyển mục đích sử dụng đất: 01 bản chính</li>",
                "<li>Giấy chứng nhận quyền sử dụng đất: 02 bản sao có chứng thực</li>", "<li>Sơ đồ vị trí thửa đất</li>",
                "02 bộ");
        // The tracking book's entry is the receipt's own place in the year's sequence.
        String number = number(byApi, LetterKind.RECEIPT);
        assertThat(receipt).contains("Số thứ tự: <span class=\"value\">" + number.substring(0, number.indexOf('/'))
                + "</span>");

        // Tasklist's reception form: one paper a line, the officer's own numbering dropped.
        HttpResponse<String> started = calls.post("/engine-rest/process-definition/key/land-use-conversion/submit-form",
                "tiepnhan1:demo", """
                {"variables": {
                  "applicantName": {"value": "Vương Văn Tờ", "type": "String"},
                  "applicantIdNumber": {"value": "001203004567", "type": "String"},
                  "applicantAddress": {"value": "Thôn Tây", "type": "String"},
                  "parcelMapSheet": {"value": "7", "type": "String"},
                  "parcelNumber": {"value": "81", "type": "String"},
                  "parcelAddress": {"value": "Thôn Tây, xã Long Thành", "type": "String"},
                  "communeCode": {"value": "26041", "type": "String"},
                  "channel": {"value": "IN_PERSON", "type": "String"},
                  "receptionOutcome": {"value": "COMPLETE", "type": "String"},
                  "documentSets": {"value": 1, "type": "Long"},
                  "receivedDocuments": {"value": "1. Đơn đề nghị tách thửa\\n\\n- Giấy chứng nhận quyền sử dụng đất\\n",
                    "type": "String"}}}""");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        String instance = started.body().replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1");
        Dossier byForm = dossiers.get(jdbc.queryForObject("select code from mc_dossier where process_instance_id = ?",
                String.class, instance));
        assertThat(receiptOf(byForm)).contains("<li>Đơn đề nghị tách thửa</li>",
                "<li>Giấy chứng nhận quyền sử dụng đất</li>", "01 bộ");
    }

    @Test
    void withdrawalIssuesAStopNoticeAndARepeatedEventIssuesNothing() throws Exception {
        Dossier dossier = dossiers.receive(file("Lê Văn Cường"), "tiepnhan1");
        dossiers.requestWithdrawal(dossier.code(), "Gia đình đổi ý, xin rút hồ sơ", "tiepnhan1");

        Map<String, Long> letters = ids(calls.get("/api/dossiers/" + dossier.code() + "/letters", "tiepnhan1:demo").body());
        assertThat(letters).containsOnlyKeys("RECEIPT", "STOP_NOTICE", "CONTROL_SHEET");
        // The control sheet closes with the file: the step held when it stopped, and why it ended.
        String sheet = html(dossier.code(), letters.get("CONTROL_SHEET"));
        assertThat(sheet).contains("Thẩm định hồ sơ, kiểm tra thực địa", "Dừng, không xử lý tiếp", "Dừng giải quyết",
                "theo yêu cầu của người nộp hồ sơ");
        drawPdf(dossier.code(), letters.get("CONTROL_SHEET"), "it-control-sheet-withdrawn");
        String notice = calls.get("/api/dossiers/" + dossier.code() + "/letters/" + letters.get("STOP_NOTICE")
                + "?format=html", "tiepnhan1:demo").body();
        assertThat(notice).contains("THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ", "Gia đình đổi ý, xin rút hồ sơ", "Lê Văn Cường");

        // A step that runs again after a crash publishes its event again: nothing new is issued.
        int before = letterCount(dossier);
        DossierEvent again = new DossierEvent(dossier.code(), DossierEvent.Kind.WITHDRAWN, "1", "lần nữa", "tiepnhan1",
                java.time.Instant.now());
        listener.on(again);
        listener.on(again);
        listener.on(new DossierEvent(dossier.code(), DossierEvent.Kind.ACCEPTED, "1", null, "tiepnhan1",
                java.time.Instant.now()));
        assertThat(letterCount(dossier)).isEqualTo(before).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from mc_letter where dossier_id = ? and kind = 'STOP_NOTICE'",
                Integer.class, dossier.id())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from mc_letter where dossier_id = ? and kind = 'CONTROL_SHEET'",
                Integer.class, dossier.id())).isEqualTo(1);
    }

    @Test
    void aFileClosedAfterASupplementNoticeGetsItsControlSheetAfterTheClosingNotice() throws Exception {
        Dossier dossier = dossiers.register(file("Vũ Thị Giang"), "tiepnhan1");
        dossiers.requestSupplementAtReception(dossier.code(), "1. Bản sao giấy chứng nhận quyền sử dụng đất", "tiepnhan1");
        dossiers.close(dossier.code(), "system");

        Map<String, Long> letters = ids(calls.get("/api/dossiers/" + dossier.code() + "/letters", "tiepnhan1:demo").body());
        assertThat(letters).containsOnlyKeys("SUPPLEMENT_REQUEST", "CLOSING_NOTICE", "CONTROL_SHEET");
        assertThat(html(dossier.code(), letters.get("CONTROL_SHEET"))).contains("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ",
                "Đóng hồ sơ", "do người nộp không bổ sung, hoàn thiện hồ sơ trong thời hạn");
    }

    @Test
    void eachAcceptedFileHasOneEntryInItsDesksTrackingBookWhichTheReceiptPrints() throws Exception {
        Dossier first = dossiers.receive(file("Ngô Văn Hải"), "tiepnhan1");
        Dossier second = dossiers.receive(file("Ngô Thị Hoa"), "tiepnhan1");
        Map<String, Object> a = bookEntry(first);
        Map<String, Object> b = bookEntry(second);
        // One book a year per receiving desk, numbered in the order files were accepted.
        assertThat(b.get("desk_id")).isEqualTo(a.get("desk_id")).isNotNull();
        assertThat(b.get("book_year")).isEqualTo(a.get("book_year"));
        int entry = ((Number) b.get("entry_no")).intValue();
        assertThat(entry).isGreaterThan(((Number) a.get("entry_no")).intValue());
        assertThat(receiptOf(second)).contains("Quyển số: <span class=\"value\">" + b.get("book_year") + "</span>",
                String.format("Số thứ tự: <span class=\"value\">%02d</span>", entry));

        // Asked again (a step run twice): the same entry, no second row.
        Dossier again2 = dossiers.get(second.code());
        TrackingBook.Entry again = trackingBook.entryFor(again2, fileAgencies.of(again2).desk(), java.time.Instant.now());
        assertThat(again).isEqualTo(new TrackingBook.Entry(((Number) b.get("book_year")).intValue(), entry));
        assertThat(jdbc.queryForObject("select count(*) from mc_tracking_book where dossier_id = ?", Integer.class,
                second.id())).isEqualTo(1);
    }

    private Map<String, Object> bookEntry(Dossier dossier) {
        return jdbc.queryForMap("select desk_id, book_year, entry_no from mc_tracking_book where dossier_id = ?",
                dossier.id());
    }

    @Test
    void finishedFileGetsTheHandOverNoteAndTheControlSheetWhichCitizensDoNotSee() throws Exception {
        Dossier dossier = dossiers.receive(file("Phạm Thị Em"), "tiepnhan1");
        String code = dossier.code();
        complete(code, "appraiseFile", "chuyenvien1", Map.of("appraisalDecision", "PROCEED",
                "appraisalFindings", "Đủ điều kiện chuyển mục đích"));
        // The registration office and the tax office answer through their own systems (partner exchanges).
        partners.answer(code, "provideCadastralExtract", Map.of("extractNumber", "TL-01", "parcelAreaM2", 200));
        complete(code, "approveConversion", "lanhdao1", Map.of("decision", "APPROVED", "decisionNumber", "123/QĐ-UBND"));
        partners.answer(code, "issueTaxNotice", Map.of("taxNoticeNumber", "TB-9", "taxAmount", 150_000_000));
        partners.answer(code, "confirmPayment", Map.of("paymentReference", "CT-77", "paidOn", "2026-12-01"));
        complete(code, "updateLandRecords", "vpdk1", Map.of("certificateNumber", "DA 123456"));
        // Not tiepnhan2: OrganisationSeedIT deletes that user in the shared context.
        complete(code, "returnResult", "lanhdaomotcua", Map.of("deliveryChannel", "IN_PERSON",
                "receivedBy", "Phạm Văn Phúc"));

        Map<String, Long> letters = ids(calls.get("/api/dossiers/" + code + "/letters", "tiepnhan1:demo").body());
        assertThat(letters).containsOnlyKeys("RECEIPT", "RESULT_HANDOVER", "CONTROL_SHEET");
        String handover = html(code, letters.get("RESULT_HANDOVER"));
        assertThat(handover).contains("123/QĐ-UBND", "DA 123456", "Phạm Văn Phúc", "Phạm Thị Em", "Phan Thị Hạnh");
        String sheet = html(code, letters.get("CONTROL_SHEET"));
        assertThat(sheet).contains("Lê Minh Tuấn", "Đỗ Thị Mai", "Hoàng Văn Nam", "Phan Thị Hạnh",
                "Chi nhánh Văn phòng đăng ký đất đai", "Trước hạn", "Bên giao", "Bên nhận");
        // The desk officer who accepted the file (tiepnhan1) gives it to the land office's appraisal.
        assertThat(sheet).containsPattern("<td>Thẩm định[^<]*</td>\\s*<td>Trung tâm Phục vụ hành chính công xã Long Thành"
                + "<br/><b>Nguyễn Thị Lan</b></td>\\s*<td>Phòng Kinh tế xã Long Thành<br/><b>Lê Minh Tuấn</b></td>");
        drawPdf(code, letters.get("CONTROL_SHEET"), "it-control-sheet");
        drawPdf(code, letters.get("RESULT_HANDOVER"), "it-result-handover");

        String secret = secretIn(html(code, letters.get("RECEIPT")));
        String pub = "/api/public/dossiers/" + code + "/letters";
        assertThat(ids(citizen(pub, secret).body())).containsOnlyKeys("RECEIPT", "RESULT_HANDOVER");
        assertThat(citizen(pub + "/" + letters.get("CONTROL_SHEET"), secret).statusCode()).isEqualTo(404);
    }

    @Test
    void refusalAfterAppraisalCarriesTheLeadersReason() throws Exception {
        Dossier dossier = dossiers.receive(file("Đinh Thị Hoa"), "tiepnhan1");
        String code = dossier.code();
        complete(code, "appraiseFile", "chuyenvien1", Map.of("appraisalDecision", "REFUSE",
                "appraisalFindings", "Không phù hợp quy hoạch", "refusalReason", "Không phù hợp quy hoạch"));
        complete(code, "approveConversion", "lanhdao1", Map.of("decision", "REFUSED",
                "decisionReason", "Vị trí thửa đất không phù hợp quy hoạch sử dụng đất cấp xã"));

        Map<String, Long> letters = ids(calls.get("/api/dossiers/" + code + "/letters", "tiepnhan1:demo").body());
        assertThat(letters).containsOnlyKeys("RECEIPT", "RESULT_REFUSAL");
        assertThat(html(code, letters.get("RESULT_REFUSAL"))).contains("PHIẾU TỪ CHỐI GIẢI QUYẾT HỒ SƠ",
                "Vị trí thửa đất không phù hợp quy hoạch sử dụng đất cấp xã", "/PTC-PKT", "PHÒNG KINH TẾ");

        complete(code, "returnResult", "tiepnhan1", Map.of("deliveryChannel", "POST"));
        letters = ids(calls.get("/api/dossiers/" + code + "/letters", "tiepnhan1:demo").body());
        assertThat(html(code, letters.get("RESULT_HANDOVER"))).contains("hồ sơ không được giải quyết",
                "Phiếu từ chối giải quyết hồ sơ số " + number(dossiers.get(code), LetterKind.RESULT_REFUSAL),
                "Qua dịch vụ bưu chính");
    }

    private String receiptOf(Dossier dossier) throws Exception {
        Map<String, Long> letters = ids(calls.get("/api/dossiers/" + dossier.code() + "/letters", "tiepnhan1:demo").body());
        return html(dossier.code(), letters.get("RECEIPT"));
    }

    private static String codeIn(String json) {
        Matcher m = Pattern.compile("\"code\":\"([^\"]+)\"").matcher(json);
        assertThat(m.find()).as(json).isTrue();
        return m.group(1);
    }

    private void complete(String code, String step, String officer, Map<String, Object> variables) {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey(step).singleResult();
        assertThat(task).as("open task " + step + " of " + code).isNotNull();
        taskService.claim(task.getId(), officer);
        taskService.complete(task.getId(), variables);
    }

    private String html(String code, long id) throws Exception {
        HttpResponse<String> response = calls.get("/api/dossiers/" + code + "/letters/" + id + "?format=html",
                "tiepnhan1:demo");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private void drawPdf(String code, long id, String name) throws Exception {
        HttpResponse<byte[]> pdf = bytes("/api/dossiers/" + code + "/letters/" + id, "tiepnhan1:demo");
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            LetterPdfTest.drawForReview(name, document);
        }
    }

    /** The applicant's lookup: the secret in its header, never in the address. */
    private HttpResponse<String> citizen(String path, String secret) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(calls.uri(path)).GET();
        if (secret != null) {
            request.header(PublicLetterController.SECRET_HEADER, secret);
        }
        return calls.client().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<byte[]> bytes(String path, String credentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(calls.uri(path)).GET();
        if (credentials != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return calls.client().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private String number(Dossier dossier, LetterKind kind) {
        return jdbc.queryForObject("select letter_number from mc_letter where dossier_id = ? and kind = ?", String.class,
                dossier.id(), kind.name());
    }

    private int letterCount(Dossier dossier) {
        return jdbc.queryForObject("select count(*) from mc_letter where dossier_id = ?", Integer.class, dossier.id());
    }

    private static String secretIn(String receiptHtml) {
        Matcher m = SECRET.matcher(receiptHtml);
        assertThat(m.find()).as("the receipt prints the lookup secret").isTrue();
        return m.group(1);
    }

    private static Map<String, Long> ids(String json) {
        Map<String, Long> ids = new java.util.LinkedHashMap<>();
        Matcher m = ID.matcher(json);
        while (m.find()) {
            ids.put(m.group(2), Long.parseLong(m.group(1)));
        }
        return ids;
    }

    private static ReceivedFile file(String applicant) {
        return new ReceivedFile("land-use-conversion", null, Channel.IN_PERSON,
                new Dossier.Applicant(applicant, "001203004567", "0912345678", null, "Thôn Đông, xã Long Thành"),
                new Dossier.Parcel("12", "345", "Thôn Đông, xã Long Thành", "26041", false),
                "Chuyển 200 m² đất trồng cây lâu năm sang đất ở", null);
    }

    private byte[] storedPdf(long letterId) {
        return jdbc.queryForObject("select pdf from mc_letter where id = ?", byte[].class, letterId);
    }

}
