package vn.motcua.supervision;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

/**
 * The register columns a file's KPIs depend on (mc_dossier), with the bucket rules of the Gia Lai
 * statistics method (see {@link Counts} and {@link Indicator}).
 * {@link KpiQueries} evaluates the same rules in SQL; a test holds both to the same answers.
 * Times are register timestamps (local time of the office).
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

    /** Refused at reception, withdrawn or closed for want of a supplement: never "to process". */
    static final Set<String> NOT_PROCESSED = Set.of("REFUSED", "WITHDRAWN", "CLOSED");

    /**
     * Clock stopped: an excluded period (tax, posting...), or waiting for a supplement the agency asked
     * for in time. A late request (past the 3 working days, with the head's decision) leaves the clock
     * running, so the file stays "not due" or "overdue" and its lateness shows.
     */
    boolean clockStopped() {
        return pausedSince != null || ("WAITING_AGENCY_SUPPLEMENT".equals(status) && supplementRestartsClock);
    }

    /** Accepted (the clock ran) and neither refused, withdrawn nor closed. */
    boolean counted() {
        return acceptedOn != null && !NOT_PROCESSED.contains(status);
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
            LocalDate finishedOn = finishedAt.toLocalDate();
            if (finishedOn.isBefore(dueDate)) {
                early = 1;
            } else if (finishedOn.isEqual(dueDate)) {
                onTime = 1;
            } else {
                late = 1;
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
