package vn.motcua.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

    private static final String[] TET_DAY_NAMES = {"mùng 1", "mùng 2", "mùng 3", "mùng 4"};

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
        days.add(holiday(LocalDate.of(year, 1, 1), "Tết Dương lịch"));
        LocalDate tet = lunar.tet(year);
        days.add(holiday(tet.minusDays(1), "Tết Nguyên đán (" + lunar.lastDayOfYear(year - 1) + " tháng Chạp)"));
        for (int i = 0; i < TET_DAY_NAMES.length; i++) {
            days.add(holiday(tet.plusDays(i), "Tết Nguyên đán (" + TET_DAY_NAMES[i] + " tháng Giêng)"));
        }
        days.add(holiday(lunar.toSolar(year, 3, 10, false), "Giỗ Tổ Hùng Vương (10/3 âm lịch)"));
        days.add(holiday(LocalDate.of(year, 4, 30), "Ngày Giải phóng miền Nam, thống nhất đất nước"));
        days.add(holiday(LocalDate.of(year, 5, 1), "Ngày Quốc tế Lao động"));
        days.add(holiday(LocalDate.of(year, 9, 1), "Nghỉ lễ Quốc khánh (ngày liền kề)"));
        days.add(holiday(LocalDate.of(year, 9, 2), "Quốc khánh"));
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
            result.add(new SpecialDay(day, "Nghỉ bù " + holiday.name(), DayKind.COMPENSATORY));
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
