package vn.motcua.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.Objects;

import org.springframework.stereotype.Component;

/**
 * Deadlines for BPMN expressions, e.g. {@code timeDate="${deadlines.afterReceipt(receivedAt, 12)}"}
 * or {@code camunda:dueDate="${deadlines.afterWorkingDays(now(), 3)}"}. Camunda needs a
 * {@link Date}; each one is the end of office hours ({@code motcua.calendar.office-closes-at},
 * 17:00) in Vietnam on the resulting working day.
 * <p>
 * No engine classes here, so it is testable alone. Method names are unique per number of
 * arguments because the expression language picks a method by name and argument count only.
 */
@Component("deadlines")
public class Deadlines {

    private final DeadlineCalculator calculator;
    private final LocalTime closesAt;

    public Deadlines(DeadlineCalculator calculator, CalendarProperties properties) {
        this.calculator = calculator;
        this.closesAt = properties.officeClosesAt();
    }

    /** Closing time on the given day, whether or not it is a working day. */
    public Date endOfDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return Date.from(day.atTime(closesAt).atZone(DeadlineCalculator.ZONE).toInstant());
    }

    /** Closing time on an ISO day (2026-02-23), or on the next working day if that day is off. */
    public Date endOfWorkingDay(String isoDate) {
        return endOfDay(calendar().workingDayOnOrAfter(LocalDate.parse(isoDate)));
    }

    /** Closing time of the n-th working day after the Vietnamese day of {@code start} (no cut-off). */
    public Date afterWorkingDays(Date start, int workingDays) {
        return endOfDay(calendar().addWorkingDays(localDay(start), workingDays));
    }

    /** As above, pushed by working days the clock was stopped. */
    public Date afterWorkingDays(Date start, int workingDays, int pausedWorkingDays) {
        return afterWorkingDays(start, workingDays + pausedWorkingDays);
    }

    /** The appointment of a file received at {@code receivedAt}: the day of receipt (cut-off if set), then n working days. */
    public Date afterReceipt(Date receivedAt, int workingDays) {
        return afterReceipt(receivedAt, workingDays, 0);
    }

    /** As above, pushed by working days the clock was stopped. */
    public Date afterReceipt(Date receivedAt, int workingDays, int pausedWorkingDays) {
        Deadline deadline = calculator.addPausedWorkingDays(
                calculator.start(required(receivedAt).toInstant(), workingDays), pausedWorkingDays);
        return endOfDay(deadline.dueDate());
    }

    /** Closing time n calendar days after the day of {@code start}, moved to a working day (e.g. mediation: 30). */
    public Date afterCalendarDays(Date start, int calendarDays) {
        return endOfDay(calendar().addCalendarDaysEndingOnWorkingDay(localDay(start), calendarDays));
    }

    /** The n-th working day after a day (0: that day if working, else the next working day). */
    public LocalDate addWorkingDays(LocalDate from, int workingDays) {
        return calendar().addWorkingDays(from, workingDays);
    }

    /** The day from which a file received at that moment is counted (after cut-off and days off). */
    public LocalDate acceptanceDay(Date receivedAt) {
        return calculator.acceptanceDay(required(receivedAt).toInstant());
    }

    public boolean isWorkingDay(LocalDate day) {
        return calendar().isWorkingDay(day);
    }

    /** The day in Vietnam of a moment. */
    public LocalDate localDay(Date moment) {
        return required(moment).toInstant().atZone(DeadlineCalculator.ZONE).toLocalDate();
    }

    private WorkingCalendar calendar() {
        return calculator.calendar();
    }

    private static Date required(Date moment) {
        if (moment == null) {
            throw new IllegalArgumentException("A deadline needs a start moment, got null "
                    + "(is the process variable set?)");
        }
        return moment;
    }
}
