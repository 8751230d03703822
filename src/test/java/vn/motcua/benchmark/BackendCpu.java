package vn.motcua.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU time that the PostgreSQL server spent for one database: the user and system time of the backend
 * processes connected to it, read from {@code /proc} (the server runs on this machine). Each side of the
 * capacity benchmark has a database of its own, so this is that side's database cost, whatever else the
 * machine runs. Not available (NaN) for H2, another host, or without {@code /proc}.
 */
final class BackendCpu {

    /** Linux's USER_HZ, the unit of /proc/[pid]/stat's times, 100 on every common kernel. */
    private static final double TICKS_PER_SECOND = 100;

    private final String database;
    private final Map<Long, Long> start;

    private BackendCpu(String database) {
        this.database = database;
        this.start = database == null ? null : ticks(database);
    }

    /** Starts counting; {@code database} null (H2) counts nothing. */
    static BackendCpu of(String database) {
        return new BackendCpu(database);
    }

    /** Seconds of CPU since {@link #of}, by backends alive at the end (the pools keep theirs). */
    double seconds() {
        if (start == null) {
            return Double.NaN;
        }
        Map<Long, Long> end = ticks(database);
        if (end == null) {
            return Double.NaN;
        }
        long used = 0;
        for (Map.Entry<Long, Long> backend : end.entrySet()) {
            used += backend.getValue() - start.getOrDefault(backend.getKey(), 0L);
        }
        return used / TICKS_PER_SECOND;
    }

    private static Map<Long, Long> ticks(String database) {
        Map<Long, Long> ticks = new HashMap<>();
        try (Connection c = BenchDatabase.serverConnection();
                PreparedStatement s = c.prepareStatement("select pid from pg_stat_activity where datname = ?")) {
            s.setString(1, database);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long pid = r.getLong(1);
                    Path stat = Path.of("/proc", String.valueOf(pid), "stat");
                    if (Files.isReadable(stat)) {
                        String line = Files.readString(stat);
                        // fields after the command's closing parenthesis: state is field 3, utime 14, stime 15
                        String[] f = line.substring(line.lastIndexOf(')') + 2).split(" ");
                        ticks.put(pid, Long.parseLong(f[11]) + Long.parseLong(f[12]));
                    }
                }
            }
            return ticks.isEmpty() ? null : ticks;
        } catch (Exception e) {
            return null;
        }
    }
}
