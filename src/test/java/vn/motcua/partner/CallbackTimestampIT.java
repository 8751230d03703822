package vn.motcua.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.support.HttpCalls;
import vn.motcua.support.IntegrationTest;

/**
 * A callback's timestamp is the caller's word: one at the edge of what a long holds, or not a
 * number at all, is refused with the usual 401 and its Vietnamese reason, never a 500.
 */
@IntegrationTest
class CallbackTimestampIT {

    @LocalServerPort
    int port;

    @Test
    void absurdTimestampsGetTheUsual401() throws Exception {
        String body = "{\"exchangeId\":\"x\",\"outcome\":\"DONE\"}";
        HttpCalls calls = new HttpCalls(port);
        List<String> failures = new ArrayList<>();
        for (String timestamp : List.of("9223372036854775807", "-9223372036854775808", "1e99", "", "  ",
                "99999999999999999999", "31556889864403199", "-31557014167219200", "0x10", "+1700000000")) {
            long signed = parses(timestamp) ? Long.parseLong(timestamp.trim()) : 0;
            HttpResponse<String> response = calls.client().send(HttpRequest.newBuilder(URI.create("http://localhost:"
                    + port + "/api/partners/land-registry/callbacks"))
                    .header("Content-Type", "application/json")
                    .header(CallbackSignature.TIMESTAMP_HEADER, timestamp)
                    .header(CallbackSignature.SIGNATURE_HEADER,
                            CallbackSignature.sign("demo-secret-land-registry", signed, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            boolean usualReason = response.body().contains(CallbackSignature.TIMESTAMP_HEADER)
                    || response.body().contains("quá cũ hoặc đồng hồ lệch");
            if (response.statusCode() != 401 || !usualReason || response.body().contains("Exception")) {
                failures.add("'" + timestamp + "' → " + response.statusCode() + " " + response.body());
            }
        }
        assertThat(failures).isEmpty();
    }

    private static boolean parses(String value) {
        try {
            Long.parseLong(value.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
