package vn.motcua.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The "late two or more months running" rule, the same for officers and agencies. */
class LateStreaksTest {

    private static OfficerMonth month(String who, int month, long handled, long late) {
        return new OfficerMonth(who, YearMonth.of(2026, month), handled, late);
    }

    @Test
    void twoConsecutiveLateMonthsMakeAStreakOneDoesNot() {
        List<LateStreak> streaks = LateStreaks.of(LateStreaks.OFFICER, List.of(
                month("twice", 3, 5, 1), month("twice", 4, 2, 2),
                month("once", 3, 4, 1), month("once", 4, 6, 0),
                month("apart", 2, 1, 1), month("apart", 4, 1, 1)), who -> who.toUpperCase());

        assertThat(streaks).singleElement().satisfies(s -> {
            assertThat(s.key()).isEqualTo("twice");
            assertThat(s.name()).isEqualTo("TWICE");
            assertThat(s.months()).containsExactly(YearMonth.of(2026, 3), YearMonth.of(2026, 4));
            assertThat(s.handled()).isEqualTo(7);
            assertThat(s.late()).isEqualTo(3);
        });
    }

    @Test
    void theLongestRunIsReportedAndRowsOfOneMonthAreAddedUp() {
        List<LateStreak> streaks = LateStreaks.of(LateStreaks.AGENCY, List.of(
                month("a", 1, 1, 1), month("a", 2, 1, 1), month("a", 3, 1, 0),
                month("a", 5, 1, 1), month("a", 6, 1, 0), month("a", 6, 1, 1), month("a", 7, 3, 1),
                month("b", 8, 1, 1), month("b", 9, 1, 1)), who -> who);

        assertThat(streaks).extracting(LateStreak::key).containsExactly("a", "b");
        assertThat(streaks.get(0).months()).containsExactly(YearMonth.of(2026, 5), YearMonth.of(2026, 6),
                YearMonth.of(2026, 7));
        assertThat(streaks.get(0).handled()).isEqualTo(6);
        assertThat(OfficerMonth.lateTwoMonthsRunning(List.of(month("x", 1, 1, 1), month("x", 2, 1, 1),
                month("y", 1, 1, 1)))).containsExactly("x");
    }
}
