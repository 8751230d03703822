package vn.motcua.calendar;

/** Where a year's holidays come from; {@code code} is the spelling used in JSON. */
public enum ScheduleSource {

    /** The yearly government notice, loaded from a data file. */
    OFFICIAL("official"),
    /** Computed from the Labour Code because no official file exists for the year. */
    COMPUTED("computed");

    private final String code;

    ScheduleSource(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
