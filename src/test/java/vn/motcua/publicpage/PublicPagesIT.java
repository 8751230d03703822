package vn.motcua.publicpage;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import vn.motcua.dossier.DossierService;
import vn.motcua.letter.LetterReader;
import vn.motcua.letter.LookupThrottle;
import vn.motcua.support.HttpCalls;
import vn.motcua.support.IntegrationTest;

/**
 * The citizens' pages through HTTP: the home page and a procedure, the lookup with the receipt's proof
 * (a wrong code and a wrong secret answer the same page, misses are throttled as the letters API's,
 * a pause and an apology show their reasons and dates), the receipt's QR code, and the rating.
 */
@IntegrationTest
class PublicPagesIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern QR = Pattern.compile("src=\"data:image/png;base64,([^\"]+)\"");
    private static final String UNKNOWN_CODE = "000.00.15.H57-991231-9999";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @LocalServerPort
    int port;
    @Autowired
    DossierService dossiers;
    @Autowired
    LookupThrottle throttle;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DemoRatings demoRatings;

    private HttpCalls calls;
    private CitizenFiles files;

    @BeforeEach
    void aCitizenWithABrowser() {
        throttle.reset();
        calls = new HttpCalls(port);
        files = new CitizenFiles(dossiers, calls);
    }

    @AfterEach
    void forgetTheMisses() {
        throttle.reset();
    }

    @Test
    void theHomePageIsForCitizensNotTheCamundaLogin() throws Exception {
        HttpResponse<String> home = calls.get("/", null);
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Tra cứu hồ sơ", "name=\"secret\"", "name=\"_csrf\"", "href=\"/thu-tuc/parcel-split\"",
                "Tách thửa đất", "Số 1 đường Lê Duẩn, xã Long Thành", "Cán bộ đăng nhập", "1022");
        assertThat(home.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(home.headers().firstValue("Set-Cookie").orElse("")).doesNotContain("JSESSIONID");
    }

    @Test
    void aProcedurePageShowsTheLimitTheEngineCountsWithItsSource() throws Exception {
        HttpResponse<String> page = calls.get("/thu-tuc/parcel-split", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Tách thửa đất", "12 ngày làm việc", "Nghị định 151/2025/NĐ-CP",
                "thêm 10 ngày", "Thời gian trưng cầu giám định", "Chi nhánh Văn phòng đăng ký đất đai",
                "chưa có trong dữ liệu thủ tục", "Trung tâm Phục vụ hành chính công xã An Phước");
        assertThat(calls.get("/thu-tuc", null).body()).contains("Hòa giải tranh chấp đất đai");
        assertThat(calls.get("/thu-tuc/no-such-procedure", null).statusCode()).isEqualTo(404);
    }

    @Test
    void theRightProofShowsTheFileAndItsLetters() throws Exception {
        CitizenFiles.Held file = files.receive("Tô Thị Lụa");
        HttpResponse<String> page = lookup(file.code(), file.secret().toLowerCase().replace("-", ""));
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        String due = DAY.format(dossiers.get(file.code()).dueDate());
        assertThat(page.body()).contains(file.code(), "Đang giải quyết", due, "Hẹn trả kết quả khi tiếp nhận",
                "Giấy tiếp nhận hồ sơ", "Tải về (PDF)", "Số 1 đường Lê Duẩn", "1022")
                .doesNotContain("Tô Thị Lụa"); // nothing personal beyond what the applicant typed
        assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("no-store");

        Matcher letter = Pattern.compile("action=\"/tra-cuu/giay-to/(\\d+)\"").matcher(page.body());
        assertThat(letter.find()).isTrue();
        HttpResponse<byte[]> pdf = postBytes("/tra-cuu/giay-to/" + letter.group(1),
                Map.of("code", file.code(), "secret", file.secret()));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
    }

    @Test
    void aWrongCodeAndAWrongSecretGiveTheSamePage() throws Exception {
        CitizenFiles.Held file = files.receive("Lê Văn Sai");
        String wrong = file.secret().startsWith("A") ? "BBBB-BBBB" : "AAAA-AAAA";
        HttpResponse<String> wrongSecret = lookup(file.code(), wrong);
        HttpResponse<String> wrongCode = lookup(UNKNOWN_CODE, file.secret());
        assertThat(wrongSecret.statusCode()).isEqualTo(404);
        assertThat(wrongCode.statusCode()).isEqualTo(404);
        assertThat(wrongSecret.body()).contains(LetterReader.CITIZEN_NOT_FOUND).doesNotContain(wrong);
        // the same page but for the code typed back into the form and the form's own token
        assertThat(normalised(wrongCode.body(), UNKNOWN_CODE)).isEqualTo(normalised(wrongSecret.body(), file.code()));
    }

    @Test
    void missesAreThrottledAsTheLettersApiAndTheWaitRevealsNothing() throws Exception {
        CitizenFiles.Held file = files.receive("Hà Văn Đoán");
        HttpResponse<String> last = null;
        for (int i = 0; i < 5; i++) {
            last = lookup(file.code(), "ZZZZ-ZZZ" + (2 + i));
        }
        assertThat(last.statusCode()).isEqualTo(404);
        HttpResponse<String> held = lookup(file.code(), file.secret());
        assertThat(held.statusCode()).isEqualTo(429);
        assertThat(held.headers().firstValue("Retry-After")).isPresent();
        assertThat(held.body()).contains("nhập sai nhiều lần").doesNotContain("Đang giải quyết");
        // the JSON lookup shares the count: the same client waits there too
        HttpResponse<String> api = calls.client().send(HttpRequest.newBuilder(calls.uri("/api/public/dossiers/" + file.code()
                + "/letters")).header("X-Lookup-Secret", file.secret()).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(429);
    }

    @Test
    void aPausedFileShowsWhyItsClockStands() throws Exception {
        CitizenFiles.Held file = files.receive("Phạm Thị Chờ Thuế");
        dossiers.pauseClock(file.code(), "financialObligations", "thue1");
        String page = lookup(file.code(), file.secret()).body();
        assertThat(page).contains("Tạm ngưng tính thời hạn", "Thời gian xác định nghĩa vụ tài chính",
                DAY.format(LocalDate.now(vn.motcua.calendar.DeadlineCalculator.ZONE)), "ngày hẹn trả sẽ lùi thêm");
    }

    @Test
    void anApologyShowsTheNewDateAndItsReason() throws Exception {
        CitizenFiles.Held file = files.receive("Đỗ Văn Hẹn Lại");
        LocalDate oldDue = dossiers.get(file.code()).dueDate();
        LocalDate newDue = dossiers.extend(file.code(), oldDue.plusDays(14), "Cần xác minh thêm nguồn gốc sử dụng đất",
                "lanhdao1");
        String page = lookup(file.code(), file.secret()).body();
        assertThat(page).contains("Xin lỗi và hẹn lại ngày trả kết quả", DAY.format(oldDue), DAY.format(newDue),
                "Lý do: Cần xác minh thêm nguồn gốc sử dụng đất", "Phiếu xin lỗi");
        assertThat(page.indexOf(DAY.format(newDue))).isGreaterThan(0);
    }

    @Test
    void theReceiptQrCodeOpensTheLookupPageWithTheSecretInTheFragment() throws Exception {
        CitizenFiles.Held file = files.receive("Ngô Thị Quét");
        Matcher png = QR.matcher(file.receiptHtml());
        assertThat(png.find()).isTrue();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(png.group(1))));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        String text = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
        assertThat(text).isEqualTo("http://localhost:8080/tra-cuu?ma=" + file.code() + "#secret=" + file.secret());
        // what the server sees of that address: the code, never the secret
        HttpResponse<String> opened = calls.get("/tra-cuu?ma=" + file.code(), null);
        assertThat(opened.body()).contains("value=\"" + file.code() + "\"", "/public/assets/lookup.js")
                .doesNotContain(file.secret());
        assertThat(calls.get("/tra-cuu?ma=" + file.code() + "&secret=" + file.secret(), null).statusCode()).isEqualTo(400);
    }

    @Test
    void aPostWithoutTheFormsTokenIsNotReadAndTheFormComesBack() throws Exception {
        CitizenFiles.Held file = files.receive("Vũ Thị Không Mã");
        HttpResponse<String> forged = calls.client().send(HttpRequest.newBuilder(calls.uri("/tra-cuu"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("code", file.code(), "secret", file.secret()))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(302);
        assertThat(forged.headers().firstValue("Location").orElseThrow()).endsWith("/tra-cuu?het-han");
        assertThat(forged.body()).doesNotContain("Đang giải quyết");
        assertThat(calls.get("/tra-cuu?het-han", null).body()).contains("Trang đã mở quá lâu");
    }

    /** Every criterion a file received at the desk is asked, answered; the online service is not asked. */
    private static Map<String, String> answers(CitizenFiles.Held file) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("code", file.code());
        fields.put("secret", file.secret());
        fields.put("c-thoi-gian", "dung-hen");
        fields.put("c-so-noi-lien-he", "mot");
        fields.put("c-thai-do", "hai-long");
        fields.put("c-chi-phi", "co");
        fields.put("c-chung", "hai-long");
        return fields;
    }

    @Test
    void aFileIsRatedOnceByTheLegalCriteriaAfterItsResultWithItsProof() throws Exception {
        CitizenFiles.Held file = files.receive("Trần Văn Đánh Giá");
        Map<String, String> rating = answers(file);
        rating.put("comment", "Cán bộ hướng dẫn tận tình");

        HttpResponse<String> early = post("/danh-gia/gui", rating);
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(early.body()).contains("Chưa thể đánh giá", "sau khi đã nhận kết quả");
        assertThat(lookup(file.code(), file.secret()).body()).doesNotContain("action=\"/danh-gia\"");

        files.finish(file.code());
        assertThat(lookup(file.code(), file.secret()).body()).contains("action=\"/danh-gia\"", "Đã trả kết quả")
                .doesNotContain("Hồ sơ đang ở"); // ended: held by nobody, even with a step the engine left open

        // a wrong secret and a wrong code answer the same page, and nothing is stored
        Map<String, String> wrongSecret = new LinkedHashMap<>(rating);
        wrongSecret.put("secret", file.secret().startsWith("A") ? "BBBB-BBBB" : "AAAA-AAAA");
        HttpResponse<String> stranger = post("/danh-gia/gui", wrongSecret);
        Map<String, String> wrongCode = new LinkedHashMap<>(rating);
        wrongCode.put("code", UNKNOWN_CODE);
        HttpResponse<String> unknown = post("/danh-gia/gui", wrongCode);
        assertThat(stranger.statusCode()).isEqualTo(404);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(stranger.body()).contains(LetterReader.CITIZEN_NOT_FOUND);
        assertThat(normalised(unknown.body(), UNKNOWN_CODE)).isEqualTo(normalised(stranger.body(), file.code()));
        assertThat(count(file.code())).isZero();

        String form = post("/danh-gia", Map.of("code", file.code(), "secret", file.secret())).body();
        assertThat(form).contains("Thời gian trả kết quả so với ngày hẹn", "Đúng ngày hẹn", "bao nhiêu cơ quan, đơn vị",
                "Thái độ của cán bộ", "Rất hài lòng", "Bình thường", "Không hài lòng",
                "ngoài phí, lệ phí theo quy định", "name=\"c-chi-phi\"", "Nhìn chung", "name=\"comment\"")
                .doesNotContain("name=\"c-truc-tuyen\"", "name=\"score\""); // received at the desk: no online question

        // one required answer missing: the form again with what was chosen, a Vietnamese reason, nothing stored
        Map<String, String> noCost = new LinkedHashMap<>(rating);
        noCost.remove("c-chi-phi");
        HttpResponse<String> missing = post("/danh-gia/gui", noCost);
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("Xin trả lời câu hỏi «Ông/bà có phải nộp khoản chi phí nào ngoài phí, lệ phí"
                + " theo quy định không?»", "value=\"dung-hen\" checked", "Cán bộ hướng dẫn tận tình");
        Map<String, String> madeUp = new LinkedHashMap<>(rating);
        madeUp.put("c-thai-do", "5");
        assertThat(post("/danh-gia/gui", madeUp).statusCode()).isEqualTo(400);
        assertThat(count(file.code())).isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from mc_satisfaction_answer a join mc_dossier d on d.id = a.dossier_id where d.code = ?""",
                Integer.class, file.code())).isZero();

        HttpResponse<String> rated = post("/danh-gia/gui", rating);
        assertThat(rated.statusCode()).as(rated.body()).isEqualTo(200);
        assertThat(rated.body()).contains("Cảm ơn ông/bà đã đánh giá", "(hài lòng)");
        Map<String, String> again = new LinkedHashMap<>(rating);
        again.put("c-chung", "khong-hai-long");
        HttpResponse<String> second = post("/danh-gia/gui", again);
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.body()).contains("đã được đánh giá", "một lần");
        assertThat(jdbc.queryForList("""
                select a.criterion || '=' || a.answer || ':' || case when a.satisfied then 'yes' else 'no' end
                from mc_satisfaction_answer a join mc_dossier d on d.id = a.dossier_id where d.code = ? order by a.criterion""",
                String.class, file.code())).containsExactly("chi-phi=co:no", "chung=hai-long:yes", "so-noi-lien-he=mot:yes",
                "thai-do=hai-long:yes", "thoi-gian=dung-hen:yes");
        assertThat(jdbc.queryForObject("""
                select r.desk_agency_id || '|' || coalesce(cast(r.score as varchar(5)), 'none') || '|' || r.comment_text
                from mc_satisfaction_rating r join mc_dossier d on d.id = r.dossier_id where d.code = ?""",
                String.class, file.code())).isEqualTo("longthanh-centre|none|Cán bộ hướng dẫn tận tình");
        assertThat(lookup(file.code(), file.secret()).body()).contains("Ông/bà đã đánh giá hồ sơ này");
    }

    @Test
    void theDemoRatesAHandfulOfFinishedFilesOnce() {
        String rated = """
                select count(*) from mc_satisfaction_rating r join mc_dossier d on d.id = r.dossier_id
                where d.status = 'FINISHED' and exists (select 1 from mc_satisfaction_answer a where a.dossier_id = r.dossier_id)""";
        int before = jdbc.queryForObject(rated, Integer.class);
        assertThat(before).isGreaterThanOrEqualTo(5);
        demoRatings.seed(); // a second start: the marker says it ran
        assertThat(jdbc.queryForObject(rated, Integer.class)).isEqualTo(before);
    }

    @Test
    void theDashboardShowsSatisfactionPerAgencyWithinTheViewersUnit() throws Exception {
        CitizenFiles.Held file = files.receive("Lâm Thị Năm Sao");
        files.finish(file.code());
        assertThat(post("/danh-gia/gui", answers(file)).statusCode()).isEqualTo(200);
        // a rating on the old 1-5 scale (before V25) is still read: told back, and counted overall
        CitizenFiles.Held old = files.receive("Mai Văn Thang Cũ");
        files.finish(old.code());
        jdbc.update("""
                insert into mc_satisfaction_rating (dossier_id, desk_agency_id, processing_agency_id, score, rated_at)
                select id, 'longthanh-centre', 'longthanh-economy', 5, current_timestamp from mc_dossier where code = ?""",
                old.code());
        assertThat(post("/danh-gia/gui", answers(old)).body()).contains("đã được đánh giá", "(rất hài lòng)");

        String supervisor = dashboard("giamsat1");
        assertThat(supervisor).contains("Mức độ hài lòng của người nộp hồ sơ theo tiêu chí", "Quyết định 766/QĐ-TTg",
                "Nghị định 118/2025/NĐ-CP", "Chưa thu thập", "Trong đó thang 1–5 cũ", "Thái độ cán bộ",
                "Không chi phí ngoài quy định");
        assertThat(section(supervisor)).contains("Trung tâm Phục vụ hành chính công xã Long Thành",
                "Phòng Kinh tế xã Long Thành");
        String landOfficeHead = section(dashboard("lanhdao1"));
        assertThat(landOfficeHead).contains("Phòng Kinh tế xã Long Thành")
                .doesNotContain("Trung tâm Phục vụ hành chính công xã Long Thành");
    }

    private String dashboard(String user) throws Exception {
        HttpCalls officer = new HttpCalls(port);
        Matcher token = CSRF.matcher(officer.get("/supervision/login", null).body().replaceAll("\\s+value=", " value="));
        assertThat(token.find()).isTrue();
        HttpResponse<String> login = officer.client().send(HttpRequest.newBuilder(officer.uri("/supervision/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(
                        form(Map.of("username", user, "password", "demo", "_csrf", token.group(1))))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        return officer.get("/supervision", null).body();
    }

    /** The satisfaction table of the dashboard. */
    private static String section(String dashboard) {
        int start = dashboard.indexOf("<table class=\"satisfaction\">");
        assertThat(start).as("the satisfaction table").isGreaterThan(0);
        return dashboard.substring(start, dashboard.indexOf("</table>", start));
    }

    private int count(String code) {
        return jdbc.queryForObject("""
                select count(*) from mc_satisfaction_rating r join mc_dossier d on d.id = r.dossier_id where d.code = ?""",
                Integer.class, code);
    }

    private HttpResponse<String> lookup(String code, String secret) throws Exception {
        return post("/tra-cuu", Map.of("code", code, "secret", secret));
    }

    /** As the browser does: the form's page first (its token and cookie), then the post. */
    private HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
        return calls.client().send(formPost(path, fields), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> postBytes(String path, Map<String, String> fields) throws Exception {
        return calls.client().send(formPost(path, fields), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest formPost(String path, Map<String, String> fields) throws Exception {
        Matcher token = CSRF.matcher(calls.get("/tra-cuu", null).body());
        assertThat(token.find()).isTrue();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", token.group(1));
        return HttpRequest.newBuilder(calls.uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(all))).build();
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String normalised(String page, String typedCode) {
        return page.replace(typedCode, "<code>").replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "name=\"_csrf\"");
    }
}
