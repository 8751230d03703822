package vn.motcua.procedure;

/** How a time limit counts days: most land limits are working days, mediation is calendar days. */
public enum DayCount {
    WORKING_DAYS,
    CALENDAR_DAYS
}
