package vn.motcua.benchmark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import vn.motcua.benchmark.TableSizes.Group;

/** What one history level costs per finished file, projected to a province's years, and how fast it is cleaned. */
final class HistorySizeReport {

    /** The province's files a year the issue sizes for, and the years their history is kept. */
    static final long FILES_PER_YEAR = 2_000_000;
    static final int YEARS = 10;
    /** Files finished on an ordinary working day (2,000,000 over about 250 working days is 8,000; the issue says ~5,500 per calendar day). */
    static final int FILES_PER_DAY = 5_500;
    static final int PEAK_FACTOR = 3;

    final String level;
    final int files;
    final double finishSeconds;
    final TableSizes compact;
    final TableSizes raw;
    HistoryCleanupRun.Result cleanup;

    HistorySizeReport(String level, int files, double finishSeconds, TableSizes compact, TableSizes raw) {
        this.level = level;
        this.files = files;
        this.finishSeconds = finishSeconds;
        this.compact = compact;
        this.raw = raw;
    }

    double perFile(long bytes) {
        return (double) bytes / files;
    }

    double perFile(Group group) {
        return perFile(compact.bytes(group));
    }

    /** Bytes a table group holds after {@code years} of files at {@link #FILES_PER_YEAR}. */
    double projected(Group group, int years) {
        return perFile(group) * FILES_PER_YEAR * years;
    }

    void print() {
        BenchRun.log("");
        BenchRun.log("history level %s: %,d files finished in %.1f s (%.2f files/s)", level, files, finishSeconds,
                files / finishSeconds);
        BenchRun.log("%-34s %10s %12s %12s", "table (grew)", "rows/file", "bytes/file", "raw b/file");
        List<Map.Entry<String, Long>> grown = new ArrayList<>(compact.bytes().entrySet().stream()
                .filter(e -> e.getValue() != 0 || compact.rows().getOrDefault(e.getKey(), 0L) != 0).toList());
        grown.sort(Comparator.<Map.Entry<String, Long>, Group>comparing(e -> Group.of(e.getKey()))
                .thenComparing(Map.Entry::getValue, Comparator.reverseOrder()));
        for (Map.Entry<String, Long> e : grown) {
            BenchRun.log("%-34s %10.1f %,12.0f %,12.0f", e.getKey(), (double) compact.rows().getOrDefault(e.getKey(), 0L) / files,
                    perFile(e.getValue()), perFile(raw.bytes().getOrDefault(e.getKey(), 0L)));
        }
        BenchRun.log("%-18s %12s %12s %14s %14s", "group", "bytes/file", "raw b/file", "1 year (GB)", YEARS + " years (GB)");
        for (Group group : Group.values()) {
            BenchRun.log("%-18s %,12.0f %,12.0f %,14.1f %,14.1f", group.label, perFile(group), perFile(raw.bytes(group)),
                    projected(group, 1) / 1e9, projected(group, YEARS) / 1e9);
        }
        BenchRun.log("%-18s %,12.0f %,12.0f %,14.1f %,14.1f", "all", perFile(compact.totalBytes()), perFile(raw.totalBytes()),
                perFile(compact.totalBytes()) * FILES_PER_YEAR / 1e9, perFile(compact.totalBytes()) * FILES_PER_YEAR * YEARS / 1e9);
        if (cleanup != null) {
            BenchRun.log("cleanup: %,d files (%,d instances, %,d rows) marked in %.1f s, removed in %.1f s by %,d cleanup job runs:"
                    + " %.1f files/s, %,.0f rows/s; %,d rows left", cleanup.files(), cleanup.instances(), cleanup.rows(),
                    cleanup.markSeconds(), cleanup.cleanupSeconds(), cleanup.cleanupJobRuns(), cleanup.filesPerSecond(),
                    cleanup.rowsPerSecond(), cleanup.rowsLeft());
            BenchRun.log("cleanup of a day: %,d files in %.1f min, a %dx peak day in %.1f min (window 20:00-06:00: 600 min)",
                    FILES_PER_DAY, minutesFor(FILES_PER_DAY), PEAK_FACTOR, minutesFor(FILES_PER_DAY * PEAK_FACTOR));
        }
    }

    double minutesFor(int filesToClean) {
        return filesToClean / cleanup.filesPerSecond() / 60;
    }

    void printSummaryLine() {
        BenchRun.log("%-6s ACT_HI %,7.0f  BYTEARRAY %,6.0f  ACT_RU %,6.0f  mc_* %,7.0f  all %,7.0f bytes/file;"
                + " %d years %,.0f GB; cleanup %s", level, perFile(Group.HISTORY), perFile(Group.BYTEARRAY),
                perFile(Group.RUNTIME), perFile(Group.REGISTER), perFile(compact.totalBytes()), YEARS,
                perFile(compact.totalBytes()) * FILES_PER_YEAR * YEARS / 1e9,
                cleanup == null ? "not run" : "%.1f files/s".formatted(cleanup.filesPerSecond()));
    }
}
