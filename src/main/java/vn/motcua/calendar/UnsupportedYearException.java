package vn.motcua.calendar;

/** The calendar is computed for 1900-2199 only, where the astronomical formulas are well checked. */
public class UnsupportedYearException extends IllegalArgumentException {

    private final int year;

    public UnsupportedYearException(int year) {
        super("Year " + year + " is outside the supported range " + LunarCalendar.MIN_YEAR + "-"
                + LunarCalendar.MAX_YEAR);
        this.year = year;
    }

    public int year() {
        return year;
    }
}
