package vn.motcua.benchmark;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.benchmark.ThroughputBench.Settings;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.demo.OfficerAnswers;
import vn.motcua.dossier.ReceivedFile;
import vn.motcua.support.ClusterNode;

/** The phases of one benchmark on one booted application: warm-up, files and baselines, timer storms. */
final class BenchRun {

    /**
     * The shared file clock of files accepted on diagrams without drawn deadlines: its timers are
     * deadlines, never a waiting period. (The drawn ones are boundary timers, which the driver never fires.)
     */
    private static final String FILE_CLOCK = "dossier-deadlines";
    /** Storm cases created per transaction: one commit (and one fsync) per batch, not per file. */
    private static final int STORM_BATCH = 100;
    /** What holds the storm's due jobs while a second node starts: no job executor acquires a locked job. */
    private static final String HOLD = "bench-hold";
    /** The second node's name, which its job log entries carry ({@code ACT_HI_JOB_LOG.HOSTNAME_}). */
    static final String SECOND_NODE = "bench-node-b";

    private final Settings settings;
    private final ConfigurableApplicationContext app;
    private final DossierService dossiers;
    private final ProcessEngine engine;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final FileDriver driver;
    private final BaselineProcesses baselines;
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    /** The acquisition query's cost on the app's storm before it drains (empty without a storm). */
    private List<AcquisitionProbe.Variant> acquisition = List.of();
    /** The PostgreSQL database whose work a storm counts ({@link DatabaseWork}); null on H2. */
    private String postgresDatabase;
    /** The application's database, which a second node joins. */
    private BenchDatabase database;

    BenchRun(ConfigurableApplicationContext app, Settings settings) {
        this.settings = settings;
        this.app = app;
        this.dossiers = app.getBean(DossierService.class);
        this.engine = app.getBean(ProcessEngine.class);
        this.jdbc = app.getBean(JdbcTemplate.class);
        this.transactions = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
        this.driver = new FileDriver(engine.getRuntimeService(), engine.getTaskService(), engine.getManagementService(),
                OfficerAnswers::forStep, FILE_CLOCK, settings.stuckAfter());
        this.baselines = new BaselineProcesses(engine.getRepositoryService());
    }

    List<String> problems() {
        return problems;
    }

    BenchReport run(BenchDatabase database) {
        BenchReport report = new BenchReport(label(database), settings, jobExecutorSettings());
        postgresDatabase = database.isPostgres() ? database.name() : null;
        this.database = database;
        waitUntilIdle();
        List<String> procedures = OfficerAnswers.procedures().stream().sorted().toList();
        if (settings.warmup() > 0) {
            log("warm-up: %d file(s) of each procedure and as many baseline instances", settings.warmup());
            for (String procedure : procedures) {
                Phase app = files(procedure, settings.warmup());
                baseline(app.roundedTasksPerCase(), settings.warmup());
            }
            waitUntilIdle();
        }
        for (String procedure : procedures) {
            if (settings.files() == 0) {
                break; // a storm only
            }
            Phase app = files(procedure, settings.files());
            Phase base = baseline(app.roundedTasksPerCase(), settings.files());
            log("%-24s app %6.2f files/s, baseline %6.2f files/s", procedure, app.casesPerSecond(), base.casesPerSecond());
            report.add(procedure, app, base);
        }
        report.conflicts = driver.conflicts.get();
        report.waitingPeriodsAdvanced = driver.waitingPeriodsAdvanced.get();
        if (settings.stormFiles() > 0) {
            report.appStorm = appStorm(settings.stormFiles());
            report.acquisition = acquisition;
            log("storm, app: %s", report.appStorm);
            int timers = (int) Math.max(1, Math.round((double) report.appStorm.jobsDue() / settings.stormFiles()));
            report.baselineStorm = baselineStorm(settings.stormFiles(), timers);
            log("storm, baseline: %s", report.baselineStorm);
            report.bareStorm = bareEngineStorm(settings.stormFiles(), database);
            log("storm, bare engine: %s", report.bareStorm);
        }
        return report;
    }

