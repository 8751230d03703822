package vn.motcua.benchmark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import vn.motcua.benchmark.CapacityBench.Settings;
import vn.motcua.benchmark.CapacityRun.Result;

/** The capacity benchmark's table: each round of each side, the medians, the ratio; and what went wrong. */
final class CapacityReport {

    private final String database;
    private final Settings settings;
    private final List<Result> apps;
    private final List<Result> bares;

    CapacityReport(String database, Settings settings, List<Result> apps, List<Result> bares) {
        this.database = database;
        this.settings = settings;
        this.apps = apps;
        this.bares = bares;
    }

    static String line(Result r) {
        return ("%d files in %.1f s = %.2f files/s; file time median %.1f s, p95 %.1f s; complete median %.1f ms, p95 %.1f ms; "
                + "CPU: this JVM %.0f %%, machine %.0f %%; per file %.0f ms (JVM %.0f, database %.0f; partner simulator apart: %.0f)%s")
                .formatted(r.files(), r.seconds(), r.filesPerSecond(), r.fileSeconds().medianMillis() / 1e3,
                        r.fileSeconds().p95Millis() / 1e3, r.completions().medianMillis(), r.completions().p95Millis(),
                        100 * r.jvmCpu(), 100 * r.machineCpu(), r.cpuMillisPerFile(), 1000 * r.ownJvmCpuSeconds() / r.files(),
                        1000 * r.databaseCpuSeconds() / r.files(), 1000 * r.partnersCpuSeconds() / r.files(),
                        r.problems().isEmpty() ? "" : "; " + r.problems().size() + " problems");
    }

    void print() {
        String arrivals = settings.arrivalsPerSecond() > 0 ? "%.1f files/s".formatted(settings.arrivalsPerSecond()) : "all at once";
        System.out.printf("%n=== Capacity at saturation, %s: %d files a round (the procedures in turn), %d driver threads with up to %d files each, arrivals %s, partners answering at once ===%n",
                database, settings.files(), settings.threads(), settings.inFlightPerThread(), arrivals);
        System.out.printf("%-6s %-12s %9s %11s %11s %12s %12s %8s %8s %13s %13s %14s%n", "round", "side", "files/s", "file p50 s",
                "file p95 s", "compl p50 ms", "compl p95 ms", "JVM CPU", "machine", "JVM ms/file", "DB ms/file", "simulator ms");
        for (int i = 0; i < apps.size(); i++) {
            row(i + 1, apps.get(i));
            row(i + 1, bares.get(i));
        }
        double app = median(apps);
        double bare = median(bares);
        System.out.printf("median files/s: app %.2f, bare engine (same diagrams, no-op beans) %.2f; app ÷ bare engine = %.2f%n",
                app, bare, app / bare);
        double appCpu = median(apps, Result::cpuMillisPerFile);
        double bareCpu = median(bares, Result::cpuMillisPerFile);
        System.out.printf("median CPU per file (this JVM + its database, without the partner simulator): app %.0f ms, bare engine %.0f ms; "
                + "bare ÷ app = %.2f (the ratio by cost: steadier than files/s when other tenants take the machine)%n", appCpu, bareCpu,
                bareCpu / appCpu);
        double appWithSimulator = median(apps, r -> r.cpuMillisPerFile() + 1000 * r.partnersCpuSeconds() / r.files());
        System.out.printf("  with the simulator's CPU counted as the app's, as before 07/12/2026 afternoon: app %.0f ms; bare ÷ app = %.2f%n",
                appWithSimulator, bareCpu / appWithSimulator);
        System.out.printf("tasks completed per file (app / bare engine): %s%n", tasksPerFile());
        databaseWork();
    }

    /** Per file, the last round's transactions and rows written, and the tables the application writes most. */
    private void databaseWork() {
        double files = settings.files();
        DatabaseWork.compare(apps.get(apps.size() - 1).databaseWork(), files, bares.get(bares.size() - 1).databaseWork(), files)
                .forEach(line -> System.out.println("last round's " + line));
    }

    private static void row(int round, Result r) {
        System.out.printf("%-6d %-12s %9.2f %11.1f %11.1f %12.1f %12.1f %7.0f%% %7.0f%% %13.0f %13.0f %14.0f%n", round, r.name(),
                r.filesPerSecond(), r.fileSeconds().medianMillis() / 1e3, r.fileSeconds().p95Millis() / 1e3,
                r.completions().medianMillis(), r.completions().p95Millis(), 100 * r.jvmCpu(), 100 * r.machineCpu(),
                1000 * r.ownJvmCpuSeconds() / r.files(), 1000 * r.databaseCpuSeconds() / r.files(),
                1000 * r.partnersCpuSeconds() / r.files());
    }

    private String tasksPerFile() {
        List<String> parts = new ArrayList<>();
        for (String procedure : procedures()) {
            parts.add("%s %s / %s".formatted(procedure, format(apps.get(0).tasksPerFile().get(procedure)),
                    format(bares.get(0).tasksPerFile().get(procedure))));
        }
        return String.join(", ", parts);
    }

    private TreeSet<String> procedures() {
        TreeSet<String> procedures = new TreeSet<>();
        apps.forEach(r -> procedures.addAll(r.tasksPerFile().keySet()));
        bares.forEach(r -> procedures.addAll(r.tasksPerFile().keySet()));
        return procedures;
    }

    private static String format(Double tasks) {
        return tasks == null ? "-" : "%.1f".formatted(tasks);
    }

    private static double median(List<Result> results) {
        return median(results, Result::filesPerSecond);
    }

    private static double median(List<Result> results, java.util.function.ToDoubleFunction<Result> figure) {
        List<Double> rates = results.stream().map(figure::applyAsDouble).sorted(Comparator.naturalOrder()).toList();
        int n = rates.size();
        return n % 2 == 1 ? rates.get(n / 2) : (rates.get(n / 2 - 1) + rates.get(n / 2)) / 2;
    }

    /** Each side's problems, files that did not finish, and any procedure whose files walked a different path. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (List<Result> side : List.of(apps, bares)) {
            for (Result r : side) {
                problems.addAll(r.problems());
                if (Double.isNaN(r.databaseCpuSeconds()) && !"h2".equals(database)) {
                    problems.add(r.name() + ": the CPU of its database backends could not be read (/proc, pg_stat_activity)");
                }
                if (r.files() != settings.files()) {
                    problems.add(r.name() + ": " + r.files() + " of " + settings.files() + " files finished");
                }
            }
        }
        for (Result app : apps) {
            for (Result bare : bares) {
                for (Map.Entry<String, Double> e : app.tasksPerFile().entrySet()) {
                    Double other = bare.tasksPerFile().get(e.getKey());
                    if (other == null || Math.abs(other - e.getValue()) > 1e-9) {
                        problems.add("%s: %s tasks per file in the app, %s in the bare engine: not the same path"
                                .formatted(e.getKey(), format(e.getValue()), format(other)));
                    }
                }
            }
        }
        return problems.stream().distinct().toList();
    }
}
