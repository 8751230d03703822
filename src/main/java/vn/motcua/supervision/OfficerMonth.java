package vn.motcua.supervision;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** One officer's hand-overs finished in one month (control sheet), and the "late two months running" rule. */
public record OfficerMonth(String officer, YearMonth month, long handled, long late) {

    /**
     * Officers with at least one late hand-over in two consecutive months of the period: the
     * {@link LateStreaks} rule (seeds: accountability per officer, month after month).
     */
    static List<String> lateTwoMonthsRunning(List<OfficerMonth> rows) {
        return LateStreaks.of(LateStreaks.OFFICER, rows, officer -> officer).stream().map(LateStreak::key).sorted()
                .toList();
    }

    /** Live and rolled months of the same officer added up. */
    static List<OfficerMonth> merged(List<OfficerMonth> live, List<OfficerMonth> rolled) {
        Map<List<Object>, OfficerMonth> rows = new LinkedHashMap<>();
        Stream.concat(live.stream(), rolled.stream())
                .forEach(row -> rows.merge(List.of(row.officer(), row.month()), row, OfficerMonth::plus));
        return List.copyOf(rows.values());
    }

    private OfficerMonth plus(OfficerMonth o) {
        return new OfficerMonth(officer, month, handled + o.handled, late + o.late);
    }

    static List<OfficerMonth> sorted(List<OfficerMonth> rows) {
        return rows.stream().sorted(Comparator.comparing(OfficerMonth::officer).thenComparing(OfficerMonth::month))
                .collect(Collectors.toList());
    }
}
