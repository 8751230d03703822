package vn.motcua.dossier;

import java.util.List;

/**
 * What the desk received with a file: how many sets (số lượng hồ sơ, bộ) and the list of papers,
 * both printed on the receipt (BM.01).
 *
 * @param sets the number of sets; null when the desk did not record it
 * @param documents the papers in the order the desk listed them; empty when none were listed
 * @param fullyOnline a "toàn trình" file: filed, processed and returned online, no paper at any step
 */
public record ReceivedDocuments(Integer sets, List<ReceivedDocument> documents, boolean fullyOnline) {

    /** A file received without a list or a count: both unknown, never a guessed "01 bộ". */
    public static final ReceivedDocuments UNRECORDED = new ReceivedDocuments(null, List.of());

    public ReceivedDocuments {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    public ReceivedDocuments(Integer sets, List<ReceivedDocument> documents) {
        this(sets, documents, false);
    }
}
