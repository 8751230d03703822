package vn.motcua.benchmark;

import java.util.ArrayList;
import java.util.List;

import vn.motcua.benchmark.BenchRun.Phase;
import vn.motcua.benchmark.BenchRun.Storm;
import vn.motcua.benchmark.ThroughputBench.Settings;

/** The table printed at the end of a run on one database. */
final class BenchReport {

    private record Row(String procedure, Phase app, Phase base) {
    }

    private final String database;
    private final Settings settings;
    private final List<Row> rows = new ArrayList<>();
    long conflicts;
    long waitingPeriodsAdvanced;
    Storm appStorm;
    Storm baselineStorm;
    Storm bareStorm;
    List<AcquisitionProbe.Variant> acquisition = List.of();

    private final String jobExecutor;

    BenchReport(String database, Settings settings, String jobExecutor) {
        this.database = database;
        this.settings = settings;
        this.jobExecutor = jobExecutor;
    }

    void add(String procedure, Phase app, Phase base) {
        rows.add(new Row(procedure, app, base));
    }

    void print() {
        out("");
        if (!rows.isEmpty()) {
            printFiles();
        }
        if (appStorm != null) {
            printStorm();
        }
        out("");
    }

    private void printFiles() {
        String line = "-".repeat(139);
        out("THROUGHPUT on %s: %d files per procedure, %d driver thread(s), job executor on, history full",
                database, settings.files(), settings.threads());
        out("  files/s = whole life (receipt to end) / wall time; latency = one TaskService.complete call, ms;");
        out("  baseline = generated process with as many user tasks, no delegates, same engine, driven the same way");
        out(line);
        out("%-24s %5s %6s | %8s %9s %8s %8s | %8s %9s %8s %8s | %10s %10s",
                "procedure", "files", "tasks", "files/s", "receipt", "median", "p95",
                "files/s", "start", "median", "p95", "files/s", "median");
        out("%-24s %5s %6s | %-35s | %-35s | %-21s", "", "", "/file", "application", "bare baseline", "app ÷ baseline");
        out(line);
        for (Row row : rows) {
            row(row.procedure(), row.app(), row.base());
        }
        out(line);
        row("ALL", total("ALL", rows.stream().map(Row::app).toList()),
                total("ALL", rows.stream().map(Row::base).toList()));
        out(line);
        out("  optimistic-locking retries: %d; waiting periods advanced (public posting): %d", conflicts,
                waitingPeriodsAdvanced);
    }

    private void printStorm() {
        out("TIMER STORM on %s: %,d files whose deadlines are all past, job executor started at t=0", database,
                appStorm.cases());
        out("  job executor (the application's settings unless -Dbench.jobs-per-acquisition): %s", jobExecutor);
        storm(appStorm);
        storm(bareStorm);
        storm(baselineStorm);
        out("  files/s app ÷ bare engine, same diagrams and no-op beans: %.2f (the project's own cost)",
                appStorm.casesPerSecond() / bareStorm.casesPerSecond());
        out("  files/s app ÷ timers alone on the app's engine, paths empty: %.2f (jobs/s: %.2f)",
                appStorm.casesPerSecond() / baselineStorm.casesPerSecond(), appStorm.jobsPerSecond() / baselineStorm.jobsPerSecond());
        DatabaseWork.compare(appStorm.work(), appStorm.escalated(), bareStorm.work(), bareStorm.escalated())
                .forEach(line -> out("  against the bare engine, storm's %s", line));
        DatabaseWork.compare(appStorm.work(), appStorm.escalated(), baselineStorm.work(), baselineStorm.escalated())
                .forEach(line -> out("  against the timers alone, storm's %s", line));
        out("  one acquisition on the app's storm, %,d jobs due (engine query, nothing locked):", appStorm.jobsDue());
        acquisition.forEach(variant -> out("    %-38s median %8.2f ms  p95 %8.2f ms  (%d jobs)", variant.name(),
                variant.medianMillis(), variant.p95Millis(), variant.jobs()));
    }

    void printSummaryLine() {
        Phase app = total("ALL", rows.stream().map(Row::app).toList());
        Phase base = total("ALL", rows.stream().map(Row::base).toList());
        out("SUMMARY %-32s files/s %6.2f (baseline %6.2f, ratio %.2f); complete median %.1f ms, p95 %.1f ms%s", database,
                app.casesPerSecond(), base.casesPerSecond(), app.casesPerSecond() / base.casesPerSecond(),
                app.completions().medianMillis(), app.completions().p95Millis(),
                appStorm == null ? "" : "; storm %.1f files/s (bare engine %.1f, timers alone %.1f)".formatted(
                        appStorm.casesPerSecond(), bareStorm.casesPerSecond(), baselineStorm.casesPerSecond()));
    }

    private static Phase total(String name, List<Phase> phases) {
        return new Phase(name, phases.stream().mapToInt(Phase::cases).sum(), phases.stream().mapToInt(Phase::tasks).sum(),
                phases.stream().mapToDouble(Phase::seconds).sum(), Samples.of(phases.stream().map(Phase::starts).toList()),
                Samples.of(phases.stream().map(Phase::completions).toList()));
    }

    private static void row(String name, Phase app, Phase base) {
        out("%-24s %5d %6.1f | %8.2f %9.1f %8.1f %8.1f | %8.2f %9.1f %8.1f %8.1f | %10.2f %9.1f×", name, app.cases(),
                app.tasksPerCase(), app.casesPerSecond(), app.starts().medianMillis(), app.completions().medianMillis(),
                app.completions().p95Millis(), base.casesPerSecond(), base.starts().medianMillis(),
                base.completions().medianMillis(), base.completions().p95Millis(),
                app.casesPerSecond() / base.casesPerSecond(),
                app.completions().medianMillis() / base.completions().medianMillis());
    }

    private static void storm(Storm storm) {
        out("  %-44s %,9d jobs in %7.1f s = %7.0f jobs/s, %7.1f files/s  (%,d of %,d escalated, %d failed jobs, %d failed runs; created in %.1f s)",
                storm.name(), storm.jobsExecuted(), storm.drainSeconds(), storm.jobsPerSecond(), storm.casesPerSecond(),
                storm.escalated(), storm.cases(), storm.failedJobs(), storm.failedRuns(), storm.createSeconds());
        storm.jobsByNode().forEach((node, jobs) -> out("    %-42s %,9d jobs ran on %s", "", jobs,
                node.equals(BenchRun.SECOND_NODE) ? "the second node" : "the first node (" + node + ")"));
    }

    private static void out(String format, Object... args) {
        System.out.println(format.formatted(args));
    }
}
