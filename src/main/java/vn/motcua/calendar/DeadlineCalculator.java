package vn.motcua.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

import vn.motcua.system.VietnamTime;

/**
 * The clock rules of one-stop files on top of a {@link WorkingCalendar}:
 * <ul>
 * <li>receipt: a file received on a day off counts as received on the next working day; so does one
 * received after the cut-off, where a deployment sets one (by default none: see
 * {@link CalendarProperties#acceptanceCutOff()});</li>
 * <li>the limit ends on the N-th working day after that day (Civil Code Art 147: the first day is
 * not counted);</li>
 * <li>a limit in calendar days (mediation) counts from the day of receipt itself, without the
 * cut-off or the move off a day off ({@link #calendarDaysAfterReceipt});</li>
 * <li>periods that sectoral law excludes (tax determination and payment, public posting...) push
 * the due date by the working days they took;</li>
 * <li>a processing agency's supplement request restarts the limit from zero once the complete
 * file is back (Decree 118/2025 Art 19(5)).</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class DeadlineCalculator {

    /** Every civil time of the application is Vietnam's. */
    public static final ZoneId ZONE = VietnamTime.ZONE;

    public static final LocalTime DEFAULT_CUT_OFF = LocalTime.of(15, 0);

    private final WorkingCalendar calendar;
    private final LocalTime cutOff;

    /** @param cutOff the time after which a file counts as received the next working day, or null for none */
    public DeadlineCalculator(WorkingCalendar calendar, LocalTime cutOff) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.cutOff = cutOff;
    }

    public WorkingCalendar calendar() {
        return calendar;
    }

    /**
     * The effective day of receipt: the day of {@code receivedAt} in Vietnam, or the next working
     * day if that day is off or the file came after the cut-off (exactly 15:00:00 is still in time).
     * Counting starts the day after it.
     */
    public LocalDate acceptanceDay(Instant receivedAt) {
        ZonedDateTime local = receivedAt.atZone(ZONE);
        LocalDate day = local.toLocalDate();
        if (!calendar.isWorkingDay(day) || (cutOff != null && local.toLocalTime().isAfter(cutOff))) {
            return calendar.nextWorkingDay(day);
        }
        return day;
    }

    public LocalDate acceptanceDay(ZonedDateTime receivedAt) {
        return acceptanceDay(receivedAt.toInstant());
    }

    public LocalDate acceptanceDay(OffsetDateTime receivedAt) {
        return acceptanceDay(receivedAt.toInstant());
    }

    /**
     * The deadline of a file received (or complete again after an agency's supplement request, which
     * restarts the whole limit) at a moment: cut-off applied, then N working days.
     */
    public Deadline start(Instant receivedAt, int workingDays) {
        return startOn(acceptanceDay(receivedAt), workingDays);
    }

    /**
     * The deadline counted from a day of receipt without a time (no cut-off check); a day off is
     * moved to the next working day first.
     */
    public Deadline startOn(LocalDate receivedOn, int workingDays) {
        LocalDate acceptedOn = calendar.workingDayOnOrAfter(receivedOn);
        return new Deadline(acceptedOn, workingDays, 0, calendar.addWorkingDays(acceptedOn, workingDays));
    }

    /**
     * Working days an excluded period took: those in ({@code stoppedOn}, {@code resumedOn}], i.e. the
     * day the clock stops still counts as a processing day and the day it resumes does not.
     */
    public int pausedWorkingDays(LocalDate stoppedOn, LocalDate resumedOn) {
        if (resumedOn.isBefore(stoppedOn)) {
            throw new IllegalArgumentException("Clock resumed on " + resumedOn + " before it stopped on " + stoppedOn);
        }
        return calendar.workingDaysBetween(stoppedOn, resumedOn);
    }

    /** The deadline pushed by an excluded period from {@code stoppedOn} to {@code resumedOn}. */
    public Deadline pause(Deadline deadline, LocalDate stoppedOn, LocalDate resumedOn) {
        return addPausedWorkingDays(deadline, pausedWorkingDays(stoppedOn, resumedOn));
    }

    /** The deadline pushed by a number of working days the clock was stopped. */
    public Deadline addPausedWorkingDays(Deadline deadline, int pausedWorkingDays) {
        if (pausedWorkingDays < 0) {
            throw new IllegalArgumentException("Paused working days must not be negative: " + pausedWorkingDays);
        }
        int paused = deadline.pausedWorkingDays() + pausedWorkingDays;
        LocalDate due = calendar.addWorkingDays(deadline.acceptedOn(), deadline.workingDays() + paused);
        return new Deadline(deadline.acceptedOn(), deadline.workingDays(), paused, due);
    }

    /**
     * End of a period in calendar days counted from the day of receipt itself, whatever the hour and
     * even on a day off (Land Law 2024 Art 235(2): "kể từ ngày nhận được đơn"): neither the cut-off
     * nor a day off moves the start. Only the last day moves off a day off (Civil Code Art 148).
     */
    public LocalDate calendarDaysAfterReceipt(Instant receivedAt, int calendarDays) {
        return calendar.addCalendarDaysEndingOnWorkingDay(LocalDate.ofInstant(receivedAt, ZONE), calendarDays);
    }
}
