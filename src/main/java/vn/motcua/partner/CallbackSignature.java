package vn.motcua.partner;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The agency signs each callback: {@code X-Motcua-Signature: sha256=<hex HMAC-SHA256 of
 * "<timestamp>.<body>">} with the secret shared with this deployment, and {@code X-Motcua-Timestamp}
 * (epoch seconds) so an old callback cannot be replayed.
 */
public final class CallbackSignature {

    public static final String SIGNATURE_HEADER = "X-Motcua-Signature";
    public static final String TIMESTAMP_HEADER = "X-Motcua-Timestamp";
    private static final String PREFIX = "sha256=";

    private CallbackSignature() {
    }

    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** Constant-time comparison, so the signature cannot be guessed byte by byte. */
    static boolean matches(String secret, long timestamp, String body, String signature) {
        if (signature == null || secret == null || secret.isBlank()) {
            return false;
        }
        byte[] expected = sign(secret, timestamp, body).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, signature.trim().getBytes(StandardCharsets.UTF_8));
    }

    static String digest(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
