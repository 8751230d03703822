package vn.motcua.dossier;

import vn.motcua.system.Messages;

/** How a file reached the desk and how its result leaves it (Decree 118/2025 Art 15). */
public enum Channel {
    IN_PERSON,
    POST,
    ONLINE;

    /** As the receipt and the file's history write it. */
    public String label() {
        return Messages.text("dossier.channel." + name());
    }
}
