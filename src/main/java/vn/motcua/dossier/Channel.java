package vn.motcua.dossier;

/** How a file reached the desk and how its result leaves it (Decree 118/2025 Art 15). */
public enum Channel {
    IN_PERSON,
    POST,
    ONLINE
}
