package vn.motcua.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A free-text list typed by an officer ("1. Bản sao sổ đỏ; 2. Đơn có chữ ký của đồng sở hữu")
 * split into the numbered items a supplement request or refusal prints. Items are separated by
 * new lines or semicolons; the officer's own numbering or bullets are dropped, because the letter
 * numbers them itself. A line starting "Lý do:" is the reason, not an item.
 */
record ItemList(List<String> items, String reason) {

    private static final Pattern SEPARATOR = Pattern.compile(";");
    private static final Pattern NUMBERING = Pattern.compile("^(?:\\(?\\d{1,2}[.)](?!\\d)|[a-zđ]\\)|[-–•*+])\\s*");
    private static final Pattern REASON = Pattern.compile("^lý do\\s*:\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    static ItemList parse(String text) {
        List<String> items = new ArrayList<>();
        String reason = "";
        if (text == null) {
            return new ItemList(items, reason);
        }
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            var reasonMatch = REASON.matcher(trimmed);
            if (reasonMatch.find()) {
                reason = trimmed.substring(reasonMatch.end()).strip();
                continue;
            }
            for (String part : SEPARATOR.split(trimmed)) {
                String item = NUMBERING.matcher(part.strip()).replaceFirst("").strip();
                if (!item.isEmpty()) {
                    items.add(item);
                }
            }
        }
        return new ItemList(List.copyOf(items), reason);
    }
}
