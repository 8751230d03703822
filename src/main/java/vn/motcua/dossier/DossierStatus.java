package vn.motcua.dossier;

import vn.motcua.system.Messages;

/** Where a file is, in the words the desk and the portal use. */
public enum DossierStatus {

    RECEIVED,
    WAITING_SUPPLEMENT_AT_RECEPTION,
    REFUSED,
    IN_PROGRESS,
    WAITING_AGENCY_SUPPLEMENT,
    RESULT_READY,
    FINISHED,
    WITHDRAWN,
    CLOSED;

    public String label() {
        return Messages.text("dossier.status." + name());
    }

    /** A file may be withdrawn until a decision has been issued (Decree 118/2025 Art 21). */
    public boolean isOpen() {
        return this != REFUSED && this != FINISHED && this != WITHDRAWN && this != CLOSED;
    }
}
