package vn.motcua.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.motcua.MotcuaApplication;
import vn.motcua.benchmark.FinishedFiles.FinishedFile;
import vn.motcua.benchmark.TableSizes.Group;
import vn.motcua.demo.OfficerAnswers;

/**
 * What ten years of history cost, not a test: {@code ./mvnw -B verify -Phistory-size [-Dhistory.files=3000]
 * [-Dhistory.levels=full,audit]} (see docs/benchmark.md, "History that lasts ten years"). For each history
 * level it boots the real application on a PostgreSQL database of its own, finishes {@code history.files}
 * files end to end (every procedure with a usual path, in turn), measures what every table grew by per file
 * ({@code pg_total_relation_size}, before and after, dead rows compacted away), projects it to 2,000,000 files
 * a year, then makes those files' history removable and times Camunda's history cleanup removing it. It fails
 * if a file does not finish, if the history or the register did not grow, or if the cleanup left rows of a
 * cleaned file or removed another file's history.
 */
class HistorySizeBench {

    private final int files = Integer.getInteger("history.files", 50);
    private final int threads = Integer.getInteger("history.threads", 2);
    private final List<String> levels = Arrays.stream(System.getProperty("history.levels", "full,audit").split(","))
            .map(String::strip).filter(level -> !level.isEmpty()).toList();
    private final String cleanupBatchSize = System.getProperty("history.cleanup.batch-size", "").strip();
    private final String cleanupParallelism = System.getProperty("history.cleanup.parallelism", "").strip();
    private final Duration timeout = Duration.ofMinutes(Integer.getInteger("history.timeout-minutes", 60));

    @Test
    void run() {
        List<HistorySizeReport> reports = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String level : levels) {
            BenchDatabase database = BenchDatabase.create("postgres");
            try (ConfigurableApplicationContext app = boot(database, level)) {
                HistorySizeReport report = measure(app, level, problems);
                report.print();
                reports.add(report);
            } finally {
                database.drop();
            }
        }
        BenchRun.log("");
        reports.forEach(HistorySizeReport::printSummaryLine);
        assertThat(problems).as("problems seen during the history benchmark").isEmpty();
    }

    private HistorySizeReport measure(ConfigurableApplicationContext app, String level, List<String> problems) {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        ProcessEngine engine = app.getBean(ProcessEngine.class);
        String configured = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getHistoryLevel()
                .getName();
        if (!configured.equals(level)) {
            problems.add("asked for history level " + level + ", the engine runs " + configured);
        }
        ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        BenchRun.log("[%s] cleanup: %s strategy, batch size %d, degree of parallelism %d, its job log kept %s, task metrics %s",
                level, config.getHistoryCleanupStrategy(), config.getHistoryCleanupBatchSize(),
                config.getHistoryCleanupDegreeOfParallelism(), config.getHistoryCleanupJobLogTimeToLive(),
                config.getTaskMetricsTimeToLive());
        FinishedFiles finisher = new FinishedFiles(app, threads, Duration.ofSeconds(60));
        Quiet quiet = new Quiet(engine);
        quiet.await();
        BenchRun.log("[%s] warm-up: one file of each procedure", level);
        finisher.finish(OfficerAnswers.procedures().size());
        quiet.await();

        TableSizes.compact(jdbc);
        TableSizes before = TableSizes.of(jdbc);
        long otherInstances = jdbc.queryForObject("select count(*) from act_hi_procinst", Long.class);
        BenchRun.log("[%s] %,d files, %d threads", level, files, threads);
        long began = System.nanoTime();
        List<FinishedFile> finished = finisher.finish(files);
        double seconds = (System.nanoTime() - began) / 1e9;
        quiet.await();
        TableSizes rawAfter = TableSizes.of(jdbc);
        TableSizes.compact(jdbc);
        TableSizes after = TableSizes.of(jdbc);
        HistorySizeReport report = new HistorySizeReport(level, files, seconds, after.minus(before), rawAfter.minus(before));
        expectGrowth(report, problems);

        report.cleanup = new HistoryCleanupRun(app, timeout).run(finished);
        if (report.cleanup.rows() == 0 || report.cleanup.instances() < files) {
            problems.add(level + ": the files had " + report.cleanup.instances() + " historic instances and "
                    + report.cleanup.rows() + " removable rows before the cleanup");
        }
        if (report.cleanup.rowsLeft() > 0) {
            problems.add(level + ": the cleanup left " + report.cleanup.rowsLeft() + " rows of the cleaned files");
        }
        long othersLeft = jdbc.queryForObject("select count(*) from act_hi_procinst", Long.class);
        if (othersLeft != otherInstances) {
            problems.add(level + ": the cleanup changed the other files' historic instances from " + otherInstances
                    + " to " + othersLeft);
        }
        return report;
    }

    private void expectGrowth(HistorySizeReport report, List<String> problems) {
        for (Group group : List.of(Group.HISTORY, Group.REGISTER)) {
            if (report.perFile(group) <= 0) {
                problems.add(report.level + ": " + group.label + " did not grow (" + report.perFile(group) + " bytes per file)");
            }
        }
        long instances = report.compact.rows().getOrDefault("act_hi_procinst", 0L);
        if (instances < files) {
            problems.add(report.level + ": " + instances + " historic process instances for " + files + " files");
        }
    }

    private ConfigurableApplicationContext boot(BenchDatabase database, String level) {
        List<String> arguments = new ArrayList<>(database.springArguments());
        arguments.addAll(List.of("--server.port=0", "--camunda.bpm.job-execution.enabled=true",
                "--camunda.bpm.history-level=" + level, "--motcua.demo.enabled=true", "--logging.level.root=WARN",
                "--spring.main.banner-mode=off", "--motcua.simulator.answer-delay=10ms", "--motcua.simulator.error-rate=0",
                // the cleanup is measured now, not at 20:00: its window is open all day for this run
                "--camunda.bpm.generic-properties.properties.history-cleanup-batch-window-start-time=00:00",
                "--camunda.bpm.generic-properties.properties.history-cleanup-batch-window-end-time=23:59"));
        if (!cleanupBatchSize.isEmpty()) {
            arguments.add("--camunda.bpm.generic-properties.properties.history-cleanup-batch-size=" + cleanupBatchSize);
        }
        if (!cleanupParallelism.isEmpty()) {
            arguments.add("--camunda.bpm.generic-properties.properties.history-cleanup-degree-of-parallelism=" + cleanupParallelism);
        }
        return new SpringApplicationBuilder(MotcuaApplication.class).run(arguments.toArray(String[]::new));
    }

    /** Waits until the job executor has nothing due (partner answers, async steps of the files just finished). */
    private record Quiet(ProcessEngine engine) {

        void await() {
            long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            int quietPolls = 0;
            while (quietPolls < 5) { // a second with nothing due, not one lucky poll
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the job executor did not become idle within 10 min");
                }
                quietPolls = engine.getManagementService().createJobQuery().executable().count() == 0 ? quietPolls + 1 : 0;
                FileDriver.pause(200);
            }
        }
    }
}
