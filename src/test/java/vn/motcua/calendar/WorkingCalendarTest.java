package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The calendar with the official 2025 and 2026 schedules (TB 6150/TB-BLĐTBXH, TB 9441/TB-BNV). */
class WorkingCalendarTest {

    private final WorkingCalendar calendar = TestCalendars.OFFICIAL;

    @ParameterizedTest(name = "{0} is off: {1}")
    @CsvSource({
            "2025-01-01, Tết Dương lịch (Wed)",
            "2025-01-27, Tết (Mon, 28 Chạp)",
            "2025-01-28, Tết (Tue, giao thừa)",
            "2025-01-29, Tết (Wed, mùng 1)",
            "2025-01-30, Tết (Thu)",
            "2025-01-31, Tết (Fri)",
            "2025-04-07, Giỗ Tổ Hùng Vương (Mon)",
            "2025-04-30, 30/4 (Wed)",
            "2025-05-01, 1/5 (Thu)",
            "2025-09-01, Quốc khánh adjacent day (Mon)",
            "2025-09-02, Quốc khánh (Tue)",
            "2026-01-01, Tết Dương lịch (Thu)",
            "2026-02-16, Tết (Mon, 29 Chạp)",
            "2026-02-17, Tết (Tue, mùng 1)",
            "2026-02-18, Tết (Wed)",
            "2026-02-19, Tết (Thu)",
            "2026-02-20, Tết (Fri, mùng 4)",
            "2026-04-26, Giỗ Tổ Hùng Vương (Sun)",
            "2026-04-27, compensatory day for Hùng Kings (Mon)",
            "2026-04-30, 30/4 (Thu)",
            "2026-05-01, 1/5 (Fri)",
            "2026-08-31, swapped day off (Mon)",
            "2026-09-01, Quốc khánh (Tue)",
            "2026-09-02, Quốc khánh (Wed)",
    })
    void holidaysAreNotWorkingDays(LocalDate day, String why) {
        assertThat(calendar.isWorkingDay(day)).isFalse();
        assertThat(calendar.specialDay(day)).isPresent();
    }

    @ParameterizedTest(name = "{0} is a weekend")
    @CsvSource({"2025-01-25", "2025-02-02", "2025-08-30", "2026-02-14", "2026-02-22", "2026-08-23", "2026-12-27"})
    void ordinaryWeekendsAreNotWorkingDays(LocalDate day) {
        assertThat(calendar.isWorkingDay(day)).isFalse();
        assertThat(calendar.specialDay(day)).isEmpty();
    }

    @ParameterizedTest(name = "{0} working={1}: {2}")
    @CsvSource({
            "2026-08-22, true, make-up Saturday for Mon 31/08",
            "2026-02-13, true, Friday before Tết",
            "2026-02-23, true, Monday after Tết",
            "2026-04-28, true, Tuesday after the compensatory day",
            "2026-09-03, true, Thursday after National Day",
            "2025-01-24, true, Friday before Tết",
            "2025-02-03, true, Monday after Tết",
            "2025-05-02, true, the proposed 2025 swap is not applied",
            "2025-04-26, false, the proposed 2025 make-up Saturday is not applied",
    })
    void workingDays(LocalDate day, boolean working, String why) {
        assertThat(calendar.isWorkingDay(day)).isEqualTo(working);
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
            "2026-02-13, 1, 2026-02-23", // Fri before Tết -> Mon after
            "2026-02-13, 5, 2026-02-27",
            "2026-02-12, 2, 2026-02-23",
            "2026-02-10, 12, 2026-03-05", // parcel split, 12 days across Tết
            "2026-02-13, 0, 2026-02-13", // 0: same day if working
            "2026-02-14, 0, 2026-02-23", // 0 on a day off: next working day
            "2026-02-14, 1, 2026-02-23", // a Saturday start: Monday is the first day counted
            "2026-04-24, 1, 2026-04-28", // Mon 27/04 is the compensatory day
            "2026-04-29, 1, 2026-05-04", // 30/4, 1/5 and the weekend
            "2026-08-21, 1, 2026-08-22", // the make-up Saturday counts
            "2026-08-28, 1, 2026-09-03", // swapped Monday, then National Day
            "2026-11-20, 10, 2026-12-04",
            "2025-12-31, 1, 2026-01-02", // across the year boundary
            "2025-01-24, 1, 2025-02-03",
            "2025-08-29, 1, 2025-09-03",
            "2025-04-29, 2, 2025-05-05",
    })
    void addWorkingDays(LocalDate from, int n, LocalDate due) {
        assertThat(calendar.addWorkingDays(from, n)).isEqualTo(due);
    }

    @ParameterizedTest(name = "working days in ({0}, {1}] = {2}")
    @CsvSource({
            "2026-02-13, 2026-02-23, 1",
            "2026-02-13, 2026-02-13, 0",
            "2026-08-21, 2026-09-03, 7", // 22/08 and 24-28/08 and 03/09
            "2025-12-31, 2026-12-31, 250", // 261 weekdays - 12 days off + 1 make-up Saturday
            "2024-12-31, 2025-12-31, 250", // 261 weekdays - 11 days off
            "2026-02-23, 2026-02-13, -1",
    })
    void workingDaysBetween(LocalDate from, LocalDate to, int expected) {
        assertThat(calendar.workingDaysBetween(from, to)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} + {1} calendar days = {2}")
    @CsvSource({
            "2026-03-02, 30, 2026-04-01",
            "2026-01-16, 30, 2026-02-23", // lands on Sunday 15/02 inside Tết
            "2026-03-28, 30, 2026-04-28", // lands on the compensatory Monday
            "2026-07-23, 30, 2026-08-22", // lands on the make-up Saturday, a working day
            "2026-03-02, 0, 2026-03-02",
    })
    void calendarDaysEndOnAWorkingDay(LocalDate from, int days, LocalDate due) {
        assertThat(calendar.addCalendarDaysEndingOnWorkingDay(from, days)).isEqualTo(due);
    }

    @Test
    void nextWorkingDayIsStrictlyAfter() {
        assertThat(calendar.nextWorkingDay(LocalDate.of(2026, 2, 12))).isEqualTo(LocalDate.of(2026, 2, 13));
        assertThat(calendar.nextWorkingDay(LocalDate.of(2026, 2, 13))).isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(calendar.workingDayOnOrAfter(LocalDate.of(2026, 2, 13))).isEqualTo(LocalDate.of(2026, 2, 13));
    }

    @Test
    void officialYearsCiteTheirDocument() {
        YearSchedule y2026 = calendar.schedule(2026);
        assertThat(y2026.source()).isEqualTo(ScheduleSource.OFFICIAL);
        assertThat(y2026.document()).hasValueSatisfying(d -> assertThat(d).contains("9441/TB-BNV"));
        assertThat(y2026.makeUpWorkingDays()).extracting(SpecialDay::date).containsExactly(LocalDate.of(2026, 8, 22));
        assertThat(calendar.schedule(2025).document()).hasValueSatisfying(d -> assertThat(d).contains("6150/TB-BLĐTBXH"));
    }

    @Test
    void negativeDaysAndUnsupportedYearsAreRefused() {
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 1, 5), -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2200, 1, 1)))
                .isInstanceOf(UnsupportedYearException.class);
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2199, 12, 30), 5))
                .isInstanceOf(UnsupportedYearException.class);
    }
}
