package vn.motcua.dossier;

import java.time.LocalDate;

/** Trước hạn / đúng hạn / quá hạn, as the control sheet and the KPIs record a hand-over or a file. */
public enum Timeliness {

    EARLY("Trước hạn"),
    ON_TIME("Đúng hạn"),
    LATE("Quá hạn");

    private final String label;

    Timeliness(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Timeliness of(LocalDate finishedOn, LocalDate dueOn) {
        if (dueOn == null || finishedOn.isBefore(dueOn)) {
            return EARLY;
        }
        return finishedOn.isEqual(dueOn) ? ON_TIME : LATE;
    }
}
