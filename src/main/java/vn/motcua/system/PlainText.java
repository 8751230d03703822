package vn.motcua.system;

/**
 * What free text typed by a person or sent by an agency may hold, and what the printer keeps of
 * text stored before these rules. Refused: control characters (tab and line breaks only where a
 * text may span lines), unpaired surrogates, noncharacters, format characters (zero-width spaces,
 * byte-order marks, and the bidi embeddings, overrides and isolates that make a text read
 * differently from what it is), and text with nothing visible in it. Vietnamese needs none of them.
 */
public final class PlainText {

    public enum Problem { HIDDEN_CHARACTERS, NOTHING_VISIBLE }

    private PlainText() {
    }

    /**
     * @return what is wrong with the text, or null if nothing is; null, empty and plain spaces are
     *         left to the field's own rules (required or not)
     */
    public static Problem problem(String text, boolean multiline) {
        if (text == null || onlySpaces(text, multiline)) {
            return null;
        }
        boolean visible = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (hidden(c, multiline)) {
                return Problem.HIDDEN_CHARACTERS;
            }
            visible |= visible(c);
        }
        return visible ? null : Problem.NOTHING_VISIBLE;
    }

    /** The reason a person reads, naming the field as the form does ("Họ và tên"). */
    public static String reason(String label, Problem problem) {
        return switch (problem) {
            case HIDDEN_CHARACTERS -> Messages.text("system.text.hiddenCharacters", label);
            case NOTHING_VISIBLE -> Messages.text("system.text.nothingVisible", label);
        };
    }

    /** @throws InvalidRequestException naming the field when the text breaks the rules */
    public static void check(String field, String label, String text, boolean multiline) {
        Problem problem = problem(text, multiline);
        if (problem != null) {
            throw new InvalidRequestException(field, reason(label, problem));
        }
    }

    /**
     * The text without what XML 1.0 cannot carry (controls other than tab and line breaks,
     * unpaired surrogates, noncharacters) and without bidi controls: a letter stored before these
     * rules still prints, and prints what it says.
     */
    public static String printableOnly(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder kept = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            boolean drop = (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r')
                    || Character.getType(c) == Character.SURROGATE || noncharacter(c) || bidiControl(c);
            if (drop && kept == null) {
                kept = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!drop && kept != null) {
                kept.appendCodePoint(c);
            }
            i = next;
        }
        return kept == null ? text : kept.toString();
    }

    private static boolean onlySpaces(String text, boolean multiline) {
        return text.chars().allMatch(c -> c == ' ' || multiline && (c == '\t' || c == '\n' || c == '\r'));
    }

    private static boolean hidden(int c, boolean multiline) {
        if (multiline && (c == '\t' || c == '\n' || c == '\r')) {
            return false;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR -> true;
            default -> noncharacter(c);
        };
    }

    /** A letter, digit, punctuation or symbol that draws something (not a filler that draws nothing). */
    private static boolean visible(int c) {
        if (c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800) {
            return false;
        }
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.CONNECTOR_PUNCTUATION,
                    Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION,
                    Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL,
                    Character.PRIVATE_USE -> true;
            default -> false;
        };
    }

    private static boolean noncharacter(int c) {
        return (c & 0xFFFE) == 0xFFFE || c >= 0xFDD0 && c <= 0xFDEF;
    }

    /** Embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069). */
    private static boolean bidiControl(int c) {
        return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }
}
