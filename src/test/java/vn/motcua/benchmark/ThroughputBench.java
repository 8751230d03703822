package vn.motcua.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.motcua.MotcuaApplication;

/**
 * The throughput benchmark, not a test: {@code ./mvnw -B verify -Pbenchmark [-Dbench.files=50]
 * [-Dbench.storm.files=100000] [-Dbench.database=h2|postgres|both]} (see docs/benchmark.md). For
 * each database it boots the real application (job executor on) on a database of its own, pushes
 * {@code bench.files} files of every procedure through their whole life, then as many instances of
 * a bare baseline process with the same number of user tasks, then a timer storm for the app and
 * for a bare timer process, and prints a table. It fails if a file did not finish, a case got
 * stuck, or an escalation of the storm did not run.
 */
class ThroughputBench {

    private final Settings settings = Settings.fromSystemProperties();

    @Test
    void run() {
        List<String> problems = new ArrayList<>();
        List<BenchReport> reports = new ArrayList<>();
        for (String kind : settings.databases()) {
            BenchDatabase database = BenchDatabase.create(kind);
            try (ConfigurableApplicationContext app = boot(database, System.getProperty("bench.partner-delay", "100ms"))) {
                BenchRun run = new BenchRun(app, settings);
                BenchReport report = run.run(database);
                report.print();
                reports.add(report);
                problems.addAll(run.problems());
            } finally {
                if (Boolean.getBoolean("bench.keep-database")) {
                    BenchRun.log("database kept for inspection: %s", database.name());
                } else {
                    database.drop();
                }
            }
        }
        if (reports.size() > 1) {
            reports.forEach(BenchReport::printSummaryLine);
        }
        assertThat(problems).as("problems seen during the benchmark").isEmpty();
    }

    /** @param partnerDelay how long the simulated partner agencies take to answer */
    static ConfigurableApplicationContext boot(BenchDatabase database, String partnerDelay) {
        return boot(database, partnerDelay, new Class<?>[0]);
    }

    /** @param extraSources configurations added to the application's (the capacity benchmark's meters) */
    static ConfigurableApplicationContext boot(BenchDatabase database, String partnerDelay, Class<?>... extraSources) {
        List<String> arguments = new ArrayList<>(database.springArguments());
        arguments.addAll(List.of("--server.port=0", "--camunda.bpm.job-execution.enabled=true",
                "--motcua.demo.enabled=true", "--logging.level.root=WARN", "--spring.main.banner-mode=off",
                // the simulated partner agencies never fail: we measure the app, not their faults
                "--motcua.simulator.answer-delay=" + partnerDelay,
                "--motcua.simulator.error-rate=0"));
        String jobsPerAcquisition = System.getProperty("bench.jobs-per-acquisition", "");
        if (!jobsPerAcquisition.isBlank()) { // to compare with the application's setting, measured the same way
            arguments.add("--camunda.bpm.job-execution.max-jobs-per-acquisition=" + jobsPerAcquisition.strip());
        }
        return new SpringApplicationBuilder(MotcuaApplication.class).sources(extraSources).run(arguments.toArray(String[]::new));
    }

    /**
     * What to run; system properties set by the Maven profile "benchmark".
     *
     * @param stormNodes application nodes draining the app's storm: 1, or 2 (a second JVM, PostgreSQL only)
     */
    record Settings(int files, int stormFiles, int threads, int warmup, List<String> databases, Duration stuckAfter,
            Duration stormTimeout, boolean analyzeStorm, int stormNodes) {

        static Settings fromSystemProperties() {
            String database = System.getProperty("bench.database", "both");
            return new Settings(Integer.getInteger("bench.files", 3), Integer.getInteger("bench.storm.files", 1_000),
                    Integer.getInteger("bench.threads", 2), Integer.getInteger("bench.warmup", 1),
                    "both".equals(database) ? List.of("h2", "postgres") : List.of(database),
                    Duration.ofSeconds(Integer.getInteger("bench.stuck-seconds", 60)),
                    Duration.ofMinutes(Integer.getInteger("bench.storm.timeout-minutes", 120)),
                    Boolean.getBoolean("bench.storm.analyze"), Integer.getInteger("bench.storm.nodes", 1));
        }
    }
}
