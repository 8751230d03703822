package vn.motcua.system;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

/**
 * The engine's ACT_* tables, created and upgraded with the SQL Camunda ships in its engine jar, run by
 * the project's Flyway like every other table: the engine itself starts with {@code schema-update:
 * false} and only checks. Flyway's own lock (an advisory lock on PostgreSQL) keeps nodes that start
 * together from both creating them.
 * <p>
 * On a database whose engine tables were created by an earlier start with {@code schema-update: true},
 * the tables are kept: the minor upgrade scripts run from the version in {@code ACT_GE_SCHEMA_LOG} up to
 * {@link #ENGINE_VERSION}. Moving to the next Camunda minor is a new migration like this one with the
 * new target (see docs/operations.md, "Upgrades").
 */
@Component
public class CamundaEngineSchema extends CodeMigration {

    /** The Camunda version the engine jar on the class path ships; pom.xml's camunda.version. */
    static final String ENGINE_VERSION = "7.24.0";
    private static final String SCRIPTS = "org/camunda/bpm/engine/db/";
    /** In the order Camunda's own schema creation runs them. */
    private static final List<String> COMPONENTS = List.of("engine", "history", "identity", "case.engine",
            "case.history", "decision.engine", "decision.history");

    public CamundaEngineSchema() {
        super("17", "camunda engine " + ENGINE_VERSION + " (shipped scripts)");
    }

    /** No checksum: the scripts belong to the engine jar, which a Camunda upgrade replaces. */
    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        String database = databaseType(connection);
        if (!engineTablesPresent(connection)) {
            for (String component : COMPONENTS) {
                run(connection, SCRIPTS + "create/activiti." + database + ".create." + component + ".sql");
            }
            return;
        }
        String found = installedVersion(connection);
        for (String step : upgradeSteps(found, ENGINE_VERSION)) {
            run(connection, SCRIPTS + "upgrade/" + database + "_engine_" + step + ".sql");
        }
    }

    /**
     * The minor steps from {@code found} to {@code target}, e.g. 7.22.x → 7.24.0 is "7.22_to_7.23",
     * "7.23_to_7.24". Patch levels need no script here: Camunda's patch scripts are for its enterprise
     * patch releases, which this project does not use.
     */
    static List<String> upgradeSteps(String found, String target) {
        int[] from = minor(found);
        int[] to = minor(target);
        if (from[0] != to[0] || from[1] > to[1]) {
            throw new IllegalStateException("The database holds Camunda engine tables of version " + found
                    + ", which this application (" + target + ") cannot upgrade or run on.");
        }
        List<String> steps = new ArrayList<>();
        for (int m = from[1]; m < to[1]; m++) {
            steps.add(from[0] + "." + m + "_to_" + from[0] + "." + (m + 1));
        }
        return steps;
    }

    private static int[] minor(String version) {
        String[] parts = version.split("\\.");
        if (parts.length < 2) {
            throw new IllegalStateException("Unreadable Camunda schema version '" + version + "' in ACT_GE_SCHEMA_LOG.");
        }
        return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
    }

    private static void run(Connection connection, String path) {
        ClassPathResource script = new ClassPathResource(path);
        if (!script.exists()) {
            throw new IllegalStateException("Camunda's script " + path + " is not on the class path; the engine jar"
                    + " does not match " + ENGINE_VERSION + ".");
        }
        ScriptUtils.executeSqlScript(connection, script);
    }

    static String databaseType(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        return switch (product) {
            case "PostgreSQL" -> "postgres";
            case "H2" -> "h2";
            default -> throw new IllegalStateException("No Camunda scripts are wired for database " + product
                    + "; this project runs on PostgreSQL (production) and H2 (demo, tests).");
        };
    }

    /** Whether the engine's tables exist in this schema (a plain Flyway run of the SQL migrations has none). */
    public static boolean engineTablesPresent(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        for (String name : List.of("ACT_GE_PROPERTY", "act_ge_property")) {
            try (ResultSet tables = meta.getTables(connection.getCatalog(), connection.getSchema(), name, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The newest version the engine's schema log records (an upgrade appends a row). */
    private static String installedVersion(Connection connection) throws SQLException {
        String newest = null;
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select VERSION_ from ACT_GE_SCHEMA_LOG")) {
            while (rows.next()) {
                String version = rows.getString(1);
                if (version != null && (newest == null || compare(version, newest) > 0)) {
                    newest = version;
                }
            }
        }
        if (newest == null) {
            throw new IllegalStateException("ACT_GE_SCHEMA_LOG is empty: the engine tables were not created by Camunda.");
        }
        return newest.toLowerCase(Locale.ROOT).replace("-snapshot", "");
    }

    private static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = Integer.compare(number(x[i]), number(y[i]));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static int number(String part) {
        String digits = part.replaceAll("[^0-9].*$", "");
        return digits.isEmpty() ? 0 : Integer.parseInt(digits);
    }
}
