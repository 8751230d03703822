package vn.motcua.letter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The second factor of the citizen lookup: a random secret per file, printed on the receipt and
 * stored only as SHA-256 of "code:secret". The full file code alone never opens a file (a
 * neighbour may know it; see opencps-v2 #1372). The alphabet has no 0/O or 1/I, so a secret read
 * off paper is typed right.
 */
@Component
class LookupSecrets {

    static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 8;
    /** Compared against when a file has no secret, so a miss costs the same time as a wrong secret. */
    private static final byte[] NO_SECRET = new byte[32];

    private final JdbcTemplate jdbc;
    private final SecureRandom random = new SecureRandom();

    LookupSecrets(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A new secret for the file, replacing any earlier one: the receipt that prints it is issued
     * once, and only its holder may read the file's letters.
     *
     * @return the secret as printed, "K7PX-3QMA"
     */
    String issue(long dossierId, String code, Instant now) {
        char[] chars = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            chars[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        String secret = new String(chars);
        jdbc.update("delete from mc_lookup_secret where dossier_id = ?", dossierId);
        jdbc.update("insert into mc_lookup_secret (dossier_id, secret_hash, created_at) values (?, ?, ?)", dossierId,
                HexFormat.of().formatHex(hash(code, secret)), Timestamp.from(now));
        return secret.substring(0, LENGTH / 2) + "-" + secret.substring(LENGTH / 2);
    }

    /** Compares fixed-length hashes in constant time; spaces, dashes and case as typed do not matter. */
    boolean matches(String code, String typed) {
        List<String> stored = jdbc.queryForList("""
                select s.secret_hash from mc_lookup_secret s join mc_dossier d on d.id = s.dossier_id
                where d.code = ?""", String.class, code);
        byte[] expected = stored.isEmpty() ? NO_SECRET : HexFormat.of().parseHex(stored.get(0));
        String secret = normalise(typed);
        byte[] actual = hash(code, secret);
        return MessageDigest.isEqual(expected, actual) && !stored.isEmpty() && secret.length() == LENGTH;
    }

    static String normalise(String typed) {
        if (typed == null || typed.length() > 64) {
            return "";
        }
        return typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    static byte[] hash(String code, String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest((code + ":" + secret).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
