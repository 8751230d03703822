package vn.motcua.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a side of the capacity benchmark asked of its PostgreSQL database between two readings: committed
 * transactions, and rows written (inserted, updated, deleted) per table, from the server's statistics
 * views. With each side on a database of its own, the difference between the application's and the bare
 * engine's rows per file is the project's own writes, table by table. Not available (empty) for H2.
 */
final class DatabaseWork {

    /**
     * Backends report their counters when idle, at the latest 10 s after their last transaction
     * (PostgreSQL 15's PGSTAT_IDLE_INTERVAL): a reading waits that long so the round is all in it.
     */
    private static final long SETTLE_MILLIS = 11_000;

    /** @param rowsWritten rows inserted + updated + deleted, by table */
    record Reading(long commits, Map<String, Long> rowsWritten) {

        static final Reading NONE = new Reading(0, Map.of());

        Reading minus(Reading start) {
            Map<String, Long> rows = new HashMap<>();
            rowsWritten.forEach((table, n) -> {
                long written = n - start.rowsWritten.getOrDefault(table, 0L);
                if (written > 0) {
                    rows.put(table, written);
                }
            });
            return new Reading(commits - start.commits, rows);
        }

        long totalRows() {
            return rowsWritten.values().stream().mapToLong(Long::longValue).sum();
        }

        /** The tables that took the most rows, most first. */
        Map<String, Long> top(int n) {
            Map<String, Long> top = new LinkedHashMap<>();
            rowsWritten.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(n)
                    .forEach(e -> top.put(e.getKey(), e.getValue()));
            return top;
        }
    }

    /**
     * Lines comparing the application's work per file with the baseline's per case: transactions, rows
     * written, and the tables the application wrote most. Empty when nothing was read (H2).
     */
    static List<String> compare(Reading app, double appFiles, Reading base, double baseCases) {
        if (app.rowsWritten().isEmpty() || appFiles == 0 || baseCases == 0) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add("database work per file (app / baseline): %.1f / %.1f transactions, %.0f / %.0f rows written (inserted, updated, deleted)"
                .formatted(app.commits() / appFiles, base.commits() / baseCases, app.totalRows() / appFiles,
                        base.totalRows() / baseCases));
        app.top(15).forEach((table, rows) -> lines.add("  %-28s %7.1f / %7.1f rows per file".formatted(table,
                rows / appFiles, base.rowsWritten().getOrDefault(table, 0L) / baseCases)));
        return lines;
    }

    private final String database;
    private final Reading start;

    private DatabaseWork(String database) {
        this.database = database;
        this.start = read(database);
    }

    /** Starts counting; {@code database} null (H2) counts nothing. */
    static DatabaseWork of(String database) {
        return new DatabaseWork(database);
    }

    /** What was asked since {@link #of}; {@link Reading#NONE} for H2 or when the views cannot be read. */
    Reading since() {
        Reading end = read(database);
        return end == null || start == null ? Reading.NONE : end.minus(start);
    }

    private static Reading read(String database) {
        if (database == null) {
            return null;
        }
        FileDriver.pause(SETTLE_MILLIS);
        try (Connection c = BenchDatabase.connection(database); Statement s = c.createStatement()) {
            long commits;
            try (ResultSet r = s.executeQuery("select xact_commit from pg_stat_database where datname = current_database()")) {
                commits = r.next() ? r.getLong(1) : 0;
            }
            Map<String, Long> rows = new HashMap<>();
            try (ResultSet r = s.executeQuery(
                    "select lower(relname), n_tup_ins + n_tup_upd + n_tup_del from pg_stat_user_tables")) {
                while (r.next()) {
                    rows.merge(r.getString(1), r.getLong(2), Long::sum);
                }
            }
            return new Reading(commits, rows);
        } catch (Exception e) {
            return null;
        }
    }
}
