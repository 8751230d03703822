package vn.motcua.partner;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The agency client against a real HTTP server that misbehaves the ways agencies do. */
class HttpPartnerClientTest {

    @RegisterExtension
    static WireMockExtension agency = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final Map<String, Object> REQUEST = Map.of("exchangeId", "pi-1-1", "dossierCode", "000.00.15.H57-261123-0001");

    private final MeterRegistry meters = new SimpleMeterRegistry();

    private long calls(PartnerOperation operation, String outcome) {
        Timer timer = meters.find(HttpPartnerClient.METRIC).tags("agency", "tax", "operation", operation.name(),
                "outcome", outcome).timer();
        return timer == null ? 0 : timer.count();
    }

    private PartnerClient client(Duration readTimeout) {
        var endpoint = new PartnerProperties.Endpoint(agency.baseUrl() + "/tax", "motcua", "s3cret", "secret",
                Duration.ofSeconds(2), readTimeout);
        return new HttpPartnerClient(Agency.TAX, endpoint, endpoint.baseUrl(), new ObjectMapper(), meters);
    }

    @Test
    void sendsJsonWithCredentialsAndTheIdempotencyKeyAndReadsTheAcknowledgement() {
        agency.stubFor(post("/tax/financial-obligations").willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody("{\"reference\":\"T-1\",\"status\":\"ACCEPTED\"}")));

        Acknowledgement ack = client(Duration.ofSeconds(2)).send(PartnerOperation.FINANCIAL_OBLIGATION_NOTICE, "pi-1-1", REQUEST);

