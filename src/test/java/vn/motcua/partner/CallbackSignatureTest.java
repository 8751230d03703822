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
}
