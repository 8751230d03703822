package vn.motcua.supervision;

import java.time.LocalDate;

/**
 * Decree 118/2025 Art 19(6): the apology with a new appointment is sent at the latest one day
 * before the due date. Timely when the APOLOGY due-date change was recorded before the old due day.
 */
final class ApologyRule {

    private ApologyRule() {
    }

    static boolean timely(LocalDate recordedOn, LocalDate oldDue) {
        return oldDue != null && !recordedOn.isAfter(oldDue.minusDays(1));
    }
}
