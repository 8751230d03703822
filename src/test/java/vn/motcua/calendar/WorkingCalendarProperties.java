package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants of working-day arithmetic, over official (2025-2026) and computed years alike. */
class WorkingCalendarProperties {

    private final WorkingCalendar calendar = TestCalendars.OFFICIAL;

    @Property
    void theResultIsAWorkingDay(@ForAll("days") LocalDate from, @ForAll @IntRange(max = 400) int n) {
        assertThat(calendar.isWorkingDay(calendar.addWorkingDays(from, n))).isTrue();
    }

    @Property
    void addingIsAdditive(@ForAll("days") LocalDate from, @ForAll @IntRange(min = 1, max = 200) int a,
            @ForAll @IntRange(min = 1, max = 200) int b) {
        assertThat(calendar.addWorkingDays(calendar.addWorkingDays(from, a), b))
                .isEqualTo(calendar.addWorkingDays(from, a + b));
    }

    @Property
    void aLaterStartNeverGivesAnEarlierDueDate(@ForAll("days") LocalDate from,
            @ForAll @IntRange(max = 40) int later, @ForAll @IntRange(max = 200) int n) {
        assertThat(calendar.addWorkingDays(from.plusDays(later), n))
                .isAfterOrEqualTo(calendar.addWorkingDays(from, n));
    }

    @Property
    void countingBackGivesN(@ForAll("days") LocalDate from, @ForAll @IntRange(min = 1, max = 400) int n) {
        LocalDate due = calendar.addWorkingDays(from, n);
        assertThat(due).isAfter(from);
        assertThat(calendar.workingDaysBetween(from, due)).isEqualTo(n);
    }

    @Property
    void zeroDaysIsTheFirstWorkingDayOnOrAfter(@ForAll("days") LocalDate from) {
        LocalDate due = calendar.addWorkingDays(from, 0);
        assertThat(calendar.isWorkingDay(due)).isTrue();
        assertThat(calendar.workingDaysBetween(from, due)).isEqualTo(calendar.isWorkingDay(from) ? 0 : 1);
    }

    @Property
    void calendarDayPeriodsEndOnTheFirstWorkingDayOnOrAfterTheirLastDay(@ForAll("days") LocalDate from,
            @ForAll @IntRange(max = 90) int days) {
        LocalDate due = calendar.addCalendarDaysEndingOnWorkingDay(from, days);
        assertThat(calendar.isWorkingDay(due)).isTrue();
        assertThat(calendar.workingDaysBetween(from.plusDays(days), due)).isLessThanOrEqualTo(1);
        assertThat(due).isAfterOrEqualTo(from.plusDays(days));
    }

    @Property
    void lunarConversionRoundTrips(@ForAll("days") LocalDate day) {
        assertThat(LunarCalendar.VIETNAM.toSolar(LunarCalendar.VIETNAM.toLunar(day))).isEqualTo(day);
    }

    /** Mostly around the official years, the rest anywhere in 1990-2100. */
    @Provide
    Arbitrary<LocalDate> days() {
        Arbitrary<LocalDate> near = epochDays(LocalDate.of(2024, 10, 1), LocalDate.of(2027, 3, 31));
        Arbitrary<LocalDate> far = epochDays(LocalDate.of(1990, 1, 1), LocalDate.of(2100, 12, 31));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, near),
                net.jqwik.api.Tuple.of(1, far));
    }

    private static Arbitrary<LocalDate> epochDays(LocalDate min, LocalDate max) {
        return Arbitraries.longs().between(min.toEpochDay(), max.toEpochDay()).map(LocalDate::ofEpochDay);
    }
}
