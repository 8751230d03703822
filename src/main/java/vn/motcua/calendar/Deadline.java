package vn.motcua.calendar;

import java.time.LocalDate;

/**
 * A time limit in working days as it stands: counted from {@code acceptedOn} (not itself counted),
 * pushed by the working days the clock was stopped. Values only; {@link DeadlineCalculator} makes
 * and changes them.
 *
 * @param acceptedOn        the effective day of receipt of the complete file
 * @param workingDays       the statutory time limit
 * @param pausedWorkingDays working days excluded from the limit so far (tax payment, posting...)
 * @param dueDate           the appointment day (ngày hẹn trả kết quả)
 */
public record Deadline(LocalDate acceptedOn, int workingDays, int pausedWorkingDays, LocalDate dueDate) {
}
