package vn.motcua.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * A database of its own for each Spring test context: H2 in memory by default, or, with
 * {@code -Dmotcua.test.database=postgres} (the Maven "postgres" profile), a fresh database on
 * the PostgreSQL server that is dropped when the test JVM ends, so runs never disturb each other.
 */
public final class TestDatabase {

    static final String SELECTOR = "motcua.test.database";

    private static final String PG_HOST = System.getProperty("motcua.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String PG_USER = System.getProperty("motcua.test.pg.user", "postgres");
    private static final String PG_PASSWORD = System.getProperty("motcua.test.pg.password", "");

    private TestDatabase() {
    }

    public static boolean isPostgres() {
        return "postgres".equals(System.getProperty(SELECTOR, "h2"));
    }

    public static String newName() {
        return "motcua_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** Spring datasource properties for a new, empty database called {@code name}. */
    public static Map<String, Object> create(String name) {
        if (!isPostgres()) {
            return Map.of("spring.datasource.url", "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1",
                    "spring.datasource.username", "sa", "spring.datasource.password", "");
        }
        execute("create database " + name);
        return Map.of("spring.datasource.url", PG_HOST + name,
                "spring.datasource.username", PG_USER, "spring.datasource.password", PG_PASSWORD);
    }

    public static void drop(String name) {
        if (isPostgres()) {
            execute("drop database if exists " + name + " with (force)");
        }
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(PG_HOST + "postgres", PG_USER, PG_PASSWORD);
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL test database: " + sql + " failed", e);
        }
    }
}
