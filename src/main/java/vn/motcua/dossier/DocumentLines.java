package vn.motcua.dossier;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The reception form's list of papers received, one a line, as the API's {@code documents}: the
 * receipt numbers them itself, so the officer's own numbering or bullets are dropped.
 */
public final class DocumentLines {

    private static final Pattern NUMBERING = Pattern.compile("^(?:\\(?\\d{1,2}[.)](?!\\d)|[a-zđ]\\)|[-–•*+])\\s*");

    private DocumentLines() {
    }

    public static List<ReceptionRequest.DocumentData> parse(String text) {
        List<ReceptionRequest.DocumentData> documents = new ArrayList<>();
        if (text == null) {
            return documents;
        }
        for (String line : text.split("\\R")) {
            // strip(), not trim(): control characters stay for the validator to refuse.
            String name = NUMBERING.matcher(line.strip()).replaceFirst("").strip();
            if (!name.isEmpty()) {
                documents.add(new ReceptionRequest.DocumentData(name, null, null));
            }
        }
        return documents;
    }
}