    /** N files of one procedure through the same service the API uses, each driven to its end. */
    private Phase files(String procedure, int count) {
        return cases(procedure, count, i -> {
            Dossier dossier = dossiers.receive(file(procedure, "bench-" + UUID.randomUUID(), null, i), "tiepnhan1");
            return new Case(dossier.code(), dossier.processInstanceId());
        }, code -> {
            Dossier done = dossiers.get(code);
            if (done.status() != DossierStatus.FINISHED) {
                problems.add("file " + code + " of " + procedure + " ended as " + done.status());
            }
        });
    }

    private Phase baseline(int tasks, int count) {
        String key = baselines.userTaskChain(tasks);
        return cases(key, count, i -> {
            String businessKey = "bench-base-" + UUID.randomUUID();
            return new Case(businessKey,
                    engine.getRuntimeService().startProcessInstanceByKey(key, businessKey).getId());
        }, code -> { });
    }

    private record Case(String businessKey, String rootInstanceId) {
    }

    private Phase cases(String name, int count, IntFunction<Case> start, Consumer<String> check) {
        Samples starts = new Samples();
        Samples completions = new Samples();
        AtomicInteger tasks = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        long began = System.nanoTime();
        parallel(name, count, i -> {
            long t = System.nanoTime();
            Case c = start.apply(i);
            starts.add(System.nanoTime() - t);
            tasks.addAndGet(driver.driveToEnd(c.businessKey(), c.rootInstanceId(), completions));
            check.accept(c.businessKey());
            done.incrementAndGet();
        });
        return new Phase(name, done.get(), tasks.get(), (System.nanoTime() - began) / 1e9, starts, completions);
    }

    record Phase(String name, int cases, int tasks, double seconds, Samples starts, Samples completions) {

        double casesPerSecond() {
            return cases / seconds;
        }

        double tasksPerCase() {
            return cases == 0 ? 0 : (double) tasks / cases;
        }

        int roundedTasksPerCase() {
            return (int) Math.max(1, Math.round(tasksPerCase()));
        }
    }

    /**
     * The storm files (see {@link StormFiles}) are written into the register and their procedure
     * instances started in processing (with the file deadlines' boundary timers) while the job
     * executor is stopped; then it starts, and the time until every file's overdue escalation is on
     * the register is measured. Each escalation also records the near-due entry and opens the
     * apology and overdue tasks of the file's leaders; these are checked after.
     */
    private Storm appStorm(int count) {
        StormFiles files = new StormFiles(app);
        Storm storm = storm(appSide(), "app (file clocks, overdue)", count, files::create, files::escalated, true);
        expect("NEAR_DUE entries", files.count("NEAR_DUE"), count);
        expect("apology tasks", stormClockTasks("proposeExtension"), count);
        expect("overdue tasks", stormClockTasks("handleOverdueFile"), count);
        return storm;
    }

    private long stormClockTasks(String taskDefinitionKey) {
        return engine.getTaskService().createTaskQuery()
                .processInstanceBusinessKeyLike(StormFiles.CODE_PREFIX + "%").taskDefinitionKey(taskDefinitionKey).count();
    }

    private void expect(String what, long found, long expected) {
        log("storm: %,d %s for %,d files", found, what, expected);
        if (found != expected) {
            problems.add("storm: " + found + " " + what + " for " + expected + " files");
        }
    }

    /** The same number of instances, each a task with as many boundary timers as a file's clock, already due. */
    private Storm baselineStorm(int count, int timers) {
        String key = baselines.boundaryTimers(timers);
        Date due = Date.from(Instant.now().minus(1, ChronoUnit.DAYS));
        return storm(appSide(), "timers alone (" + timers + ", app's engine)", count, (from, to) -> {
            for (int i = from; i < to; i++) {
                engine.getRuntimeService().startProcessInstanceByKey(key, StormFiles.PREFIX + "base-" + i, Map.of("due", due));
            }
        }, () -> count - jdbc.queryForObject("select count(distinct PROCESS_INSTANCE_ID_) from ACT_RU_JOB where PROCESS_DEF_KEY_ = ?",
                Long.class, key), false);
    }

