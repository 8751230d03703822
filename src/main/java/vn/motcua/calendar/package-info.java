/**
 * Working days and holidays of Vietnam, and the deadline arithmetic of one-stop files.
 * <ul>
 * <li>{@link vn.motcua.calendar.WorkingCalendar}: is a day a working day; add working or calendar
 * days (Civil Code 2015 Art 147-148).</li>
 * <li>{@link vn.motcua.calendar.DeadlineCalculator} and {@link vn.motcua.calendar.Deadline}: the 15:00
 * cut-off at receipt, excluded (paused) periods, restart after a supplement.</li>
 * <li>{@link vn.motcua.calendar.Deadlines}: the {@code deadlines} bean for BPMN timer expressions.</li>
 * <li>{@link vn.motcua.calendar.LunarCalendar}: the Vietnamese lunar calendar (UTC+7) behind Tết and
 * Hùng Kings day.</li>
 * <li>Official yearly schedules are data: {@code src/main/resources/calendar/official/YYYY.yaml}
 * and the optional folder {@code motcua.calendar.official-dir}.</li>
 * </ul>
 */
package vn.motcua.calendar;
