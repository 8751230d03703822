package vn.motcua.supervision;

import java.time.YearMonth;
import java.util.List;

/**
 * An officer or an agency late in consecutive months of the period ({@link LateStreaks} says when a
 * month is late): the longest such run, and its steps.
 *
 * @param kind "Cán bộ" or "Cơ quan"
 * @param key the officer's user id or the agency id
 */
public record LateStreak(String kind, String key, String name, List<YearMonth> months, long handled, long late) {

    public int length() {
        return months.size();
    }

    public YearMonth first() {
        return months.get(0);
    }

    public YearMonth last() {
        return months.get(months.size() - 1);
    }
}
