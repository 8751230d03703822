package vn.motcua.dossier;

import java.util.regex.Pattern;

/**
 * Vietnamese phone numbers as the desk types them and as letters and SMS need them: the
 * separators people put between groups go, and the country code +84 becomes the leading 0.
 * Anything else is left as typed, for the validation to refuse with its reason.
 */
final class PhoneNumbers {

    private static final Pattern SEPARATORS = Pattern.compile("[ .\\-()]");

    private PhoneNumbers() {
    }

    static String digits(String typed) {
        if (typed == null || typed.isBlank()) {
            return typed;
        }
        String compact = SEPARATORS.matcher(typed.strip()).replaceAll("");
        if (compact.startsWith("+84")) {
            return "0" + compact.substring(3);
        }
        return compact;
    }
}
