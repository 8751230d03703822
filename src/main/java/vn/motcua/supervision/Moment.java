package vn.motcua.supervision;

import java.time.Instant;
import java.time.LocalDate;

import vn.motcua.calendar.DeadlineCalculator;

/** "Now" as the register needs it: the instant (stored moments have a zone, V30), and today in Vietnam for due dates. */
public record Moment(Instant now, LocalDate today) {

    public static Moment of(Instant instant) {
        return new Moment(instant, LocalDate.ofInstant(instant, DeadlineCalculator.ZONE));
    }
}
