package vn.motcua.letter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import vn.motcua.organisation.Agency;

/**
 * A yearly sequence of letter numbers: one per kind prefix and issuing agency (Decree 30/2020 Annex
 * I: each agency numbers its papers from 01 every year). The key holds the agency's id as well as
 * what is printed, because two centres both abbreviated "TTPVHCC" must not share a sequence.
 *
 * @param printed what follows the sequence in the number: "PXL-CNVPĐKĐĐ"
 * @param key the row of {@code mc_letter_sequence}, at most {@link #KEY_LENGTH} characters
 * @param continues the row of the single-agency numbering this one takes over in the year of the
 *        change, or null; see {@link #of}
 */
record LetterSeries(String printed, String key, String continues) {

    static final int KEY_LENGTH = 40;

    /**
     * Before the organisation file every desk letter was numbered "TNHS-TTPVHCC" and so on, keyed by
     * that text alone. The first office (the plain role groups) issued them, so its sequence carries
     * on from that row: no number it printed earlier in the year is printed again.
     */
    static LetterSeries of(LetterKind kind, Agency issuer) {
        String abbreviation = issuer.abbreviation() == null ? "" : issuer.abbreviation().strip();
        String printed = abbreviation.isEmpty() ? kind.numberPrefix() : kind.numberPrefix() + "-" + abbreviation;
        return new LetterSeries(printed, key(printed + "@" + issuer.id()),
                issuer.groupPrefix().isEmpty() ? printed : null);
    }

    /**
     * A desk's tracking book (BM.06 is numbered "STD"): its entries start the year where the desk's
     * receipts stood, one receipt and one entry per accepted file, so the two keep the same count.
     */
    static LetterSeries trackingBook(Agency desk) {
        String abbreviation = desk.abbreviation() == null ? "" : desk.abbreviation().strip();
        String printed = abbreviation.isEmpty() ? "STD" : "STD-" + abbreviation;
        return new LetterSeries(printed, key(printed + "@" + desk.id()), of(LetterKind.RECEIPT, desk).key());
    }

    /** "01/PXL-CNVPĐKĐĐ": numbers below 10 take a leading zero. */
    String number(int sequence) {
        return String.format("%02d/%s", sequence, printed);
    }

    /** Too long for the column (a long abbreviation and id): cut, with a digest of the whole to keep it unique. */
    private static String key(String full) {
        if (full.length() <= KEY_LENGTH) {
            return full;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(full.getBytes(StandardCharsets.UTF_8));
            String tail = "~" + HexFormat.of().formatHex(digest, 0, 5);
            return full.substring(0, KEY_LENGTH - tail.length()) + tail;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
