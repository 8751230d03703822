package vn.motcua.benchmark;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.batch.Batch;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.motcua.benchmark.FinishedFiles.FinishedFile;

/**
 * Camunda's history cleanup on the benchmark's finished files: their history is made removable now
 * (the engine's "set removal time" batch, as an operator would for files past their time to live),
 * then the engine's cleanup job runs on the job executor, as it does at night, until nothing of the
 * files is left. Files cleaned per second is what must keep up with files finished per day.
 */
final class HistoryCleanupRun {

    /** What a cleanup of a set of files took and left. */
    record Result(int files, long instances, long rows, double markSeconds, double cleanupSeconds, long rowsLeft,
            long cleanupJobRuns) {

        double filesPerSecond() {
            return files / cleanupSeconds;
        }

        double rowsPerSecond() {
            return rows / cleanupSeconds;
        }
    }

    /** The benchmark's own table (in its own database) naming the files' root instances, for the counts. */
    private static final String ROOTS = "bench_cleaned_root";

    /** Longer than the engine's back-off after a few passes that filled no batch. */
    private static final Duration STALLED = Duration.ofMinutes(5);

    private final HistoryService history;
    private final ManagementService management;
    private final JdbcTemplate jdbc;
    private final Duration timeout;

    HistoryCleanupRun(ConfigurableApplicationContext app, Duration timeout) {
        ProcessEngine engine = app.getBean(ProcessEngine.class);
        this.history = engine.getHistoryService();
        this.management = engine.getManagementService();
        this.jdbc = app.getBean(JdbcTemplate.class);
        this.timeout = timeout;
    }

    Result run(List<FinishedFile> files) {
        String[] roots = files.stream().map(FinishedFile::rootInstanceId).toArray(String[]::new);
        jdbc.execute("create table " + ROOTS + " (id varchar(64) primary key)");
        jdbc.batchUpdate("insert into " + ROOTS + " values (?)", files.stream().map(f -> new Object[] {f.rootInstanceId()}).toList());
        long instances = jdbc.queryForObject(
                "select count(*) from act_hi_procinst where root_proc_inst_id_ in (select id from " + ROOTS + ")", Long.class);
        long rows = rowsOfTheFiles();

        long began = System.nanoTime();
        Batch batch = history.setRemovalTimeToHistoricProcessInstances()
                .absoluteRemovalTime(Date.from(Instant.now().minus(1, ChronoUnit.DAYS))).byIds(roots).hierarchical()
                .executeAsync();
        // the batch's own jobs, not its monitor, which looks every 30 s and would be most of the time measured
        waitFor("the removal-time batch", () -> management.createJobQuery().jobDefinitionId(batch.getSeedJobDefinitionId()).count()
                + management.createJobQuery().jobDefinitionId(batch.getBatchJobDefinitionId()).count() == 0);
        double markSeconds = (System.nanoTime() - began) / 1e9;
        BenchRun.log("removal time set on %,d instances (%,d rows) of %,d files in %.1f s", instances, rows, files.size(),
                markSeconds);

        long runsBefore = cleanupJobRuns();
        began = System.nanoTime();
        history.cleanUpHistoryAsync(true);
        FileDriver.pause(500);
        awaitCleanup();
        double cleanupSeconds = (System.nanoTime() - began) / 1e9;
        return new Result(files.size(), instances, rows, markSeconds, cleanupSeconds, rowsOfTheFiles(),
                cleanupJobRuns() - runsBefore);
    }

    /**
     * Rows the cleanup should remove: every row of the files' instances in a table that carries a
     * removal time (history, byte arrays, the historic-instance authorizations).
     */
    private long rowsOfTheFiles() {
        List<String> tables = jdbc.queryForList("""
                select table_name from information_schema.columns where table_schema = 'public' and column_name = 'root_proc_inst_id_'
                intersect
                select table_name from information_schema.columns where table_schema = 'public' and column_name = 'removal_time_'
                """, String.class);
        long rows = 0;
        for (String table : tables) {
            rows += jdbc.queryForObject("select count(*) from " + table + " where root_proc_inst_id_ in (select id from " + ROOTS + ")",
                    Long.class);
        }
        return rows;
    }

    /**
     * Until none of the files' rows is left, or none went for {@link #STALLED} (then the caller reports what is
     * left). The engine waits a little (1 s, then doubling) after a pass that filled no table's batch, so a
     * resting job is not the end: only the files' rows say whether it is done.
     */
    private void awaitCleanup() {
        long deadline = System.nanoTime() + timeout.toNanos();
        long left = -1;
        long lastRemoval = System.nanoTime();
        while (System.nanoTime() < deadline) {
            if (cleanupResting()) {
                long now = rowsOfTheFiles();
                if (now == 0) {
                    return;
                }
                if (now != left) {
                    left = now;
                    lastRemoval = System.nanoTime();
                } else if (System.nanoTime() - lastRemoval > STALLED.toNanos()) {
                    BenchRun.log("the cleanup removed nothing for %d min; %,d rows of the files left", STALLED.toMinutes(), now);
                    return;
                }
            }
            FileDriver.pause(500);
        }
        throw new IllegalStateException("the history cleanup did not end within " + timeout.toMinutes() + " min");
    }

    /**
     * The cleanup job(s) are neither running nor due: a cheap question asked every half second, before
     * counting the files' rows (a scan of every history table), which would take the cores the cleanup
     * measured needs.
     */
    private boolean cleanupResting() {
        return jdbc.queryForObject("select count(*) from act_ru_job where handler_type_ = 'history-cleanup'"
                + " and (duedate_ is null or duedate_ <= ? or lock_owner_ is not null)", Long.class,
                new Timestamp(System.currentTimeMillis())) == 0;
    }

    /** Successful runs of the cleanup job: its own job log (history level full only, else 0). */
    private long cleanupJobRuns() {
        return jdbc.queryForObject("select count(*) from act_hi_job_log where job_def_type_ = 'history-cleanup' and job_state_ = 2",
                Long.class);
    }

    private void waitFor(String what, BooleanSupplier done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long lastLog = System.nanoTime();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(what + " did not end within " + timeout.toMinutes() + " min");
            }
            if (System.nanoTime() - lastLog > 30e9) {
                BenchRun.log("waiting for %s", what);
                lastLog = System.nanoTime();
            }
            FileDriver.pause(500);
        }
    }
}
