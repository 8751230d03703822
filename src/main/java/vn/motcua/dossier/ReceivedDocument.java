package vn.motcua.dossier;

/**
 * One paper of a file as the desk received it, a line of the receipt's list (thành phần hồ sơ, BM.01).
 *
 * @param type original or which kind of copy; null when the desk did not say
 * @param count how many of it; null when the desk did not say
 */
public record ReceivedDocument(String name, Type type, Integer count) {

    public enum Type {
        ORIGINAL("bản chính"),
        CERTIFIED_COPY("bản sao có chứng thực"),
        COPY("bản sao"),
        /** Sent online: a scan or an electronic original. */
        ELECTRONIC("bản điện tử");

        private final String label;

        Type(String label) {
            this.label = label;
        }

        /** As the receipt writes it: "bản chính". */
        public String label() {
            return label;
        }
    }
}
