package vn.motcua.dossier;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The register's search columns, written with the file (V18): the applicant's name without
 * diacritics, so "nguyen van an" finds "Nguyễn Văn An", and the file code reversed, so its tail
 * ("0012", "261206-0012") is a prefix an ordinary index can seek on H2 and PostgreSQL alike.
 */
public final class SearchKeys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchKeys() {
    }

    /**
     * Lower case, without tone and vowel marks, "đ" as "d", one space between words, with a leading
     * space so that {@code like '% van an%'} matches from the start of any word, the first included.
     */
    public static String name(String fullName) {
        String plain = plain(fullName);
        return plain.isEmpty() ? null : " " + plain;
    }

    /** Lower case, without diacritics ("đ" as "d"), words separated by one space, trimmed. */
    public static String plain(String text) {
        if (text == null) {
            return "";
        }
        // "đ" is a letter of its own in Unicode, not "d" with a mark, so NFD leaves it
        String lower = text.toLowerCase(Locale.ROOT).replace('đ', 'd');
        String unmarked = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(unmarked).replaceAll(" ").trim();
    }

    /** The code in upper case, reversed: "…H57-261206-0012" becomes "2100-602162-75H…". */
    public static String reversedCode(String code) {
        return code == null ? null : new StringBuilder(code.trim().toUpperCase(Locale.ROOT)).reverse().toString();
    }
}
