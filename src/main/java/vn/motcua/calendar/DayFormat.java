package vn.motcua.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** A day as a person in Vietnam reads and writes it: dd/MM/yyyy. */
public final class DayFormat {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private DayFormat() {
    }

    public static String of(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }
}
