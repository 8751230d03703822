package vn.motcua.supervision;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import vn.motcua.calendar.DeadlineCalculator;

/** The two spots where H2 and PostgreSQL differ for the KPIs: interval arithmetic and time zones. */
enum SqlDialect {

    POSTGRES("extract(epoch from (%2$s - %1$s)) / 3600.0", "(%1$s + interval '%2$d minutes')"),
    H2("datediff('SECOND', %1$s, %2$s) / 3600.0", "dateadd('MINUTE', %2$d, %1$s)");

    private final String hoursPattern;
    private final String shiftPattern;

    SqlDialect(String hoursPattern, String shiftPattern) {
        this.hoursPattern = hoursPattern;
        this.shiftPattern = shiftPattern;
    }

    /**
     * A timestamp column (stored as the server's local time) as Vietnam's wall clock, so that
     * grouping by day or month follows Vietnamese days. Vietnam has no daylight saving time.
     */
    String inVietnam(String column) {
        Instant now = Instant.now();
        int minutes = (DeadlineCalculator.ZONE.getRules().getOffset(now).getTotalSeconds()
                - ZoneId.systemDefault().getRules().getOffset(now).getTotalSeconds()) / 60;
        return minutes == 0 ? column : shiftPattern.formatted(column, minutes);
    }

    private static final Pattern DAY_OF_TIMESTAMP =
            Pattern.compile("cast\\((\\w+\\.\\w+_at) as date\\)");

    /** Rewrites each {@code cast(t.x_at as date)} in a query to the day of that moment in Vietnam. */
    String vietnameseDays(String sql) {
        return DAY_OF_TIMESTAMP.matcher(sql).replaceAll(m -> Matcher.quoteReplacement(
                "cast(" + inVietnam(m.group(1)) + " as date)"));
    }

    /** Hours from one timestamp column to another, as a SQL expression. */
    String hoursBetween(String from, String to) {
        return hoursPattern.formatted(from, to);
    }

    static SqlDialect of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            return product.toLowerCase().contains("postgres") ? POSTGRES : H2;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell the database product", e);
        }
    }
}
