package vn.motcua.supervision;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import vn.motcua.calendar.DeadlineCalculator;

/**
 * The KPI benchmark, not a test: {@code ./mvnw verify -Pkpi-benchmark -Dkpi.benchmark.files=1000000}
 * (default 2,000 files: a smoke run for CI). On the PostgreSQL server at 127.0.0.1:5432 it
 * creates a database of its own, generates finished files (and 5% as many open ones) with five
 * hand-overs each, times the whole dashboard with nothing rolled yet (every figure from the
 * register at request time), rolls the settled files into the monthly tables ({@link KpiRollup})
 * and checks the figures did not change, times every dashboard query (median of
 * {@code kpi.benchmark.runs}), then
 * generates a comparable Camunda history (ACT_HI_PROCINST, ACT_HI_TASKINST, ACT_HI_VARINST, by
 * SQL after the engine created its schema) for {@code kpi.benchmark.camunda-files} files (0: as
 * many) and computes the same figures "naively" through the HistoryService API in Java. The
 * naive time is extrapolated linearly when the Camunda history is smaller. Drops the database.
 */
class KpiBenchmark {

    private static final String PG = System.getProperty("motcua.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String USER = System.getProperty("motcua.test.pg.user", "postgres");
    private static final String PASSWORD = System.getProperty("motcua.test.pg.password", "");
    private static final int PAGE = 10_000;

    private final int files = Integer.getInteger("kpi.benchmark.files", 2_000);
    private final int camundaFiles = Integer.getInteger("kpi.benchmark.camunda-files", 0) > 0
            ? Integer.getInteger("kpi.benchmark.camunda-files") : files;
    private final int runs = Integer.getInteger("kpi.benchmark.runs", 5);
    private final int openFiles = Math.max(1, files / 20);

    /** The dashboard's default period: the last six months, the current one included. */
    /** The server's wall clock, as the register stores timestamps; days and months are Vietnam's. */
    private final LocalDateTime now = LocalDateTime.now().withNano(0);
    private final LocalDate today = LocalDate.now(DeadlineCalculator.ZONE);
    private final KpiFilter filter = new KpiFilter(YearMonth.from(today).minusMonths(5), YearMonth.from(today), null, null);

    @Test
    void run() throws Exception {
        String database = "motcua_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        admin("create database " + database);
        try (HikariDataSource dataSource = dataSource(database)) {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
            ProcessEngine engine = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
                    .setDataSource(dataSource).setDatabaseSchemaUpdate("true").setHistory("full")
                    .setJobExecutorActivate(false).setProcessEngineName("kpi-benchmark").buildProcessEngine();
            try {
                benchmark(dataSource, engine.getHistoryService());
            } finally {
                engine.close();
            }
        } finally {
            admin("drop database if exists " + database + " with (force)");
        }
    }

    private void benchmark(DataSource dataSource, HistoryService history) throws SQLException {
        print("KPI benchmark: %,d finished + %,d open files, 5 hand-overs each; period %s..%s; %d runs per query",
                files, openFiles, filter.from(), filter.to(), runs);
        long t = System.nanoTime();
        generateRegister(dataSource);
        print("register generated in %.1f s", (System.nanoTime() - t) / 1e9);

        KpiQueries q = new KpiQueries(dataSource);
        Moment moment = new Moment(now.atZone(ZoneId.systemDefault()).toInstant(), today);
        LocalDate nearDue = today.plusDays(3);
        // Before any file is rolled every figure is computed from the register at request time.
        Dashboard unrolled = surviving(() -> KpiService.build(q, filter, moment, nearDue));
        double requestTimeOnly = median(() -> KpiService.build(q, filter, moment, nearDue));
        print("  SQL  %-40s median %9.1f ms", "WHOLE DASHBOARD, nothing rolled yet", requestTimeOnly);
        t = System.nanoTime();
        KpiRollup.Rolled rolled = surviving(() -> new KpiRollup(dataSource, new DataSourceTransactionManager(dataSource), Instant::now)
                .rollSettledBefore(Instant.now()));
        print("rolled %,d settled files and %,d finished hand-overs into the monthly tables in %.1f s", rolled.files(),
                rolled.handovers(), (System.nanoTime() - t) / 1e9);
        sql(dataSource, "analyze");
        Map<String, Double> sql = new java.util.LinkedHashMap<>();
        sql.put("counts (Gia Lai, whole period)", median(() -> q.counts(filter, moment)));
        sql.put("counts per month (6 queries)", median(() -> filter.months().stream()
                .map(m -> q.counts(filter.forMonth(m), moment)).toList()));
        sql.put("counts per procedure", median(() -> q.countsByProcedure(filter, moment)));
        sql.put("near due / overdue / paused now", median(() -> q.now(filter, moment, nearDue)));
        sql.put("apologies", median(() -> q.apologies(filter, moment, Counts.ZERO)));
        sql.put("channels", median(() -> q.channels(filter, moment)));
        sql.put("units (control sheet, percentiles)", median(() -> q.units(filter, moment)));
        sql.put("steps (control sheet, percentiles)", median(() -> q.steps(filter, moment)));
        sql.put("officers per month", median(() -> q.officerMonths(filter, moment)));
        sql.put("unit filter: counts for landregistry", median(() -> q.counts(filter.withUnit("landregistry"), moment)));
        sql.put("file list: overdue now (first 500)", median(() -> q.files(filter, moment, nearDue,
                Indicator.OVERDUE_NOW, null, null, null, 500)));
        double dashboard = median(() -> KpiService.build(q, filter, moment, nearDue));
        double unitDashboard = median(() -> KpiService.build(q, filter.withUnit("landregistry"), moment, nearDue));
        sql.forEach((name, ms) -> print("  SQL  %-40s median %9.1f ms", name, ms));
        print("  SQL  %-40s median %9.1f ms", "WHOLE DASHBOARD (KpiService.build)", dashboard);
        print("  SQL  %-40s median %9.1f ms", "WHOLE DASHBOARD of one unit (a leader's)", unitDashboard);
        Dashboard d = surviving(() -> KpiService.build(q, filter, moment, nearDue));
        print("  check: to process %,d, early %,d, on time %,d, late %,d, late rate %s, steps %d", d.total().toProcess(),
                d.total().early(), d.total().onTime(), d.total().late(),
                Figure.format(d.total().lateRate(), Figure.Kind.PERCENT), d.steps().size());
        if (!d.total().equals(unrolled.total()) || !d.months().equals(unrolled.months())
                || !d.apologies().equals(unrolled.apologies()) || !d.channels().equals(unrolled.channels())) {
            throw new AssertionError("rolling changed the figures: " + unrolled.total() + " became " + d.total());
        }
        print("  check: the same figures before and after rolling; RATIO nothing rolled ÷ rolled = %.1f×",
                requestTimeOnly / dashboard);

        t = System.nanoTime();
        generateHistory(dataSource);
        print("Camunda history generated in %.1f s (%,d process instances)", (System.nanoTime() - t) / 1e9,
                camundaFiles + camundaFiles / 20);
        int naiveRuns = Math.max(1, Math.min(runs, camundaFiles >= 200_000 ? 1 : 3));
        List<Double> naiveTimes = new ArrayList<>();
        for (int i = 0; i < naiveRuns; i++) {
            double[] ms = new double[1];
            NaiveFigures result = surviving(() -> {
                long n = System.nanoTime();
                NaiveFigures figures = naive(history);
                ms[0] = (System.nanoTime() - n) / 1e6;
                return figures;
            });
            naiveTimes.add(ms[0]);
            if (i == 0) {
                print("  check (naive): %s", result.text());
                if (camundaFiles == files) {
                    result.mustAgreeWith(d.total());
                }
            }
        }
        double naive = medianOf(naiveTimes);
        double scale = (double) files / camundaFiles;
        print("  NAIVE HistoryService, %,d files: median %,.1f ms over %d run(s)%s", camundaFiles, naive, naiveRuns,
                scale == 1 ? "" : "; extrapolated ×%.1f to %,d files: %,.1f ms".formatted(scale, files, naive * scale));
        // The machine's load may change between the two phases: time the dashboard again right after
        // the naive runs and divide by the slower of the two medians.
        double dashboardAfter = median(() -> KpiService.build(q, filter, moment, nearDue));
        print("  SQL  %-40s median %9.1f ms", "WHOLE DASHBOARD again, after the naive", dashboardAfter);
        print("RATIO naive ÷ SQL dashboard = %.1f×%s", naive * scale / Math.max(dashboard, dashboardAfter),
                scale == 1 ? "" : " (extrapolated)");
    }

    /** The units of the five steps below, as the control sheet keeps them on the file. */
    private static final String UNITS_PASSED = ",landoffice,landregistry,taxoffice,";

    /** Files spread over the last 24 months, finished 8–19 days after receipt against a 15–19 day limit. */
    private void generateRegister(DataSource dataSource) throws SQLException {
        String start = "timestamp '" + now.minusMonths(24) + "'";
        sql(dataSource, """
                insert into mc_dossier (code, procedure_key, procedure_name, channel, applicant_name, applicant_id_number,
                    received_at, accepted_on, due_date, extended, supplement_count, status, paused_since, finished_at,
                    created_at, updated_at, units_passed)
                select 'B' || g, p.key, p.name, case when g %% 10 < 4 then 'ONLINE' when g %% 10 = 4 then 'POST' else 'IN_PERSON' end,
                    'Người nộp ' || g, '001203004567', r, cast(r as date), cast(r as date) + 15 + g %% 5, g %% 17 = 0,
                    case when g %% 97 = 0 then 2 when g %% 11 = 0 then 1 else 0 end, 'FINISHED', null,
                    r + (8 + g %% 12) * interval '1 day' + interval '2 hour', r, r, '%s'
                from (select g, %s + (cast(g as bigint) * %d / %d) * interval '1 second' as r from generate_series(1, %d) g) s
                cross join lateral (select case when g %% 3 = 0 then 'parcel-split' else 'land-use-conversion' end as key,
                    case when g %% 3 = 0 then 'Tách thửa đất' else 'Chuyển mục đích sử dụng đất' end as name) p
                """.formatted(UNITS_PASSED, start, 730L * 86400, files, files));
        sql(dataSource, """
                insert into mc_dossier (code, procedure_key, procedure_name, channel, applicant_name, applicant_id_number,
                    received_at, accepted_on, due_date, extended, supplement_count, status, paused_since, finished_at,
                    created_at, updated_at, units_passed)
                select 'O' || g, 'land-use-conversion', 'Chuyển mục đích sử dụng đất',
                    case when g %% 10 < 4 then 'ONLINE' else 'IN_PERSON' end, 'Người nộp ' || g, '001203004567', r,
                    cast(r as date), cast(r as date) + 15, false, case when g %% 13 = 0 then 1 else 0 end,
                    case when g %% 37 = 0 then 'WAITING_AGENCY_SUPPLEMENT' else 'IN_PROGRESS' end,
                    case when g %% 20 = 0 then cast(r as date) + 5 end, null, r, r, '%s'
                from (select g, timestamp '%s' - (cast(g as bigint) * %d / %d) * interval '1 second' as r from generate_series(1, %d) g) s
                """.formatted(UNITS_PASSED, now, 40L * 86400, openFiles, openFiles));
        // Five steps per file; the last one of an open file is still held.
        sql(dataSource, """
                insert into mc_handover (dossier_id, task_id, step_key, step_name, unit, assignee, received_at, due_at,
                    finished_at, outcome)
                select d.id, d.code || '-' || s.n, s.key, s.name, s.unit, s.prefix || (d.id % 7), h.r, h.r + interval '3 day',
                    case when d.finished_at is null and s.n = 5 then null else h.r + (1 + (d.id + s.n) % 4) * interval '1 day' end,
                    case when d.finished_at is null and s.n = 5 then null
                         when (d.id + s.n) % 4 >= 3 then 'LATE' when (d.id + s.n) % 4 = 2 then 'ON_TIME' else 'EARLY' end
                from mc_dossier d
                cross join (values (1, 'appraiseFile', 'Thẩm định hồ sơ', 'landoffice', 'chuyenvien'),
                                   (2, 'provideCadastralExtract', 'Cung cấp trích lục', 'landregistry', 'vpdk'),
                                   (3, 'approveConversion', 'Phê duyệt', 'landofficeleaders', 'lanhdao'),
                                   (4, 'issueTaxNotice', 'Thông báo thuế', 'taxoffice', 'thue'),
                                   (5, 'updateLandRecords', 'Cập nhật hồ sơ địa chính', 'landregistry', 'vpdk')) s(n, key, name, unit, prefix)
                cross join lateral (select d.received_at + (s.n - 1) * interval '1 day' as r) h
                """);
        sql(dataSource, """
                insert into mc_due_date_change (dossier_id, kind, old_due, new_due, reason, actor, changed_at)
                select id, 'APOLOGY', due_date - 5, due_date, 'Cần xác minh thêm', 'lanhdao1',
                    cast(due_date as timestamp) - (id % 8) * interval '1 day'
                from mc_dossier where extended
                """);
        // every file and hand-over is live until the rollup takes it (KpiLiveRows does
        // this for a registered file and an opened hand-over)
        sql(dataSource, "insert into mc_kpi_live_file (dossier_id) select id from mc_dossier");
        sql(dataSource, "insert into mc_kpi_live_handover (handover_id) select id from mc_handover");
        sql(dataSource, "analyze");
    }

    /** The same files as Camunda would have recorded them: a process instance, five tasks, the due-date variable. */
    private void generateHistory(DataSource dataSource) throws SQLException {
        String select = """
                select 'P' || g as id, r, case when open then null else r + (8 + g %% 12) * interval '1 day' + interval '2 hour' end as e,
                    cast(r as date) + 15 + g %% 5 as due, open
                from (select g, false as open, %s + (cast(g as bigint) * %d / %d) * interval '1 second' as r from generate_series(1, %d) g
                      union all
                      select %d + g, true, timestamp '%s' - (cast(g as bigint) * %d / %d) * interval '1 second' from generate_series(1, %d) g) s
                """.formatted("timestamp '" + now.minusMonths(24) + "'", 730L * 86400, camundaFiles, camundaFiles,
                camundaFiles, now, 40L * 86400, Math.max(1, camundaFiles / 20), Math.max(1, camundaFiles / 20));
        sql(dataSource, "create table bench_pi as " + select);
        sql(dataSource, """
                insert into ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, START_TIME_,
                    END_TIME_, DURATION_, ROOT_PROC_INST_ID_, STATE_)
                select id, id, 'B' || id, 'land-use-conversion', 'land-use-conversion:1:x', r, e,
                    case when e is null then null else cast(extract(epoch from e - r) * 1000 as bigint) end, id,
                    case when open then 'ACTIVE' else 'COMPLETED' end
                from bench_pi""");
        sql(dataSource, """
                insert into ACT_HI_VARINST (ID_, PROC_DEF_KEY_, PROC_INST_ID_, EXECUTION_ID_, ROOT_PROC_INST_ID_, NAME_,
                    VAR_TYPE_, CREATE_TIME_, REV_, TEXT_, STATE_)
                select 'V' || id, 'land-use-conversion', id, id, id, 'dossierDueDate', 'string', r, 0, cast(due as varchar),
                    'CREATED'
                from bench_pi""");
        sql(dataSource, """
                insert into ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_,
                    EXECUTION_ID_, NAME_, ASSIGNEE_, START_TIME_, END_TIME_, DURATION_, DUE_DATE_, PRIORITY_, TASK_STATE_)
                select p.id || '-' || s.n, s.key, 'land-use-conversion', 'land-use-conversion:1:x', p.id, p.id, p.id, s.key,
                    'officer' || (length(p.id) + s.n) % 7, h.r, h.e,
                    case when h.e is null then null else cast(extract(epoch from h.e - h.r) * 1000 as bigint) end,
                    h.r + interval '3 day', 50, case when h.e is null then 'Created' else 'Completed' end
                from bench_pi p
                cross join (values (1, 'appraiseFile'), (2, 'provideCadastralExtract'), (3, 'approveConversion'),
                                   (4, 'issueTaxNotice'), (5, 'updateLandRecords')) s(n, key)
                cross join lateral (select p.r + (s.n - 1) * interval '1 day' as r,
                    case when p.open and s.n = 5 then null
                         else p.r + (s.n - 1) * interval '1 day' + (1 + s.n %% 4) * interval '1 day' end as e) h
                """.replace("%%", "%"));
        sql(dataSource, "drop table bench_pi");
        sql(dataSource, "analyze");
    }

    /**
     * The dashboard's main figures the way one would without a register: page through historic
     * process and task instances with the engine's query API and aggregate in Java.
     */
    private NaiveFigures naive(HistoryService history) {
        Date start = Date.from(filter.start().atStartOfDay(DeadlineCalculator.ZONE).toInstant());
        Date end = Date.from(filter.end().atStartOfDay(DeadlineCalculator.ZONE).toInstant());
        List<HistoricProcessInstance> instances = new ArrayList<>();
        page(first -> history.createHistoricProcessInstanceQuery()
                .startedBefore(end).finishedAfter(start).orderByProcessInstanceId().asc().listPage(first, PAGE), instances);
        page(first -> history.createHistoricProcessInstanceQuery()
                .startedBefore(end).unfinished().orderByProcessInstanceId().asc().listPage(first, PAGE), instances);
        Map<String, LocalDate> due = new HashMap<>();
        for (int i = 0; i < instances.size(); i += 1000) {
            String[] ids = instances.subList(i, Math.min(i + 1000, instances.size())).stream()
                    .map(HistoricProcessInstance::getId).toArray(String[]::new);
            for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery().processInstanceIdIn(ids)
                    .variableName("dossierDueDate").disableCustomObjectDeserialization().list()) {
                due.put(v.getProcessInstanceId(), LocalDate.parse((String) v.getValue()));
            }
        }
        LocalDate asOf = filter.asOf(today);
        long received = 0, early = 0, onTime = 0, late = 0, overdue = 0, open = 0;
        for (HistoricProcessInstance p : instances) {
            if (!p.getStartTime().before(start)) {
                received++;
            }
            LocalDate dueDate = due.get(p.getId());
            if (p.getEndTime() != null && p.getEndTime().before(end)) {
                LocalDate finished = local(p.getEndTime()).toLocalDate();
                if (finished.isBefore(dueDate)) {
                    early++;
                } else if (finished.isEqual(dueDate)) {
                    onTime++;
                } else {
                    late++;
                }
            } else if (dueDate.isBefore(asOf)) {
                overdue++;
            } else {
                open++;
            }
        }
        List<HistoricTaskInstance> tasks = new ArrayList<>();
        // Paged by the task id, a unique key: the generated history has no activity instance ids, and
        // paging over an order with ties may skip or repeat rows.
        page(first -> history.createHistoricTaskInstanceQuery().finishedAfter(start).finishedBefore(end)
                .orderByTaskId().asc().listPage(first, PAGE), tasks);
        Map<String, List<Double>> hoursPerStep = new HashMap<>();
        Map<String, Long> latePerOfficerMonth = new HashMap<>();
        for (HistoricTaskInstance task : tasks) {
            hoursPerStep.computeIfAbsent(task.getTaskDefinitionKey(), k -> new ArrayList<>())
                    .add(task.getDurationInMillis() / 3_600_000.0);
            if (task.getDueDate() != null && task.getEndTime().after(task.getDueDate())) {
                latePerOfficerMonth.merge(task.getAssignee() + "|" + YearMonth.from(local(task.getEndTime())), 1L, Long::sum);
            }
        }
        Map<String, Double> medians = new HashMap<>();
        hoursPerStep.forEach((step, hours) -> {
            Collections.sort(hours);
            medians.put(step, ExactPercentile.of(hours, 0.5));
            ExactPercentile.of(hours, 0.9);
        });
        long openLate = history.createHistoricTaskInstanceQuery().unfinished().taskDueBefore(date(now)).count();
        long toProcess = instances.size();
        return new NaiveFigures(toProcess, early, onTime, late, "to process %,d (received %,d), early %,d, on time %,d, late %,d, overdue %,d, not due %,d, late rate %s, "
                .formatted(toProcess, received, early, onTime, late, overdue, open,
                        Figure.format(Rates.percent(late + overdue, toProcess), Figure.Kind.PERCENT))
                + "tasks %,d, steps %d, officer-months late %d, open late tasks %,d"
                        .formatted(tasks.size(), medians.size(), latePerOfficerMonth.size(), openLate));
    }

