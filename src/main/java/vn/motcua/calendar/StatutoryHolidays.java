package vn.motcua.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.motcua.system.Messages;

/**
 * The holidays the Labour Code 2019 itself fixes, for years without an official notice:
 * Art 112(1) gives New Year, five days of Tết, Hùng Kings day (10/3 lunar), 30/4, 1/5 and National
 * Day 2/9 with one adjacent day; Art 111(3) gives a compensatory day on the next working day for
 * each holiday falling on a weekend.
 * <p>
 * Choices the law leaves to the Prime Minister each year, made here as recent notices did:
 * Tết is the last day of the lunar year (29 or 30 Chạp) and mùng 1-4; the day adjacent to
 * National Day is 1/9. The official file of a year replaces all of this.
 */
final class StatutoryHolidays {

    /** Tết's days in the new lunar year: mùng 1 to mùng 4. */
    private static final int TET_DAYS = 4;

    private final LunarCalendar lunar;

    StatutoryHolidays(LunarCalendar lunar) {
        this.lunar = lunar;
    }

    YearSchedule scheduleFor(int year) {
        List<SpecialDay> holidays = holidays(year);
        List<SpecialDay> all = new ArrayList<>(holidays);
        all.addAll(compensatoryDays(holidays));
        return YearSchedule.computed(year, all);
    }

    private List<SpecialDay> holidays(int year) {
        List<SpecialDay> days = new ArrayList<>();
        days.add(holiday(LocalDate.of(year, 1, 1), Messages.text("calendar.holiday.newYear")));
        LocalDate tet = lunar.tet(year);
        days.add(holiday(tet.minusDays(1), Messages.text("calendar.holiday.tetEve", lunar.lastDayOfYear(year - 1))));
        for (int i = 0; i < TET_DAYS; i++) {
            days.add(holiday(tet.plusDays(i), Messages.text("calendar.holiday.tet", i + 1)));
        }
        days.add(holiday(lunar.toSolar(year, 3, 10, false), Messages.text("calendar.holiday.hungKings")));
        days.add(holiday(LocalDate.of(year, 4, 30), Messages.text("calendar.holiday.reunification")));
        days.add(holiday(LocalDate.of(year, 5, 1), Messages.text("calendar.holiday.labourDay")));
        days.add(holiday(LocalDate.of(year, 9, 1), Messages.text("calendar.holiday.nationalDayEve")));
        days.add(holiday(LocalDate.of(year, 9, 2), Messages.text("calendar.holiday.nationalDay")));
        return days;
    }

    /** Each holiday on a weekend moves to the next day that is neither a weekend nor already off. */
    private static List<SpecialDay> compensatoryDays(List<SpecialDay> holidays) {
        Set<LocalDate> off = new HashSet<>();
        holidays.forEach(h -> off.add(h.date()));
        List<SpecialDay> result = new ArrayList<>();
        for (SpecialDay holiday : holidays) {
            if (!isWeekend(holiday.date())) {
                continue;
            }
            LocalDate day = holiday.date().plusDays(1);
            while (isWeekend(day) || off.contains(day)) {
                day = day.plusDays(1);
            }
            off.add(day);
            result.add(new SpecialDay(day, Messages.text("calendar.holiday.compensatory", holiday.name()), DayKind.COMPENSATORY));
        }
        return result;
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }

    private static SpecialDay holiday(LocalDate date, String name) {
        return new SpecialDay(date, name, DayKind.HOLIDAY);
    }
}
