package vn.motcua.supervision;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/** The one spot where H2 and PostgreSQL differ for the KPIs: interval arithmetic. */
enum SqlDialect {

    POSTGRES("extract(epoch from (%2$s - %1$s)) / 3600.0"),
    H2("datediff('SECOND', %1$s, %2$s) / 3600.0");

    private final String hoursPattern;

    SqlDialect(String hoursPattern) {
        this.hoursPattern = hoursPattern;
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