        assertThat(ack).isEqualTo(new Acknowledgement("T-1", "ACCEPTED"));
        agency.verify(postRequestedFor(urlEqualTo("/tax/financial-obligations"))
                .withHeader("Idempotency-Key", equalTo("pi-1-1"))
                .withHeader("Authorization", equalTo("Basic bW90Y3VhOnMzY3JldA=="))
                .withRequestBody(matchingJsonPath("$.dossierCode", equalTo("000.00.15.H57-261123-0001"))));
    }

    @Test
    void serverErrorIsARetryableFailureNamingTheAgency() {
        agency.stubFor(post("/tax/financial-obligations").willReturn(aResponse().withStatus(503)));

        assertThatThrownBy(() -> client(Duration.ofSeconds(2)).send(PartnerOperation.FINANCIAL_OBLIGATION_NOTICE, "k", REQUEST))
                .isInstanceOf(PartnerCallException.class).hasMessageContaining("Cơ quan thuế").hasMessageContaining("503")
                .satisfies(e -> {
                    PartnerCallException failure = (PartnerCallException) e;
                    assertThat(failure.agency()).isEqualTo(Agency.TAX);
                    assertThat(failure.operation()).isEqualTo(PartnerOperation.FINANCIAL_OBLIGATION_NOTICE);
                });
    }

    /** Had the client waited, the agency's answer would have come (ACCEPTED): the failure proves the time-out cut in. */
    @Test
    void anAgencyThatDoesNotAnswerInTimeIsAFailureNotAHang() {
        agency.stubFor(post("/tax/financial-obligations").willReturn(aResponse().withStatus(202)
                .withFixedDelay(1500).withBody("{\"status\":\"ACCEPTED\"}")));

        assertThatThrownBy(() -> client(Duration.ofMillis(300)).send(PartnerOperation.FINANCIAL_OBLIGATION_NOTICE, "k", REQUEST))
                .isInstanceOf(PartnerCallException.class).hasMessageContaining("Quá thời gian chờ");
        assertThat(calls(PartnerOperation.FINANCIAL_OBLIGATION_NOTICE, "timeout")).isEqualTo(1);
        assertThat(calls(PartnerOperation.FINANCIAL_OBLIGATION_NOTICE, "success")).isZero();
    }

    @Test
    void everyCallIsTimedByAgencyOperationAndOutcome() {
        agency.stubFor(post("/tax/financial-obligations").willReturn(aResponse().withStatus(202)
                .withBody("{\"status\":\"ACCEPTED\"}")));
        agency.stubFor(post("/tax/payment-confirmations").willReturn(aResponse().withStatus(503)));
        PartnerClient client = client(Duration.ofSeconds(2));

        client.send(PartnerOperation.FINANCIAL_OBLIGATION_NOTICE, "k1", REQUEST);
        client.send(PartnerOperation.FINANCIAL_OBLIGATION_NOTICE, "k2", REQUEST);
        assertThatThrownBy(() -> client.send(PartnerOperation.PAYMENT_CONFIRMATION, "k3", REQUEST))
                .isInstanceOf(PartnerCallException.class);

        assertThat(calls(PartnerOperation.FINANCIAL_OBLIGATION_NOTICE, "success")).isEqualTo(2);
        assertThat(calls(PartnerOperation.PAYMENT_CONFIRMATION, "http-error")).isEqualTo(1);
        assertThat(calls(PartnerOperation.PAYMENT_CONFIRMATION, "success")).isZero();
    }

    @Test
    void aSlowAnswerWithinTheTimeoutIsAccepted() {
        agency.stubFor(post("/tax/payment-confirmations").willReturn(aResponse().withStatus(202)
                .withFixedDelay(400).withBody("{\"status\":\"ACCEPTED\"}")));

        assertThat(client(Duration.ofSeconds(3)).send(PartnerOperation.PAYMENT_CONFIRMATION, "k", REQUEST).status())
                .isEqualTo("ACCEPTED");
    }

    @Test
    void anAnswerThatIsNotJsonOrSaysNothingIsAFailure() {
        agency.stubFor(post("/tax/financial-obligations").willReturn(aResponse().withStatus(200)
                .withBody("<html>Bảo trì hệ thống</html>")));
        assertThatThrownBy(() -> client(Duration.ofSeconds(2)).send(PartnerOperation.FINANCIAL_OBLIGATION_NOTICE, "k", REQUEST))
                .isInstanceOf(PartnerCallException.class).hasMessageContaining("không phải JSON");

        agency.stubFor(post("/tax/payment-confirmations").willReturn(aResponse().withStatus(200).withBody("{\"ok\":true}")));
        assertThatThrownBy(() -> client(Duration.ofSeconds(2)).send(PartnerOperation.PAYMENT_CONFIRMATION, "k", REQUEST))
                .isInstanceOf(PartnerCallException.class).hasMessageContaining("không đúng định dạng");
    }

    @Test
    void anAgencyThatIsDownIsAFailure() {
        var endpoint = new PartnerProperties.Endpoint("http://127.0.0.1:1/tax", null, null, "s", Duration.ofSeconds(1),
                Duration.ofSeconds(1));
        PartnerClient down = new HttpPartnerClient(Agency.TAX, endpoint, endpoint.baseUrl(), new ObjectMapper(), meters);

        assertThatThrownBy(() -> down.send(PartnerOperation.FINANCIAL_OBLIGATION_NOTICE, "k", REQUEST))
                .isInstanceOf(PartnerCallException.class).hasMessageContaining("Không kết nối được");
    }

    @Test
    void aReminderGoesToTheRequestItRemindsOf() {
        agency.stubFor(post("/tax/financial-obligations/pi-1-1/reminders").willReturn(aResponse().withStatus(200)
                .withBody("{\"status\":\"REMINDED\"}")));

        client(Duration.ofSeconds(2)).remind(PartnerOperation.FINANCIAL_OBLIGATION_NOTICE, "pi-1-1", Map.of("reminder", 1));

        agency.verify(postRequestedFor(urlEqualTo("/tax/financial-obligations/pi-1-1/reminders"))
                .withHeader("Idempotency-Key", equalTo("pi-1-1-reminder-1")));
    }
}
