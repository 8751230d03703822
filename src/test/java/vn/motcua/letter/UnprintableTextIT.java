package vn.motcua.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.ReceivedFile;
import vn.motcua.support.HttpCalls;
import vn.motcua.support.IntegrationTest;

/**
 * A file stored before reception refused unprintable text (or written into the register by hand)
 * still prints every letter, to officers and to the applicant: the PDF printer drops what XML
 * cannot carry instead of failing for good.
 */
@IntegrationTest
class UnprintableTextIT {

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+),\"kind\":\"([A-Z_]+)\"");
    private static final Pattern SECRET = Pattern.compile("<div class=\"secret\">([A-Z0-9-]+)</div>");
    private static final String OFFICER = "tiepnhan1:demo";

    @LocalServerPort
    int port;
    @Autowired
    DossierService dossiers;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aStoredNameWithControlCharactersStillPrintsEveryLetter() throws Exception {
        String clean = "Quách Văn Sạch";
        Dossier dossier = dossiers.receive(new ReceivedFile("land-use-conversion", null, Channel.ONLINE,
                new Dossier.Applicant(clean, "001203004567", null, null, "Thôn Đông"),
                new Dossier.Parcel("12", "345", "Thôn Đông, xã Long Thành", "26041", false), "Chuyển mục đích", null),
                "tiepnhan1");
        // PostgreSQL stores neither NUL nor an unpaired surrogate; H2 stores both, as an old register might hold them.
        String dirty = h2() ? "Quách\u0000\u0007 Văn\u001B \uD800Bẩn\u202E\uFFFF" : "Quách\u0007 Văn\u001B Bẩn\u202E\uFFFF";
        jdbc.update("update mc_dossier set applicant_name = ?, applicant_address = ? where id = ?", dirty,
                "Thôn\u0008 Đông\u2066", dossier.id());
        for (Map<String, Object> letter : jdbc.queryForList("select id, html from mc_letter where dossier_id = ?",
                dossier.id())) {
            jdbc.update("update mc_letter set html = ?, pdf = null where id = ?",
                    letter.get("html").toString().replace(clean, dirty), letter.get("id"));
        }
        // A letter issued now takes the name from the register.
        dossiers.requestWithdrawal(dossier.code(), "Người nộp xin rút hồ sơ", "tiepnhan1");

        HttpCalls calls = new HttpCalls(port);
        String base = "/api/dossiers/" + dossier.code() + "/letters";
        Map<String, Long> letters = ids(calls.get(base, OFFICER).body());
        assertThat(letters).containsKeys("RECEIPT", "STOP_NOTICE");
        List<String> failures = new ArrayList<>();
        for (var letter : letters.entrySet()) {
            HttpResponse<byte[]> pdf = bytes(calls, base + "/" + letter.getValue(), OFFICER);
            failures.addAll(pdfProblems(letter.getKey() + " PDF for the officer", pdf));
            HttpResponse<String> html = calls.get(base + "/" + letter.getValue() + "?format=html", OFFICER);
            if (html.statusCode() != 200 || !html.body().contains("Văn")) {
                failures.add(letter.getKey() + " HTML → " + html.statusCode());
            }
        }
        String secret = secretIn(calls.get(base + "/" + letters.get("RECEIPT") + "?format=html", OFFICER).body());
        String pub = "/api/public/dossiers/" + dossier.code() + "/letters";
        for (var letter : ids(publicGet(calls, pub, secret).body()).entrySet()) {
            failures.addAll(pdfProblems(letter.getKey() + " PDF for the applicant",
                    publicPdf(calls, pub + "/" + letter.getValue(), secret)));
        }
        assertThat(failures).isEmpty();
    }

    private static List<String> pdfProblems(String what, HttpResponse<byte[]> pdf) throws Exception {
        List<String> problems = new ArrayList<>();
        if (pdf.statusCode() != 200) {
            problems.add(what + " → " + pdf.statusCode() + " " + new String(pdf.body(), StandardCharsets.UTF_8));
            return problems;
        }
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = LetterPdfTest.text(document);
            if (!text.contains("Quách Văn Bẩn")) {
                problems.add(what + " does not print the name without its control characters: " + text);
            }
        }
        return problems;
    }

    private HttpResponse<String> publicGet(HttpCalls calls, String path, String secret) throws Exception {
        return calls.client().send(HttpRequest.newBuilder(calls.uri(path)).header(PublicLetterController.SECRET_HEADER, secret)
                .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<byte[]> publicPdf(HttpCalls calls, String path, String secret) throws Exception {
        return calls.client().send(HttpRequest.newBuilder(calls.uri(path)).header(PublicLetterController.SECRET_HEADER, secret)
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<byte[]> bytes(HttpCalls calls, String path, String credentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(calls.uri(path)).GET();
        if (credentials != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return calls.client().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private boolean h2() throws Exception {
        try (Connection connection = jdbc.getDataSource().getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("h2");
        }
    }

    private static String secretIn(String receiptHtml) {
        Matcher m = SECRET.matcher(receiptHtml);
        assertThat(m.find()).as("the receipt prints the lookup secret").isTrue();
        return m.group(1);
    }

    private static Map<String, Long> ids(String json) {
        Map<String, Long> ids = new LinkedHashMap<>();
        Matcher m = ID.matcher(json);
        while (m.find()) {
            ids.put(m.group(2), Long.parseLong(m.group(1)));
        }
        return ids;
    }
}
