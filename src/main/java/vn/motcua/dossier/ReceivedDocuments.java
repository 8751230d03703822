package vn.motcua.dossier;

import java.util.List;

/**
 * What the desk received with a file: how many sets (số lượng hồ sơ, bộ) and the list of papers,
 * both printed on the receipt (BM.01).
 *
 * @param sets the number of sets; null for files registered before it was recorded
 * @param documents the papers in the order the desk listed them; empty when none were listed
 */
public record ReceivedDocuments(Integer sets, List<ReceivedDocument> documents) {

    /** A file received without a list or a count: one set, unless the desk says otherwise. */
    public static final ReceivedDocuments ONE_SET_UNLISTED = new ReceivedDocuments(1, List.of());

    public ReceivedDocuments {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }
}
