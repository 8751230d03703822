package vn.motcua.search;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.motcua.dossier.SearchKeys;
import vn.motcua.system.InvalidRequestException;
import vn.motcua.system.Messages;

/**
 * What an officer typed, read as the register's keys: a parcel ("12/345", "tờ 12 thửa 345"), digits (a
 * code's tail, a citizen ID or a parcel number), a file code or its tail ("261206-0012"), or otherwise
 * a name, compared without diacritics. Each kind is looked up on its own index.
 */
public record SearchQuery(Kind kind, String text, String sheet, String parcel) {

    public enum Kind { PARCEL, DIGITS, CODE, NAME }

    static final int LONGEST = 100;
    static final int SHORTEST_NAME = 2;
    static final int SHORTEST_DIGITS = 3;

    private static final Pattern PARCEL = Pattern.compile("^(?:to(?: ban do)?\\s*(?:so\\s*)?)?(\\d{1,6})\\s*(?:/|,|\\s)\\s*"
            + "(?:thua\\s*(?:so\\s*)?)?(\\d{1,6})$");
    private static final Pattern DIGITS = Pattern.compile("^\\d+$");
    private static final Pattern CODE = Pattern.compile("^(?=.*\\d)(?=.*[-.])[0-9a-z.\\-]+$");

    /** @throws InvalidRequestException empty, too short or too long, with the reason in Vietnamese */
    public static SearchQuery parse(String typed) {
        String plain = SearchKeys.plain(typed);
        if (plain.isEmpty()) {
            throw invalid(Messages.text("search.query.empty"));
        }
        if (plain.length() > LONGEST) {
            throw invalid(Messages.text("search.query.tooLong", LONGEST));
        }
        Matcher parcel = PARCEL.matcher(plain);
        if (parcel.matches()) {
            return new SearchQuery(Kind.PARCEL, plain, parcel.group(1), parcel.group(2));
        }
        if (DIGITS.matcher(plain).matches()) {
            if (plain.length() < SHORTEST_DIGITS) {
                throw invalid(Messages.text("search.query.tooFewDigits", SHORTEST_DIGITS));
            }
            return new SearchQuery(Kind.DIGITS, plain, null, null);
        }
        if (CODE.matcher(plain).matches()) {
            return new SearchQuery(Kind.CODE, plain.toUpperCase(Locale.ROOT), null, null);
        }
        if (plain.replace(" ", "").length() < SHORTEST_NAME) {
            throw invalid(Messages.text("search.query.nameTooShort", SHORTEST_NAME));
        }
        return new SearchQuery(Kind.NAME, plain, null, null);
    }

    private static InvalidRequestException invalid(String message) {
        return new InvalidRequestException("q", message);
    }
}
