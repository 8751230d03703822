package vn.motcua.supervision;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A test's file: the register columns a file's KPIs depend on (mc_dossier), counted into the
 * period's buckets by {@link KpiRules}, the rules the roll-up runs. The tests write these files to
 * the register and hold {@link KpiQueries}' SQL to the same counts. Times are register timestamps
 * (local time of the office).
 */
public record FileFacts(String code, String channel, LocalDateTime receivedAt, LocalDate acceptedOn, LocalDate dueDate,
        String status, LocalDate pausedSince, LocalDateTime finishedAt, boolean extended, int supplementCount,
        boolean supplementRestartsClock) {

    /** A file whose supplement request, if any, came in time (Decree 118/2025 Art 19(5)). */
    public FileFacts(String code, String channel, LocalDateTime receivedAt, LocalDate acceptedOn, LocalDate dueDate,
            String status, LocalDate pausedSince, LocalDateTime finishedAt, boolean extended, int supplementCount) {
        this(code, channel, receivedAt, acceptedOn, dueDate, status, pausedSince, finishedAt, extended, supplementCount,
                true);
    }

    boolean clockStopped() {
        return KpiRules.clockStopped(pausedSince, status, supplementRestartsClock);
    }

    boolean counted() {
        return KpiRules.counted(acceptedOn, status);
    }

    /** Adds this file to the period's counts; {@code asOf} as in {@link KpiFilter#asOf}. */
    Counts countsIn(LocalDate start, LocalDate end, LocalDate asOf) {
        LocalDateTime from = start.atStartOfDay();
        LocalDateTime until = end.atStartOfDay();
        if (!counted() || !receivedAt.isBefore(until) || (finishedAt != null && finishedAt.isBefore(from))) {
            return Counts.ZERO;
        }
        boolean receivedNow = !receivedAt.isBefore(from);
        long early = 0, onTime = 0, late = 0, notDue = 0, overdue = 0, paused = 0;
        if (finishedAt != null && finishedAt.isBefore(until)) {
            switch (KpiRules.timeliness(finishedAt.toLocalDate(), dueDate)) {
                case "EARLY" -> early = 1;
                case "ON_TIME" -> onTime = 1;
                default -> late = 1;
            }
        } else if (clockStopped()) {
            paused = 1;
        } else if (dueDate != null && dueDate.isBefore(asOf)) {
            overdue = 1;
        } else {
            notDue = 1;
        }
        long lateNotExtended = (late + overdue) > 0 && !extended ? 1 : 0;
        return new Counts(receivedNow ? 1 : 0, receivedNow ? 0 : 1, early, onTime, late, notDue, overdue, paused,
                lateNotExtended, supplementCount, supplementCount > 1 ? 1 : 0);
    }
}
