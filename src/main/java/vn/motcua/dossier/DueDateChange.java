package vn.motcua.dossier;

import java.time.Instant;
import java.time.LocalDate;

/** One change of the appointment date and why it changed. */
public record DueDateChange(Kind kind, LocalDate oldDue, LocalDate newDue, String reason, String actor,
        Instant changedAt) {

    public enum Kind {
        /** Set at acceptance from the procedure's time limit. */
        INITIAL,
        /** Counted again from zero after a processing agency's supplement request (Decree 118 Art 19(5)). */
        RESTART,
        /** Pushed by an excluded period (tax, payment, posting...) that does not count. */
        PAUSE,
        /** New appointment of the apology letter, once only (Decree 118 Art 19(6)). */
        APOLOGY
    }
}
