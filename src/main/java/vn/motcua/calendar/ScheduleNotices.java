package vn.motcua.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;

import vn.motcua.system.Messages;

/**
 * Says when appointment dates rest on computed holidays rather than the official yearly schedule:
 * for this year at any time, and for next year from November on, when files accepted today start to
 * fall due in it (a January file crosses Tết). The log line at start is seen by nobody at the desk.
 */
public final class ScheduleNotices {

    private ScheduleNotices() {
    }

    public static List<String> of(WorkingCalendar calendar, LocalDate today) {
        return years(calendar, today).stream().map(ScheduleNotices::missing).toList();
    }

    /** The years whose computed holidays matter today: this one, and next year from November on. */
    public static List<Integer> years(WorkingCalendar calendar, LocalDate today) {
        List<Integer> years = new ArrayList<>();
        if (!calendar.hasOfficialSchedule(today.getYear())) {
            years.add(today.getYear());
        }
        if (today.getMonth().compareTo(Month.NOVEMBER) >= 0 && !calendar.hasOfficialSchedule(today.getYear() + 1)) {
            years.add(today.getYear() + 1);
        }
        return years;
    }

    /** The notice for a year without an official schedule, in Vietnamese. */
    public static String missing(int year) {
        return Messages.text("calendar.notice.noOfficialSchedule", year);
    }
}
