package vn.motcua.supervision;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * What a supervisor asked for: a range of whole months, optionally one unit (Camunda group id,
 * e.g. {@code landoffice}) and one procedure key. A null unit or procedure means all.
 */
public record KpiFilter(YearMonth from, YearMonth to, String unit, String procedureKey) {

    /** More than two years on one page is a report, not a dashboard; it also bounds the per-month queries. */
    static final int MAX_MONTHS = 24;

    public KpiFilter {
        if (from == null || to == null) {
            throw new IllegalArgumentException("from and to are required");
        }
        if (to.isBefore(from)) {
            YearMonth swap = from;
            from = to;
            to = swap;
        }
        if (from.plusMonths(MAX_MONTHS - 1).isBefore(to)) {
            from = to.minusMonths(MAX_MONTHS - 1);
        }
        unit = blankToNull(unit);
        procedureKey = blankToNull(procedureKey);
    }

    /** First day of the period. */
    public LocalDate start() {
        return from.atDay(1);
    }

    /** First day after the period (exclusive end). */
    public LocalDate end() {
        return to.plusMonths(1).atDay(1);
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    public KpiFilter forMonth(YearMonth month) {
        return new KpiFilter(month, month, unit, procedureKey);
    }

    public KpiFilter withUnit(String forcedUnit) {
        return new KpiFilter(from, to, forcedUnit, procedureKey);
    }

    /**
     * The day the state of open files is read at: today for a period that is still running,
     * else the day after the period, so a past month's figures do not drift as time goes on.
     */
    public LocalDate asOf(LocalDate today) {
        return today.isBefore(end()) ? today : end();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