    /**
     * What the naive way found. The ratio compares like with like only if both ways count the same
     * files, so the finished files, generated alike on both sides, must agree with the dashboard.
     */
    private record NaiveFigures(long toProcess, long early, long onTime, long late, String text) {

        void mustAgreeWith(Counts dashboard) {
            if (toProcess != dashboard.toProcess() || early != dashboard.early() || onTime != dashboard.onTime()
                    || late != dashboard.late()) {
                throw new AssertionError("The naive figures (%s) differ from the dashboard's (%s)".formatted(text, dashboard));
            }
        }
    }

    private static <T> void page(java.util.function.IntFunction<List<T>> query, List<? super T> into) {
        for (int first = 0; ; first += PAGE) {
            List<T> page = query.apply(first);
            into.addAll(page);
            if (page.size() < PAGE) {
                return;
            }
        }
    }

    private double median(Supplier<?> query) {
        return surviving(() -> {
            query.get(); // warm-up: plans, caches
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                query.get();
                times.add((System.nanoTime() - t) / 1e6);
            }
            return medianOf(times);
        });
    }

    /**
     * The PostgreSQL server is shared, and a long run may see it restarted under it. The database
     * survives, so wait for the server and redo the step (a few times at most) rather than lose the run.
     */
    private static <T> T surviving(Supplier<T> step) {
        for (int attempt = 1; ; attempt++) {
            try {
                return step.get();
            } catch (RuntimeException e) {
                if (attempt == 3 || !connectionLost(e)) {
                    throw e;
                }
                waitForServer(e);
            }
        }
    }

    /** SQL states 08xxx (connection exception) and 57P0x (server shut down, restarting). */
    private static boolean connectionLost(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
        }
        return false;
    }

    private static void waitForServer(Throwable lost) {
        print("  connection lost (%s): waiting for PostgreSQL, then redoing the step", lost.getMessage().lines().findFirst().orElse(""));
        long until = System.nanoTime() + 300_000_000_000L;
        while (System.nanoTime() < until) {
            try (Connection c = DriverManager.getConnection(PG + "postgres", USER, PASSWORD)) {
                return;
            } catch (SQLException down) {
                try {
                    Thread.sleep(2_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalStateException("PostgreSQL did not come back within 5 minutes", lost);
    }

    private static double medianOf(List<Double> times) {
        List<Double> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        return ExactPercentile.of(sorted, 0.5);
    }

    private static Date date(LocalDateTime time) {
        return Date.from(time.atZone(ZoneId.systemDefault()).toInstant());
    }

    /** A moment as Vietnam's wall clock showed it: the dashboard counts Vietnamese days and months. */
    private static LocalDateTime local(Date date) {
        return LocalDateTime.ofInstant(Instant.ofEpochMilli(date.getTime()), DeadlineCalculator.ZONE);
    }

    private static HikariDataSource dataSource(String database) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(PG + database);
        config.setUsername(USER);
        config.setPassword(PASSWORD);
        config.setMaximumPoolSize(4);
        config.setConnectionInitSql("set jit = off"); // as the application's connections (application-postgres.yaml)
        return new HikariDataSource(config);
    }

    /** One statement in its own transaction: rolled back if the connection is lost, so it is redone whole. */
    private static void sql(DataSource dataSource, String sql) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute(sql);
                return;
            } catch (SQLException e) {
                if (attempt == 3 || !connectionLost(e)) {
                    throw e;
                }
                waitForServer(e);
            }
        }
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(PG + "postgres", USER, PASSWORD);
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static void print(String format, Object... args) {
        System.out.println("[kpi-benchmark] " + format.formatted(args));
        System.out.flush();
    }
}
