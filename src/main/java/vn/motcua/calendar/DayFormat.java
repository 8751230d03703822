package vn.motcua.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import vn.motcua.system.Messages;

/** A day as a person in Vietnam reads and writes it: dd/MM/yyyy. */
public final class DayFormat {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern(Messages.text("calendar.format.moment"))
            .withZone(DeadlineCalculator.ZONE);

    private DayFormat() {
    }

    public static String of(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    /** A moment in Vietnam's time, as "16:30 ngày 21/12/2026". */
    public static String ofMoment(Instant moment) {
        return moment == null ? "" : MOMENT.format(moment);
    }
}
