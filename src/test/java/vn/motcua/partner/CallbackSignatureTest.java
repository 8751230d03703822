package vn.motcua.partner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CallbackSignatureTest {

    @Test
    void aSignatureMatchesOnlyItsSecretTimestampAndBody() {
        String body = "{\"exchangeId\":\"k\",\"outcome\":\"DONE\"}";
        String signature = CallbackSignature.sign("secret", 1_700_000_000L, body);

        assertThat(signature).startsWith("sha256=").hasSize(7 + 64);
        assertThat(CallbackSignature.matches("secret", 1_700_000_000L, body, signature)).isTrue();
        assertThat(CallbackSignature.matches("other", 1_700_000_000L, body, signature)).isFalse();
        assertThat(CallbackSignature.matches("secret", 1_700_000_001L, body, signature)).isFalse();
        assertThat(CallbackSignature.matches("secret", 1_700_000_000L, body + " ", signature)).isFalse();
        assertThat(CallbackSignature.matches("secret", 1_700_000_000L, body, null)).isFalse();
        assertThat(CallbackSignature.matches("", 1_700_000_000L, body, signature))
                .as("an agency without a configured secret can never sign").isFalse();
    }

    /**
     * The wire format agencies implement, pinned to one worked example computed outside Java
     * ({@code printf '%s' "$TIMESTAMP.$BODY" | openssl dgst -sha256 -hmac "$SECRET"}): a change of
     * separator, encoding or hex case breaks every agency's integration and must fail here first.
     */
    @Test
    void theSignatureOfAKnownCallbackIsTheOneAgenciesCompute() {
        String body = "{\"exchangeId\":\"pi-1-1\",\"outcome\":\"DONE\",\"reference\":\"TB-2026/15\","
                + "\"note\":\"Đã xác định nghĩa vụ tài chính\",\"data\":{}}";

        assertThat(CallbackSignature.sign("demo-secret-tax", 1_764_979_200L, body))
                .isEqualTo("sha256=bbb9a69ed7c3495164931bfb54f718d50c3c8d5060b7e9387e56b7b6e8e12b58");
        assertThat(CallbackSignature.matches("demo-secret-tax", 1_764_979_200L, body,
                "sha256=bbb9a69ed7c3495164931bfb54f718d50c3c8d5060b7e9387e56b7b6e8e12b58")).isTrue();
    }
}
