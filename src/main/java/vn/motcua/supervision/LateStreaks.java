package vn.motcua.supervision;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import vn.motcua.system.Messages;

/**
 * "Late two or more months running", one rule for officers and agencies: a month is late for them
 * when at least one step they finished in it was finished after the step's due time (an outcome LATE
 * on the control sheet). No rate threshold: every late step is a breach the applicant was owed an
 * apology for (Nghị định 118/2025/NĐ-CP Điều 19), and a threshold would hide a small unit's lateness;
 * the list shows the steps so a supervisor weighs them. Months without a finished step break a run.
 */
final class LateStreaks {

    static final int MONTHS_RUNNING = 2;
    static final String OFFICER = Messages.text("supervision.column.officer");
    static final String AGENCY = Messages.text("supervision.column.agency");

    private LateStreaks() {
    }

    /**
     * The longest run of late months of each officer or agency in the rows, kept when at least
     * {@link #MONTHS_RUNNING} long; longest first, then the latest.
     */
    static List<LateStreak> of(String kind, List<OfficerMonth> rows, Function<String, String> names) {
        Map<String, TreeMap<YearMonth, OfficerMonth>> byWho = new TreeMap<>();
        for (OfficerMonth row : rows) {
            byWho.computeIfAbsent(row.officer(), k -> new TreeMap<>()).merge(row.month(), row,
                    (a, b) -> new OfficerMonth(a.officer(), a.month(), a.handled() + b.handled(), a.late() + b.late()));
        }
        List<LateStreak> streaks = new ArrayList<>();
        byWho.forEach((who, months) -> {
            List<OfficerMonth> longest = longestRun(months);
            if (longest.size() >= MONTHS_RUNNING) {
                streaks.add(new LateStreak(kind, who, names.apply(who), longest.stream().map(OfficerMonth::month).toList(),
                        longest.stream().mapToLong(OfficerMonth::handled).sum(),
                        longest.stream().mapToLong(OfficerMonth::late).sum()));
            }
        });
        streaks.sort(ORDER);
        return streaks;
    }

    static final Comparator<LateStreak> ORDER = Comparator.comparingInt(LateStreak::length).reversed()
            .thenComparing(LateStreak::last, Comparator.reverseOrder()).thenComparing(LateStreak::late,
                    Comparator.reverseOrder()).thenComparing(LateStreak::name);

    private static boolean late(OfficerMonth month) {
        return month.late() > 0;
    }

    private static List<OfficerMonth> longestRun(TreeMap<YearMonth, OfficerMonth> months) {
        List<OfficerMonth> longest = List.of();
        List<OfficerMonth> run = new ArrayList<>();
        for (OfficerMonth month : months.values()) {
            boolean follows = !run.isEmpty() && run.get(run.size() - 1).month().plusMonths(1).equals(month.month());
            if (!late(month)) {
                run = new ArrayList<>();
                continue;
            }
            if (!follows) {
                run = new ArrayList<>();
            }
            run.add(month);
            if (run.size() >= longest.size()) { // ">=": of two runs as long, the later one
                longest = List.copyOf(run);
            }
        }
        return longest;
    }
}
