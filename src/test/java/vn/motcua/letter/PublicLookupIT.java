package vn.motcua.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.ReceivedFile;
import vn.motcua.support.HttpCalls;
import vn.motcua.support.IntegrationTest;

/**
 * The applicant's lookup: the secret travels in a header or a POST body, never in the address
 * (logs, proxies, history); a wrong code and a wrong secret look the same; a client that keeps
 * guessing waits (429 with Retry-After), and many misses on one file leave an alert in the log
 * (the growing waits and the client's alert: {@link LookupThrottleTest}).
 */
@IntegrationTest
class PublicLookupIT {

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+),\"kind\":\"RECEIPT\"");
    private static final Pattern SECRET = Pattern.compile("<div class=\"secret\">([A-Z0-9-]+)</div>");
    private static final String HEADER = "X-Lookup-Secret";
    private static final String UNKNOWN_CODE = "000.00.15.H57-991231-9999";

    @LocalServerPort
    int port;
    @Autowired
    DossierService dossiers;
    @Autowired
    LookupThrottle throttle;
    @Autowired
    LookupThrottleProperties limits;
    @Autowired
    WebApplicationContext context;

    private HttpCalls calls;
    private String code;
    private String secret;
    private long receipt;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void aFileWithItsReceipt() throws Exception {
        throttle.reset();
        calls = new HttpCalls(port);
        code = dossiers.receive(new ReceivedFile("land-use-conversion", null, Channel.ONLINE,
                new Dossier.Applicant("Tô Thị Lụa", "001203004567", null, null, "Thôn Đông"),
                new Dossier.Parcel("12", "345", "Thôn Đông, xã Long Thành", "26041", false), "Chuyển mục đích", null),
                "tiepnhan1").code();
        Matcher id = ID.matcher(calls.get("/api/dossiers/" + code + "/letters", "tiepnhan1:demo").body());
        assertThat(id.find()).isTrue();
        receipt = Long.parseLong(id.group(1));
        Matcher s = SECRET.matcher(calls.get("/api/dossiers/" + code + "/letters/" + receipt + "?format=html",
                "tiepnhan1:demo").body());
        assertThat(s.find()).isTrue();
        secret = s.group(1);
        log.start();
        ((Logger) LoggerFactory.getLogger(LookupThrottle.class)).addAppender(log);
    }

    @AfterEach
    void forgetTheMisses() {
        ((Logger) LoggerFactory.getLogger(LookupThrottle.class)).detachAppender(log);
        throttle.reset();
    }

    @Test
    void theSecretGoesInAHeaderOrAPostBody() throws Exception {
        String pub = "/api/public/dossiers/" + code + "/letters";
        assertThat(send("GET", pub, HEADER, secret, null, null).body()).contains("\"kind\":\"RECEIPT\"");
        assertThat(send("GET", pub, HEADER, secret.replace("-", "").toLowerCase(), null, null).statusCode()).isEqualTo(200);
        assertThat(send("POST", pub, null, null, "application/x-www-form-urlencoded", "secret=" + secret).body())
                .contains("\"kind\":\"RECEIPT\"");
        assertThat(send("POST", pub, null, null, "application/json", "{\"secret\":\"" + secret + "\"}").body())
                .contains("\"kind\":\"RECEIPT\"");
        HttpResponse<byte[]> pdf = calls.client().send(HttpRequest.newBuilder(calls.uri(pub + "/" + receipt))
                .header(HEADER, secret).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        HttpResponse<String> html = send("POST", pub + "/" + receipt, null, null, "application/x-www-form-urlencoded",
                "secret=" + secret + "&format=html");
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.body()).contains("GIẤY TIẾP NHẬN HỒ SƠ");
        assertThat(send("POST", pub + "/" + receipt, null, null, "application/json",
                "{\"secret\":\"" + secret + "\",\"format\":\"html\"}").statusCode()).isEqualTo(200);
    }

    @Test
    void aSecretInTheAddressIsRefusedWithTheWayToSendIt() throws Exception {
        String pub = "/api/public/dossiers/" + code + "/letters";
        for (HttpResponse<String> refused : List.of(send("GET", pub + "?secret=" + secret, null, null, null, null),
                send("GET", pub + "?secret=" + secret, HEADER, secret, null, null),
                send("GET", pub + "/" + receipt + "?format=pdf&secret=" + secret, null, null, null, null),
                send("POST", pub + "?secret=" + secret, null, null, "application/x-www-form-urlencoded", "secret=" + secret))) {
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
            assertThat(refused.body()).contains(HEADER, "không gửi mã tra cứu trên địa chỉ");
        }
    }

    @Test
    void aWrongCodeAndAWrongSecretLookTheSame() throws Exception {
        String wrong = secret.startsWith("A") ? "BBBB-BBBB" : "AAAA-AAAA";
        HttpResponse<String> wrongSecret = send("GET", "/api/public/dossiers/" + code + "/letters", HEADER, wrong, null, null);
        HttpResponse<String> wrongCode = send("GET", "/api/public/dossiers/" + UNKNOWN_CODE + "/letters", HEADER, secret,
                null, null);
        HttpResponse<String> noSecret = send("GET", "/api/public/dossiers/" + code + "/letters", null, null, null, null);
        assertThat(wrongSecret.statusCode()).isEqualTo(404);
        assertThat(wrongCode.statusCode()).isEqualTo(404);
        assertThat(noSecret.statusCode()).isEqualTo(404);
        assertThat(wrongCode.body()).isEqualTo(wrongSecret.body()).isEqualTo(noSecret.body())
                .contains(LetterReader.CITIZEN_NOT_FOUND);
        assertThat(wrongCode.headers().firstValue("Content-Type")).isEqualTo(wrongSecret.headers().firstValue("Content-Type"));
    }

    @Test
    void aClientThatKeepsGuessingIsMadeToWait() throws Exception {
        String pub = "/api/public/dossiers/" + code + "/letters";
        String wrong = secret.startsWith("A") ? "BBBB-BBBB" : "AAAA-AAAA";
        for (int miss = 1; miss <= limits.freeMisses(); miss++) {
            assertThat(send("GET", pub, HEADER, wrong, null, null).statusCode()).as("miss " + miss).isEqualTo(404);
        }
        // Now even the right secret waits: the answer does not tell whether a guess was right.
        for (HttpResponse<String> held : List.of(send("GET", pub, HEADER, secret, null, null),
                send("GET", "/api/public/dossiers/" + UNKNOWN_CODE + "/letters", HEADER, wrong, null, null),
                send("POST", pub + "/" + receipt, null, null, "application/x-www-form-urlencoded", "secret=" + secret))) {
            assertThat(held.statusCode()).as(held.body()).isEqualTo(429);
            assertThat(Long.parseLong(held.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L,
                    limits.firstDelay().toSeconds() + 1);
            assertThat(held.body()).contains("thử lại sau").doesNotContain(code);
        }

        throttle.reset();
        assertThat(send("GET", pub, HEADER, secret, null, null).statusCode()).isEqualTo(200);
    }

    @Test
    void manyClientsGuessingOneFileRaiseAnAlertForThatFile() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
        for (int client = 1; client <= limits.alertAfter(); client++) {
            String address = "198.51.100." + client;
            int status = mvc.perform(get("/api/public/dossiers/" + code + "/letters").header(HEADER, "XXXX-XXXX")
                    .with(r -> {
                        r.setRemoteAddr(address);
                        return r;
                    })).andReturn().getResponse().getStatus();
            assertThat(status).as("one miss each is no reason to hold " + address).isEqualTo(404);
        }
        assertThat(alerts()).anySatisfy(line -> assertThat(line).contains(code));
    }

    private List<String> alerts() {
        return log.list.stream().filter(e -> e.getLevel() == Level.WARN).map(ILoggingEvent::getFormattedMessage)
                .filter(m -> m.contains("ALERT")).toList();
    }

    private HttpResponse<String> send(String method, String path, String header, String value, String type, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(calls.uri(path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (header != null) {
            request.header(header, value);
        }
        if (type != null) {
            request.header("Content-Type", type);
        }
        return calls.client().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
