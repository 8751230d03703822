package vn.motcua.calendar;

import vn.motcua.system.Messages;

/**
 * A day of the Vietnamese lunar calendar (âm lịch). {@code year} is the lunar year that begins
 * with Tết of that Gregorian year; {@code leap} marks a leap month (tháng nhuận), which repeats
 * the number of the month before it.
 */
public record LunarDate(int year, int month, int day, boolean leap) {

    public LunarDate {
        if (month < 1 || month > 12 || day < 1 || day > 30) {
            throw new IllegalArgumentException("No such lunar day: " + day + "/" + month);
        }
    }

    @Override
    public String toString() {
        return leap ? Messages.text("calendar.lunar.leapDay", day, month, year) : day + "/" + month + "/" + year;
    }
}
