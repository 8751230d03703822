package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Years without an official file: Labour Code 2019 Art 111-112 computed. */
class StatutoryHolidaysTest {

    private final WorkingCalendar calendar = TestCalendars.OFFICIAL;

    /** 2030: Tết mùng 1 is Saturday 02/02, 1/9 is a Sunday. */
    @Test
    void year2030IsComputedWithTetAndCompensatoryDays() {
        YearSchedule y2030 = calendar.schedule(2030);

        assertThat(y2030.source()).isEqualTo(ScheduleSource.COMPUTED);
        assertThat(y2030.document()).isEmpty();
        assertThat(y2030.nonWorkingDays()).extracting(SpecialDay::date, SpecialDay::kind).containsExactly(
                tuple("2030-01-01", DayKind.HOLIDAY),
                tuple("2030-02-01", DayKind.HOLIDAY), // 29 Chạp
                tuple("2030-02-02", DayKind.HOLIDAY), // mùng 1 (Sat)
                tuple("2030-02-03", DayKind.HOLIDAY), // Sun
                tuple("2030-02-04", DayKind.HOLIDAY),
                tuple("2030-02-05", DayKind.HOLIDAY), // mùng 4
                tuple("2030-02-06", DayKind.COMPENSATORY),
                tuple("2030-02-07", DayKind.COMPENSATORY),
                tuple("2030-04-12", DayKind.HOLIDAY), // 10/3 lunar
                tuple("2030-04-30", DayKind.HOLIDAY),
                tuple("2030-05-01", DayKind.HOLIDAY),
                tuple("2030-09-01", DayKind.HOLIDAY), // Sun
                tuple("2030-09-02", DayKind.HOLIDAY),
                tuple("2030-09-03", DayKind.COMPENSATORY));
        assertThat(y2030.makeUpWorkingDays()).isEmpty();
        assertThat(y2030.on(LocalDate.of(2030, 2, 1))).hasValueSatisfying(
                d -> assertThat(d.name()).isEqualTo("Tết Nguyên đán (29 tháng Chạp)"));
        assertThat(y2030.on(LocalDate.of(2030, 9, 3))).hasValueSatisfying(
                d -> assertThat(d.name()).startsWith("Nghỉ bù"));
    }

    @ParameterizedTest(name = "2030: {0} working={1}")
    @CsvSource({"2030-02-01, false", "2030-02-04, false", "2030-02-07, false", "2030-02-08, true",
            "2030-09-03, false", "2030-09-04, true"})
    void computedDaysDriveTheCalendar(LocalDate day, boolean working) {
        assertThat(calendar.isWorkingDay(day)).isEqualTo(working);
    }

    /** Without the official file the rules alone give 2026 right, except the announced swap. */
    @Test
    void computed2026MatchesTheOfficialNoticeButTheSwap() {
        List<SpecialDay> computed = WorkingCalendar.computedOnly().schedule(2026).days();
        List<SpecialDay> official = calendar.schedule(2026).days().stream()
                .filter(d -> d.kind() == DayKind.HOLIDAY || d.kind() == DayKind.COMPENSATORY).toList();

        assertThat(computed).extracting(SpecialDay::date, SpecialDay::kind)
                .containsExactlyElementsOf(official.stream().map(d -> tuple(d.date(), d.kind())).toList());
    }

    /** Hùng Kings on Saturday 29/04/2023: its compensatory day skips 30/4 (Sun), 1/5 and 30/4's own. */
    @Test
    void compensatoryDaysDoNotCollide() {
        YearSchedule y2023 = WorkingCalendar.computedOnly().schedule(2023);
        assertThat(y2023.days()).filteredOn(d -> d.kind() == DayKind.COMPENSATORY)
                .extracting(SpecialDay::date)
                .contains(LocalDate.of(2023, 5, 2), LocalDate.of(2023, 5, 3));
    }

    private static org.assertj.core.groups.Tuple tuple(Object date, DayKind kind) {
        return org.assertj.core.groups.Tuple.tuple(date instanceof String s ? LocalDate.parse(s) : date, kind);
    }
}