    /**
     * The storm's files on a bare engine ({@link BareEngine}, a database of its own on the same server): the
     * same procedure diagrams, entered where an accepted file enters them, with the variables the reception
     * leaves, and {@link NoOpBeans#lateFiles()} in place of the project's beans, so the file clock's three
     * deadlines are past and the same paths are drawn: a near-due warning, an apology task and an overdue
     * task per file, each task with its candidate group. What the application adds to that (register, control
     * sheet, work queue, task copies, and the one job per file of {@code DueTimersTogether}, an engine plugin
     * of the project that the bare engine does not have) is the ratio.
     */
    private Storm bareEngineStorm(int count, BenchDatabase appDatabase) {
        BenchDatabase database = BenchDatabase.create(appDatabase.isPostgres() ? "postgres" : "h2");
        try (BareEngine bare = BareEngine.beside(app, database, NoOpBeans.lateFiles())) {
            JdbcTemplate bareJdbc = new JdbcTemplate(bare.configuration().getDataSource());
            StormSide side = new StormSide(bare.engine(), bareJdbc, batch -> bare.configuration().getCommandExecutorTxRequired()
                    .execute(commandContext -> {
                        batch.run(); // the starts join this command's transaction: one commit per batch
                        return null;
                    }), database.isPostgres() ? database.name() : null);
            List<String> procedures = OfficerAnswers.procedures().stream().sorted().toList();
            String dueDate = LocalDate.now().minusDays(1).toString();
            Storm storm = storm(side, "bare engine, same diagrams", count, (from, to) -> {
                for (int i = from; i < to; i++) {
                    String code = StormFiles.code(i);
                    bare.engine().getRuntimeService().createProcessInstanceByKey(procedures.get(i % procedures.size()))
                            .businessKey(code)
                            .setVariables(Map.of("dossierCode", code, "applicantName", "Người nộp thử tải " + i,
                                    "dossierDueDate", dueDate, "accepted", true, "processingLeaders", NoOpBeans.GROUP))
                            .startBeforeActivity(StormFiles.PROCESSING).execute();
                }
            }, () -> openTasks(bareJdbc, "handleOverdueFile"), false);
            expect("bare engine's apology tasks", openTasks(bareJdbc, "proposeExtension"), count);
            return storm;
        } finally {
            database.drop();
        }
    }

    private static long openTasks(JdbcTemplate jdbc, String taskDefinitionKey) {
        return jdbc.queryForObject("select count(*) from ACT_RU_TASK where TASK_DEF_KEY_ = ?", Long.class, taskDefinitionKey);
    }

    /**
     * @param work what the database did while the storm drained (none on H2)
     * @param failedRuns job runs that failed (job log), among them those that lost a race to another node and ran
     *        again at once (see {@code JobConflictsRunAgain})
     * @param jobsByNode successful jobs by the node that ran them, when two nodes drained the storm
     */
    record Storm(String name, int cases, double createSeconds, long jobsDue, long jobsExecuted, double drainSeconds,
            long escalated, long failedJobs, long failedRuns, DatabaseWork.Reading work, Map<String, Long> jobsByNode) {

        double jobsPerSecond() {
            return jobsExecuted / drainSeconds;
        }

        /** Files (or baseline instances) escalated per second: what a backlog's drain time depends on. */
        double casesPerSecond() {
            return escalated / drainSeconds;
        }

        @Override
        public String toString() {
            return "%,d cases created in %.1f s; %,d jobs due, %,d executed in %.1f s = %.0f jobs/s; %,d escalated = %.1f files/s, %d failed jobs, %d failed runs"
                    .formatted(cases, createSeconds, jobsDue, jobsExecuted, drainSeconds, jobsPerSecond(), escalated,
                            casesPerSecond(), failedJobs, failedRuns);
        }
    }

    /** Creates cases {@code from..to-1} of a storm, in one transaction. */
    private interface StormBatch {
        void create(int from, int to);
    }

    /**
     * Where a storm runs: an engine, its database, how one batch of cases becomes one transaction, and the
     * PostgreSQL database whose work is counted (null on H2).
     */
    private record StormSide(ProcessEngine engine, JdbcTemplate jdbc, Consumer<Runnable> inOneTransaction,
            String postgresDatabase) {
    }

