package vn.motcua.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A database of its own for one benchmark run: H2 in a file under {@code target/benchmark} (the
 * application's default, a file database), or a new database on the PostgreSQL server at
 * 127.0.0.1:5432 (the production one). Both are removed by {@link #drop()}.
 */
final class BenchDatabase {

    private static final String PG = System.getProperty("motcua.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String PG_USER = System.getProperty("motcua.test.pg.user", "postgres");
    private static final String PG_PASSWORD = System.getProperty("motcua.test.pg.password", "");

    final String kind;
    private final String name;
    private final Path h2Dir;

    private BenchDatabase(String kind) {
        this(kind, "motcua_tput_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10));
    }

    private BenchDatabase(String kind, String name) {
        this.kind = kind;
        this.name = name;
        this.h2Dir = Path.of("target", "benchmark", name).toAbsolutePath();
    }

    /**
     * A PostgreSQL database of this name, created if missing and otherwise used as it is (a fixture kept by
     * an earlier run). @return whether it was created
     */
    static BenchDatabase postgres(String name, boolean[] created) {
        if (!name.matches("[a-z0-9_]+") || name.equals("test") || name.equals("postgres")) {
            throw new IllegalArgumentException("not a benchmark database name: " + name);
        }
        BenchDatabase database = new BenchDatabase("postgres", name);
        try (Connection c = serverConnection();
                Statement s = c.createStatement();
                java.sql.ResultSet r = s.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
            created[0] = !r.next();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        if (created[0]) {
            admin("create database " + name);
            admin("alter database " + name + " set jit = off");
        }
        return database;
    }

    String name() {
        return name;
    }

    static BenchDatabase create(String kind) {
        BenchDatabase database = new BenchDatabase(kind);
        if (database.isPostgres()) {
            admin("create database " + database.name);
            // The server compiles (JIT) any query the planner thinks costly. With a storm's job table,
            // never analyzed (autovacuum is off on this server), that was the job acquisition: 0.4 s
            // of compiling per 3 jobs, and the drain fell below 15 jobs/s.
            admin("alter database " + database.name + " set jit = off");
        } else if (!"h2".equals(kind)) {
            throw new IllegalArgumentException("bench.database must be h2, postgres or both, not " + kind);
        }
        return database;
    }

    boolean isPostgres() {
        return "postgres".equals(kind);
    }

    /** Command-line arguments, so they win over application.yaml and its profiles. */
    List<String> springArguments() {
        if (isPostgres()) {
            return List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + PG + name,
                    "--spring.datasource.username=" + PG_USER, "--spring.datasource.password=" + PG_PASSWORD);
        }
        return List.of("--spring.datasource.url=jdbc:h2:file:" + h2Dir.resolve("motcua") + ";DB_CLOSE_ON_EXIT=FALSE",
                "--spring.datasource.username=sa", "--spring.datasource.password=");
    }

    /** Where a bare engine (not the application) connects to this database. */
    String jdbcUrl() {
        return isPostgres() ? PG + name : "jdbc:h2:file:" + h2Dir.resolve("bare") + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    String jdbcDriver() {
        return isPostgres() ? "org.postgresql.Driver" : "org.h2.Driver";
    }

    String user() {
        return isPostgres() ? PG_USER : "sa";
    }

    String password() {
        return isPostgres() ? PG_PASSWORD : "";
    }

    void drop() {
        if (isPostgres()) {
            admin("drop database if exists " + name + " with (force)");
            return;
        }
        if (Files.exists(h2Dir)) {
            try (Stream<Path> paths = Files.walk(h2Dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A connection to the PostgreSQL server's own database ("postgres"), for what concerns the server. */
    static Connection serverConnection() throws SQLException {
        return connection("postgres");
    }

    /** A connection to one database of the benchmark's PostgreSQL server (its statistics views are per database). */
    static Connection connection(String database) throws SQLException {
        return DriverManager.getConnection(PG + database, PG_USER, PG_PASSWORD);
    }

    private static void admin(String sql) {
        try (Connection c = serverConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL on " + PG + ": " + sql + " failed", e);
        }
    }
}
