package vn.motcua.supervision;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/** The two spots where H2 and PostgreSQL differ for the KPIs: interval arithmetic and percentiles. */
enum SqlDialect {

    POSTGRES("extract(epoch from (%2$s - %1$s)) / 3600.0", true),
    H2("datediff('SECOND', %1$s, %2$s) / 3600.0", false);

    private final String hoursPattern;
    private final boolean percentileInDatabase;

    SqlDialect(String hoursPattern, boolean percentileInDatabase) {
        this.hoursPattern = hoursPattern;
        this.percentileInDatabase = percentileInDatabase;
    }

    /** Hours from one timestamp column to another, as a SQL expression. */
    String hoursBetween(String from, String to) {
        return hoursPattern.formatted(from, to);
    }

    /** PostgreSQL computes medians with percentile_cont; on H2 the durations are fetched and ranked in Java. */
    boolean percentileInDatabase() {
        return percentileInDatabase;
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
