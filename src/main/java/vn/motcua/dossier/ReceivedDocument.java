package vn.motcua.dossier;

import vn.motcua.system.Messages;

/**
 * One paper of a file as the desk received it, a line of the receipt's list (thành phần hồ sơ, BM.01).
 *
 * @param type original or which kind of copy; null when the desk did not say
 * @param count how many of it; null when the desk did not say
 * @param reference where an electronic paper is kept (the portal's store); null for paper
 * @param sha256 the hex SHA-256 of the electronic paper as the portal sent it; null for paper
 */
public record ReceivedDocument(String name, Type type, Integer count, String reference, String sha256) {

    /** A paper handed in at the desk: no reference, no digest. */
    public ReceivedDocument(String name, Type type, Integer count) {
        this(name, type, count, null, null);
    }

    public enum Type {
        ORIGINAL,
        CERTIFIED_COPY,
        COPY,
        /** Sent online: a scan or an electronic original. */
        ELECTRONIC;

        /** As the receipt writes it: "bản chính". */
        public String label() {
            return Messages.text("dossier.documentType." + name());
        }
    }
}
