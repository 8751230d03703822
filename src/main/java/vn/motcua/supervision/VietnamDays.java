package vn.motcua.supervision;

import vn.motcua.system.VietnamTime;

/**
 * The day, month and year of a stored moment (a {@code timestamp with time zone} column, V30) in
 * Vietnam, as SQL that H2 and PostgreSQL read alike, whatever the zone of the server or the session:
 * the KPIs count days and months of Vietnam (a file received at 23:30 there is that day's, though it
 * is 16:30 UTC).
 */
final class VietnamDays {

    private static final String AT_VIETNAM = " at time zone '" + VietnamTime.ZONE.getId() + "'";

    private VietnamDays() {
    }

    /**
     * The Vietnamese day of the moment. Not {@code cast(x at time zone '…' as date)}: PostgreSQL takes
     * that day, but H2 casts a timestamp with time zone to a date in the session's zone (the JVM's),
     * dropping the offset AT TIME ZONE gave it. The moment written at Vietnam's offset begins with its
     * Vietnamese day (yyyy-mm-dd) on both.
     */
    static String dayOf(String column) {
        return "cast(cast(" + column + AT_VIETNAM + " as varchar(10)) as date)";
    }

    /** The Vietnamese month (1-12) of the moment: extract reads the offset on both databases. */
    static String monthOf(String column) {
        return "extract(month from " + column + AT_VIETNAM + ")";
    }

    static String yearOf(String column) {
        return "extract(year from " + column + AT_VIETNAM + ")";
    }
}
