package vn.motcua.dossier;

import java.time.LocalDate;

import vn.motcua.system.Messages;

/** Trước hạn / đúng hạn / quá hạn, as the control sheet and the KPIs record a hand-over or a file. */
public enum Timeliness {

    EARLY,
    ON_TIME,
    LATE;

    public String label() {
        return Messages.text("dossier.timeliness." + name());
    }

    public static Timeliness of(LocalDate finishedOn, LocalDate dueOn) {
        if (dueOn == null || finishedOn.isBefore(dueOn)) {
            return EARLY;
        }
        return finishedOn.isEqual(dueOn) ? ON_TIME : LATE;
    }
}