    private StormSide appSide() {
        return new StormSide(engine, jdbc, batch -> transactions.executeWithoutResult(status -> batch.run()), postgresDatabase);
    }

    private Storm storm(StormSide side, String name, int count, StormBatch create, LongSupplier escalated,
            boolean probeAcquisition) {
        ProcessEngine engine = side.engine();
        JdbcTemplate jdbc = side.jdbc();
        if (!idleWithin(engine, Duration.ofMinutes(10))) {
            problems.add(engine.getName() + ": the job executor did not become idle within 10 min");
        }
        JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        executor.shutdown();
        ClusterNode second = null;
        try {
            long began = System.nanoTime();
            int batches = (count + STORM_BATCH - 1) / STORM_BATCH;
            // No row is shared between batches (no letter numbers, no code sequence): they run in parallel.
            parallel("storm " + name, batches, batch -> {
                if (settings.analyzeStorm() && batch >= 4 && Integer.bitCount(batch) == 1) {
                    // Each time the tables have doubled: without statistics, a connection keeps the plans it made while
                    // they were nearly empty, and the file's route lookup slowed with every batch (docs/benchmark.md).
                    analyze(jdbc);
                }
                side.inOneTransaction().accept(
                        () -> create.create(batch * STORM_BATCH, Math.min(count, (batch + 1) * STORM_BATCH)));
            });
            double createSeconds = (System.nanoTime() - began) / 1e9;
            if (settings.analyzeStorm()) {
                analyze(jdbc);
            }
            if (probeAcquisition) {
                acquisition = new AcquisitionProbe((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration(),
                        jdbc).measure(executor.getMaxJobsPerAcquisition());
                acquisition.forEach(variant -> log("storm: acquisition %-32s median %8.2f ms, p95 %8.2f ms, %d jobs",
                        variant.name(), variant.medianMillis(), variant.p95Millis(), variant.jobs()));
            }
            var jobs = engine.getManagementService();
            long due = jobs.createJobQuery().executable().count();
            long succeededBefore = successfulJobs(engine);
            second = probeAcquisition && settings.stormNodes() > 1 ? secondNodeOver(jdbc) : null;
            DatabaseWork work = DatabaseWork.of(side.postgresDatabase());
            log("storm %s: %,d cases created in %.1f s, %,d jobs due; starting the job executor%s", name, count,
                    createSeconds, due, second == null ? "" : "s of both nodes");
            long start = System.nanoTime();
            Timestamp drainBegan = new Timestamp(ClockUtil.getCurrentTime().getTime());
            if (second != null) {
                release(jdbc);
            }
            executor.start();
            long deadline = start + settings.stormTimeout().toNanos();
            long done = 0;
            long lastLog = start;
            long idleSince = 0;
            while (System.nanoTime() < deadline) {
                // Each poll scans the job table: on a long storm, poll once a second (1 s in 30+ min), not 5 times.
                FileDriver.pause(System.nanoTime() - start < 30e9 ? 200 : 1000);
                long remaining = dueJobs(jdbc);
                if (remaining == 0) {
                    done = escalated.getAsLong();
                    idleSince = idleSince == 0 ? System.nanoTime() : idleSince;
                    // all escalated, or nothing left that could escalate the rest
                    if (done >= count || System.nanoTime() - idleSince > 10e9) {
                        break;
                    }
                } else {
                    idleSince = 0;
                }
                if (System.nanoTime() - lastLog > 30e9) {
                    log("storm %s: %,d jobs still due after %.0f s", name, remaining, (System.nanoTime() - start) / 1e9);
                    lastLog = System.nanoTime();
                }
            }
            double drainSeconds = (System.nanoTime() - start) / 1e9;
            // A failed job with retries left waits for its retry (5 min later): it is not due, so the loop above
            // does not wait for it; count it as failed, and say why it failed.
            long failed = jdbc.queryForObject("select count(*) from ACT_RU_JOB where EXCEPTION_MSG_ is not null", Long.class);
            jdbc.queryForList("select distinct EXCEPTION_MSG_ from ACT_RU_JOB where EXCEPTION_MSG_ is not null", String.class)
                    .stream().limit(5).forEach(message -> log("storm %s: a job failed: %s", name, message));
            long failedRuns = jdbc.queryForObject("select count(*) from ACT_HI_JOB_LOG where JOB_STATE_ = 1 and TIMESTAMP_ >= ?",
                    Long.class, drainBegan);
            Storm storm = new Storm(name, count, createSeconds, due, successfulJobs(engine) - succeededBefore, drainSeconds,
                    done, failed, failedRuns, work.since(), second == null ? Map.of() : jobsByNode(jdbc, drainBegan));
            if (done < count || failed > 0) {
                problems.add("storm " + name + ": only " + done + " of " + count + " escalated, " + failed
                        + " failed jobs, within " + settings.stormTimeout().toMinutes() + " min");
            }
            return storm;
        } finally {
            stop(second); // before the next phase, which it would slow down
            executor.start(); // no-op when already running
        }
    }

    /**
     * Starts the second node with the storm's due jobs held (locked by no node, until a year from now), so
     * neither node runs any before both are up; {@link #release} lets them go at the start of the drain.
     * None on H2. The node is the packaged jar ({@code motcua.bench.jar}) as the cluster test starts it, with
     * the application's job executor settings, except that while it has nothing to do it looks for due jobs
     * every 2 s at the longest (the application's idle back-off grows to 60 s), so that it finds the released
     * backlog as soon as the first node does. Its output: {@code target/bench-nodes/bench-node-b.log}.
     */
    private ClusterNode secondNodeOver(JdbcTemplate jdbc) {
        if (!database.isPostgres()) {
            log("storm: one node on H2 (its file database belongs to one JVM); two on PostgreSQL");
            return null;
        }
        Path jar = Path.of(System.getProperty("motcua.bench.jar", "target/motcua-0.1.0-SNAPSHOT.jar"));
        int held = jdbc.update("update ACT_RU_JOB set LOCK_OWNER_ = ?, LOCK_EXP_TIME_ = ? where LOCK_OWNER_ is null and DUEDATE_ <= ?",
                HOLD, Timestamp.from(Instant.now().plus(365, ChronoUnit.DAYS)), new Timestamp(ClockUtil.getCurrentTime().getTime()));
        log("storm: %,d due jobs held; starting the second node", held);
        long began = System.nanoTime();
        ClusterNode node = null;
        try {
            node = new ClusterNode(SECOND_NODE, jar, Path.of("target", "bench-nodes"),
                    Map.of("MOTCUA_DB_URL", database.jdbcUrl(), "MOTCUA_DB_USER", database.user(),
                            "MOTCUA_DB_PASSWORD", database.password()),
                    List.of("--motcua.demo.enabled=false", "--camunda.bpm.job-execution.wait-time-in-millis=1000",
                            "--camunda.bpm.job-execution.max-wait=2000", "--logging.level.root=WARN",
                            "--spring.main.banner-mode=off"));
            node.start();
            node.awaitUp(Duration.ofMinutes(5));
            log("storm: the second node is up after %.1f s", (System.nanoTime() - began) / 1e9);
            return node;
        } catch (Exception e) {
            stop(node);
            release(jdbc);
            throw new IllegalStateException("the second node did not start (" + jar + ")", e);
        }
    }

    private static void stop(ClusterNode node) {
        if (node == null) {
            return;
        }
        try {
            node.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void release(JdbcTemplate jdbc) {
        jdbc.update("update ACT_RU_JOB set LOCK_OWNER_ = null, LOCK_EXP_TIME_ = null where LOCK_OWNER_ = ?", HOLD);
    }

    /** Successful job log entries since {@code since}, by the node that ran them. */
    private static Map<String, Long> jobsByNode(JdbcTemplate jdbc, Timestamp since) {
        Map<String, Long> byNode = new TreeMap<>();
        jdbc.query("select HOSTNAME_, count(*) from ACT_HI_JOB_LOG where JOB_STATE_ = 2 and TIMESTAMP_ >= ? group by HOSTNAME_",
                row -> {
                    byNode.put(row.getString(1), row.getLong(2));
                }, since);
        return byNode;
    }

    private String jobExecutorSettings() {
        JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        String pool = app.getBean("camundaTaskExecutor") instanceof ThreadPoolTaskExecutor p
                ? p.getCorePoolSize() + "-" + p.getMaxPoolSize() + " threads, queue " + p.getQueueCapacity() : "?";
        return "%s, %d jobs per acquisition, wait %d ms (max %d ms)".formatted(pool, executor.getMaxJobsPerAcquisition(),
                executor.getWaitTimeInMillis(), executor.getMaxWait());
    }

    /**
     * Fresh planner statistics, as a server with autovacuum would have them after the storm's
     * inserts (this one has autovacuum off): the engine's queries may then be planned differently.
     */
    private static void analyze(JdbcTemplate jdbc) {
        long began = System.nanoTime();
        jdbc.execute("analyze"); // PostgreSQL and H2 both know it
        log("storm: statistics refreshed (ANALYZE) in %.1f s", (System.nanoTime() - began) / 1e9);
    }

    /**
     * The job query's {@code executable()} without its joins and {@code distinct}: with 300,000 jobs
     * that query took over a second on PostgreSQL and, polled in a loop, slowed the drain it measures.
     * Nothing is suspended in a storm, so retries and due date are what make a job executable.
     */
    private static long dueJobs(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from ACT_RU_JOB where RETRIES_ > 0 and (DUEDATE_ is null or DUEDATE_ <= ?)",
                Long.class, new Timestamp(ClockUtil.getCurrentTime().getTime()));
    }

    private static long successfulJobs(ProcessEngine engine) {
        return engine.getHistoryService().createHistoricJobLogQuery().successLog().count();
    }

    /** Runs {@code work(0..count-1)} on {@code bench.threads} threads; failures become problems. */
    private void parallel(String name, int count, IntConsumer work) {
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
        try {
            List<Future<?>> futures = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int n = i;
                futures.add(pool.submit(() -> work.accept(n)));
            }
            int failures = 0;
            for (Future<?> future : futures) {
                try {
                    future.get();
                } catch (Exception e) {
                    if (failures++ < 5) {
                        Throwable cause = e.getCause() != null ? e.getCause() : e;
                        problems.add(name + ": " + cause);
                        cause.printStackTrace();
                    }
                }
            }
            if (failures > 5) {
                problems.add(name + ": " + (failures - 5) + " more failures");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Demo files seeded at start and earlier phases may leave due jobs: measure on a quiet engine. */
    private void waitUntilIdle() {
        if (!idleWithin(engine, Duration.ofMinutes(10))) {
            problems.add("the job executor did not become idle within 10 min");
        }
    }

    /** @return whether no job of {@code engine} was due any more within {@code limit} */
    static boolean idleWithin(ProcessEngine engine, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (engine.getManagementService().createJobQuery().executable().count() > 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            FileDriver.pause(200);
        }
        return true;
    }

    /** One file in three is filed online. */
    static Channel channel(int i) {
        return i % 3 == 0 ? Channel.ONLINE : Channel.IN_PERSON;
    }

    static ReceivedFile file(String procedure, String clientRequestId, Instant receivedAt, int i) {
        return new ReceivedFile(procedure, clientRequestId, channel(i),
                new Dossier.Applicant("Người nộp thử tải " + i, "001203" + String.format("%06d", i % 1_000_000),
                        "0912345678", null, "Thôn Đông, xã Long Thành"),
                new Dossier.Parcel(String.valueOf(1 + i % 40), String.valueOf(100 + i % 900), "Thôn Đông, xã Long Thành",
                        "26041", false),
                "Hồ sơ thử tải", receivedAt);
    }

    private String label(BenchDatabase database) {
        if (!database.isPostgres()) {
            return "H2 " + jdbc.queryForObject("select h2version()", String.class) + " (file)";
        }
        return "PostgreSQL " + jdbc.queryForObject("show server_version", String.class) + " (127.0.0.1)";
    }

    static void log(String format, Object... args) {
        // the time of day (UTC) lets a profile or the database's own logs be cut to one phase
        System.out.println("[benchmark " + java.time.LocalTime.now(java.time.ZoneOffset.UTC).withNano(0) + "] "
                + format.formatted(args));
        System.out.flush();
    }
}
