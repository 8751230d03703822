package vn.motcua.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import vn.motcua.calendar.DeadlineCalculator;

/**
 * "Now" as the register needs it: timestamps are stored as the JVM's local time
 * (java.sql.Timestamp), while due dates are days in Vietnam.
 */
public record Moment(LocalDateTime now, LocalDate today) {

    public static Moment of(Instant instant) {
        return new Moment(LocalDateTime.ofInstant(instant, ZoneId.systemDefault()),
                LocalDate.ofInstant(instant, DeadlineCalculator.ZONE));
    }
}
