package vn.motcua.supervision;

import java.time.LocalDate;
import java.util.Set;

/**
 * The file buckets of the Gia Lai statistics method (see {@link Counts}, {@link Indicator}), each
 * written once here: in Java for the monthly roll-up ({@link KpiRollup}), and beside it the same rule
 * in SQL for the live queries ({@link KpiQueries}, over {@code mc_dossier d} and
 * {@code mc_due_date_change c}). KpiDefinitionsTest holds the two forms to the same answers.
 */
final class KpiRules {

    /** Refused at reception, withdrawn or closed for want of a supplement: never "to process". */
    static final Set<String> NOT_COUNTED = Set.of("REFUSED", "WITHDRAWN", "CLOSED");
    static final String COUNTED_SQL = "d.accepted_on is not null and d.status not in ('REFUSED', 'WITHDRAWN', 'CLOSED')";

    /**
     * The clock stands still: an excluded period (tax, posting...), or waiting for a supplement the
     * agency asked for in time (Decree 118/2025 Art 19(5)). A late request leaves the clock running,
     * so the file stays "not due" or "overdue" and its lateness shows.
     */
    static final String STOPPED_SQL = "(d.paused_since is not null"
            + " or (d.status = 'WAITING_AGENCY_SUPPLEMENT' and d.supplement_restarts_clock = true))";
    static final String RUNNING_SQL = "(d.paused_since is null"
            + " and (d.status <> 'WAITING_AGENCY_SUPPLEMENT' or d.supplement_restarts_clock = false))";

    /**
     * Decree 118/2025 Art 19(6): the apology with a new appointment is sent at the latest one day
     * before the old appointment: timely when recorded before the old due day.
     */
    static final String APOLOGY_TIMELY_SQL = VietnamDays.dayOf("c.changed_at") + " < c.old_due";

    private KpiRules() {
    }

    /** Accepted (the clock ran) and neither refused, withdrawn nor closed. */
    static boolean counted(LocalDate acceptedOn, String status) {
        return acceptedOn != null && !NOT_COUNTED.contains(status);
    }

    static boolean clockStopped(LocalDate pausedSince, String status, boolean supplementRestartsClock) {
        return pausedSince != null || ("WAITING_AGENCY_SUPPLEMENT".equals(status) && supplementRestartsClock);
    }

    /** The finishing day in Vietnam against the appointment: EARLY, ON_TIME or LATE. */
    static String timeliness(LocalDate finishedOn, LocalDate due) {
        if (due == null || finishedOn.isBefore(due)) {
            return "EARLY";
        }
        return finishedOn.isEqual(due) ? "ON_TIME" : "LATE";
    }

    static boolean apologyTimely(LocalDate recordedOn, LocalDate oldDue) {
        return oldDue != null && recordedOn.isBefore(oldDue);
    }
}
