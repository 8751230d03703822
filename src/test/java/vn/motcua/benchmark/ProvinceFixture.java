package vn.motcua.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.motcua.demo.OfficerAnswers;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.ReceivedFile;

/**
 * A province-sized database on PostgreSQL, built in two stages.
 * <ol>
 * <li><b>Templates through the real code</b>: files received by {@link DossierService#receive} (the
 * service behind {@code POST /api/dossiers}) at the three demo communes' desks, over the six procedures,
 * then driven 0–3 steps further by completing their open task with the demo office's answers, so they
 * wait at different steps and units; a few are driven to their end (finished history). Everything the
 * application writes for them is real: executions, tasks with their candidate groups and the engine's
 * per-task authorizations, variables, step and file-clock timers, history, and the register's rows
 * (status history, due-date change, hand-overs, routes, documents, letters).</li>
 * <li><b>Copies by bulk SQL</b>: every template is copied {@code k} times with
 * {@code INSERT … SELECT … generate_series}. Every row that belongs to a template's process instances
 * (found through their business key, the file code, which every instance of a file carries) is copied
 * into the same table, with every id that names a row of the file (ids, instance, execution, task,
 * activity-instance, byte-array, variable-scope and authorization-resource ids) made the copy's own by
 * {@code fx_id}: the engine's ids are time-based UUIDs whose last 12 hex digits (the node) are the same for
 * every id, so writing the copy number there keeps ids unique and within their 64 characters; and the file code replaced by {@code <code>-nnnnnn} in business keys and variables. References
 * to shared rows (process definitions, job definitions, groups, users, activity ids) are kept. The
 * register's rows are copied the same way with a new {@code mc_dossier} id. So a copy is consistent by
 * construction: the engine can claim and complete its tasks, its timers fire, its file page opens.</li>
 * </ol>
 * What is not copied: the operation log, comments, attachments, incidents, the tracking book, portal
 * and complaint rows, the outbox and citizen-check rows (the copies' history is old news). Copies share their template's dates, applicant and parcel.
 */
final class ProvinceFixture {

    /** The demo communes with the desk officer who receives there; the weights make one unit large. */
    private static final String[][] DESKS = {{"26041", "tiepnhan1"}, {"26041", "tiepnhan1"}, {"26068", "tiepnhanap"},
            {"25219", "tiepnhanbgm"}, {"26041", "tiepnhan1"}};
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"};
    private static final String[] GIVEN = {"Văn An", "Thị Bình", "Minh Châu", "Thị Diệp", "Quốc Hùng", "Thu Hà",
            "Văn Khánh", "Thị Lan", "Hữu Nghĩa", "Ngọc Ánh"};

    /** Engine tables a file's rows are copied in, parents before children (foreign keys are checked per statement). */
    private static final List<String> ENGINE_TABLES = List.of("act_ge_bytearray", "act_ru_execution", "act_ru_task",
            "act_ru_variable", "act_ru_job", "act_ru_event_subscr", "act_ru_identitylink", "act_ru_authorization",
            "act_hi_procinst", "act_hi_actinst", "act_hi_taskinst", "act_hi_varinst", "act_hi_detail",
            "act_hi_identitylink", "act_hi_job_log", "act_hi_decinst", "act_hi_dec_in", "act_hi_dec_out");
    /** Columns holding the id of a row that belongs to the file: they get the copy's suffix. */
    private static final Set<String> OWN_IDS = Set.of("id_", "proc_inst_id_", "root_proc_inst_id_", "process_instance_id_",
            "execution_id_", "parent_id_", "super_exec_", "super_proc_inst_id_", "task_id_", "parent_task_id_",
            "bytearray_id_", "byte_array_id_", "exception_stack_id_", "job_exception_stack_id_", "act_inst_id_",
            "parent_act_inst_id_", "call_proc_inst_id_", "var_inst_id_", "job_id_", "dec_inst_id_",
            "root_dec_inst_id_", "resource_id_", "var_scope_");
    /** Which column names the owning file of a row, first non-null wins (through {@code fx_owner}). */
    private static final List<String> OWNER_COLUMNS = List.of("root_proc_inst_id_", "proc_inst_id_",
            "process_instance_id_", "execution_id_", "task_id_", "dec_inst_id_", "resource_id_", "id_");
    /** The register's tables that hang off a file, copied with the new file id. */
    private static final List<String> REGISTER_TABLES = List.of("mc_dossier_status", "mc_due_date_change", "mc_handover",
            "mc_dossier_route", "mc_dossier_document", "mc_letter", "mc_partner_exchange", "mc_lookup_secret");

    private final ConfigurableApplicationContext app;
    private final JdbcTemplate jdbc;

    ProvinceFixture(ConfigurableApplicationContext app) {
        this.app = app;
        this.jdbc = app.getBean(JdbcTemplate.class);
    }

    /** Whether this database already holds a fixture, maybe unfinished (kept from an earlier run). */
    boolean exists() {
        return tableExists("fx_tpl");
    }

    /** Whether its copies are all made. */
    boolean complete() {
        return tableExists("fx_done");
    }

    String describe() {
        return jdbc.queryForObject("select what from fx_done", String.class);
    }

    /** Stage 1: templates through the application's services. @return seconds taken */
    double templates(int open, int finished) {
        long started = System.nanoTime();
        DossierService dossiers = app.getBean(DossierService.class);
        ProcessEngine engine = app.getBean(ProcessEngine.class);
        List<String> procedures = OfficerAnswers.procedures().stream().sorted().toList();
        FileDriver driver = new FileDriver(engine.getRuntimeService(), engine.getTaskService(),
                engine.getManagementService(), OfficerAnswers::forStep, "dossier-deadlines", Duration.ofSeconds(120));
        jdbc.execute("create table fx_tpl (code varchar(60) primary key, finished boolean not null)");
        for (int i = 0; i < open + finished; i++) {
            boolean finish = i >= open;
            String procedure = procedures.get(i % procedures.size());
            String[] desk = DESKS[(i / procedures.size()) % DESKS.length];
            String name = FAMILY[i % FAMILY.length] + " " + GIVEN[(i / FAMILY.length) % GIVEN.length];
            Dossier dossier = dossiers.receive(new ReceivedFile(procedure, "fx-" + i,
                    i % 3 == 0 ? Channel.ONLINE : Channel.IN_PERSON,
                    new Dossier.Applicant(name, "0012030" + String.format(Locale.ROOT, "%05d", i), "0912345678", null,
                            "Thôn Đông"),
                    new Dossier.Parcel(String.valueOf(1 + i % 40), String.valueOf(100 + i), "Thôn Đông", desk[0], false),
                    "Hồ sơ mẫu " + i, null), desk[1]);
            if (finish) {
                driver.driveToEnd(dossier.code(), dossier.processInstanceId(), new Samples());
            } else {
                advance(engine.getTaskService(), dossier.code(), (i / (procedures.size() * DESKS.length)) % 4);
            }
            jdbc.update("insert into fx_tpl values (?, ?)", dossier.code(), finish);
        }
        waitForJobs();
        return (System.nanoTime() - started) / 1e9;
    }

    /** Completes the file's first open task {@code steps} times, as its officers would. */
    private static void advance(TaskService tasks, String code, int steps) {
        for (int s = 0; s < steps; s++) {
            List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(code).orderByTaskCreateTime().asc().list();
            if (open.isEmpty()) {
                return;
            }
            tasks.complete(open.get(0).getId(), OfficerAnswers.forStep(open.get(0).getTaskDefinitionKey()));
        }
    }

    /** Async steps and partner calls the job executor still owes the templates. */
    private void waitForJobs() {
        for (int i = 0; i < 120; i++) {
            Long due = jdbc.queryForObject("select count(*) from act_ru_job where (duedate_ is null or duedate_ <= now())"
                    + " and retries_ > 0 and suspension_state_ = 1", Long.class);
            if (due == 0) {
                return;
            }
            FileDriver.pause(500);
        }
    }

    /**
     * Stage 2: copies so that there are {@code openFiles} open and {@code finishedFiles} finished files.
     * @return a line of what was made, in seconds per phase
     */
    String multiply(int openFiles, int finishedFiles) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        long t = System.nanoTime();
        int openTemplates = jdbc.queryForObject("select count(*) from fx_tpl where not finished", Integer.class);
        int finishedTemplates = jdbc.queryForObject("select count(*) from fx_tpl where finished", Integer.class);
        int openCopies = Math.max(0, (openFiles - openTemplates + openTemplates - 1) / openTemplates);
        int finishedCopies = finishedTemplates == 0 ? 0
                : Math.max(0, (finishedFiles - finishedTemplates + finishedTemplates - 1) / finishedTemplates);
        if (tableExists("fx_owner")) {
            return copy(seconds, "resumed: " + jdbc.queryForObject("select count(*) from fx_n", Long.class) + " copies");
        }
        jdbc.execute("""
                create or replace function fx_id(v varchar, n int) returns varchar language sql immutable as $$
                  select case when v is null then null
                              when length(v) >= 36 then left(v, length(v) - 12) || lpad(to_hex(n), 12, '0')
                              else v || '-' || n end $$""");
        // fx_n: one row per copy, with its number, code and register id
        jdbc.execute("""
                create table fx_n as
                select t.code, d.id as dossier_id, g as n, t.code || '-' || lpad(g::text, 6, '0') as new_code,
                       nextval(pg_get_serial_sequence('mc_dossier', 'id')) as new_id
                from fx_tpl t join mc_dossier d on d.code = t.code
                cross join lateral generate_series(1, case when t.finished then %d else %d end) g"""
                .formatted(finishedCopies, openCopies));
        jdbc.execute("create index fx_n_code on fx_n (code)");
        // fx_owner: every id of a template's rows that other rows name, with the file code it belongs to
        jdbc.execute("""
                create table fx_owner as
                select distinct on (id) id, code from (
                  select p.id_ as id, p.business_key_ as code from act_hi_procinst p join fx_tpl t on t.code = p.business_key_
                  union all
                  select e.id_, t.code from act_ru_execution e join act_hi_procinst p on p.id_ = e.root_proc_inst_id_
                    join fx_tpl t on t.code = p.business_key_
                  union all
                  select k.id_, t.code from act_hi_taskinst k join act_hi_procinst p on p.id_ = k.root_proc_inst_id_
                    join fx_tpl t on t.code = p.business_key_
                  union all
                  select v.bytearray_id_, t.code from act_hi_varinst v join act_hi_procinst p on p.id_ = v.root_proc_inst_id_
                    join fx_tpl t on t.code = p.business_key_ where v.bytearray_id_ is not null
                  union all
                  select v.bytearray_id_, t.code from act_hi_detail v join act_hi_procinst p on p.id_ = v.root_proc_inst_id_
                    join fx_tpl t on t.code = p.business_key_ where v.bytearray_id_ is not null
                  union all
                  select v.bytearray_id_, t.code from act_ru_variable v join act_ru_execution e on e.id_ = v.execution_id_
                    join act_hi_procinst p on p.id_ = e.root_proc_inst_id_ join fx_tpl t on t.code = p.business_key_
                    where v.bytearray_id_ is not null
                  union all
                  select j.exception_stack_id_, t.code from act_ru_job j join act_hi_procinst p on p.id_ = j.root_proc_inst_id_
                    join fx_tpl t on t.code = p.business_key_ where j.exception_stack_id_ is not null
                  union all
                  select d.id_, t.code from act_hi_decinst d join act_hi_procinst p on p.id_ = d.root_proc_inst_id_
                    join fx_tpl t on t.code = p.business_key_
                ) o where id is not null order by id""");
        jdbc.execute("alter table fx_owner add primary key (id)");
        seconds.put("prepare", (System.nanoTime() - t) / 1e9);
        return copy(seconds, String.format(Locale.ROOT, "%d open files (%d templates x %d copies), %d finished (%d x %d)",
                openTemplates * (openCopies + 1), openTemplates, openCopies, finishedTemplates * (finishedCopies + 1),
                finishedTemplates, finishedCopies));
    }

    /**
     * The copies, table by table; a table that already holds copies (a run stopped half-way and started
     * again with the same database) is skipped, and so is every table in {@code province.skip-tables}.
     */
    private String copy(Map<String, Double> seconds, String made) {
        Set<String> skipped = Set.of(System.getProperty("province.skip-tables", "").split(","));
        long rows = 0;
        for (String table : ENGINE_TABLES) {
            if (skipped.contains(table) || Boolean.TRUE.equals(jdbc.queryForObject(
                    "select exists (select 1 from " + table + " where right(id_, 12) like '0000%')", Boolean.class))) {
                continue;
            }
            long t = System.nanoTime();
            rows += copyEngineTable(table);
            seconds.put(table, (System.nanoTime() - t) / 1e9);
        }
        if (!Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from mc_dossier where code ~ '-[0-9]{4}-[0-9]{6}$')", Boolean.class))) {
            long t = System.nanoTime();
            rows += copyRegister();
            seconds.put("register", (System.nanoTime() - t) / 1e9);
        }
        long t = System.nanoTime();
        unlimited("analyze");
        seconds.put("analyze", (System.nanoTime() - t) / 1e9);
        String what = String.format(Locale.ROOT, "%s, %,d rows copied%s; seconds: %s", made, rows,
                skipped.size() > 1 || !skipped.contains("") ? " (not copied: " + String.join(", ", skipped) + ")" : "",
                seconds.entrySet().stream().map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%.1f", e.getValue()))
                        .collect(Collectors.joining(", ")));
        jdbc.execute("create table fx_done (what text)");
        jdbc.update("insert into fx_done values (?)", what);
        return what;
    }

    private boolean tableExists(String table) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from information_schema.tables where table_name = ?)", Boolean.class, table));
    }

    private long copyEngineTable(String table) {
        List<String> columns = jdbc.queryForList("select column_name from information_schema.columns where table_name = ?"
                + " and table_schema = current_schema() order by ordinal_position", String.class, table);
        List<String> owners = OWNER_COLUMNS.stream().filter(columns::contains)
                .filter(c -> !table.equals("act_ru_authorization") || c.equals("resource_id_")).toList();
        List<String> values = new ArrayList<>();
        for (String column : columns) {
            if (OWN_IDS.contains(column)) {
                values.add("fx_id(r." + column + ", n.n)");
            } else if (column.equals("business_key_")) {
                values.add("case when r.business_key_ = n.code then n.new_code else r.business_key_ end");
            } else if (column.equals("text_") || column.equals("text2_")) {
                values.add("case when r." + column + " = n.code then n.new_code else r." + column + " end");
            } else {
                values.add("r." + column);
            }
        }
        String sql = "insert into " + table + " (" + String.join(", ", columns) + ") select " + String.join(", ", values)
                + " from " + table + " r join fx_owner o on o.id = coalesce("
                + owners.stream().map(c -> "r." + c).collect(Collectors.joining(", "))
                + ") join fx_n n on n.code = o.code";
        return unlimited(sql);
    }

    /**
     * A bulk statement without the benchmark's statement timeout (which stops an officer's query that
     * would run for minutes), on one connection.
     */
    private long unlimited(String sql) {
        return jdbc.execute((java.sql.Connection c) -> {
            try (java.sql.Statement s = c.createStatement()) {
                s.execute("set statement_timeout = 0");
                try {
                    return (long) s.executeUpdate(sql);
                } finally {
                    s.execute("set statement_timeout = " + OfficerLatencyBench.STATEMENT_TIMEOUT_MS);
                }
            }
        });
    }

    private long copyRegister() {
        List<String> columns = columns("mc_dossier");
        List<String> values = columns.stream().map(c -> switch (c) {
            case "id" -> "n.new_id";
            case "code" -> "n.new_code";
            case "code_reversed" -> "reverse(n.new_code)";
            case "client_request_id" -> "null";
            case "process_instance_id" -> "fx_id(r.process_instance_id, n.n)";
            default -> "r." + c;
        }).toList();
        long rows = unlimited("insert into mc_dossier (" + String.join(", ", columns) + ") select "
                + String.join(", ", values) + " from mc_dossier r join fx_n n on n.dossier_id = r.id");
        Set<String> skipped = Set.of(System.getProperty("province.skip-tables", "").split(","));
        for (String table : REGISTER_TABLES) {
            if (skipped.contains(table)) {
                continue;
            }
            List<String> cols = columns(table).stream()
                    .filter(c -> !c.equals("id") || table.equals("mc_lookup_secret")).toList();
            List<String> vals = cols.stream().map(c -> switch (c) {
                case "dossier_id" -> "n.new_id";
                case "task_id", "process_instance_id", "exchange_key" -> "fx_id(r." + c + ", n.n)";
                default -> "r." + c;
            }).toList();
            rows += unlimited("insert into " + table + " (" + String.join(", ", cols) + ") select "
                    + String.join(", ", vals) + " from " + table + " r join fx_n n on n.dossier_id = r.dossier_id");
        }
        // The joins below find copies among millions of fresh rows: without statistics PostgreSQL plans them from the
        // big side (with 2,000,000 finished files one ran over 10 minutes and was stopped; after ANALYZE, 3 minutes).
        unlimited("analyze mc_dossier");
        unlimited("analyze mc_handover");
        // The copy's open tasks wait in the same queues as its template's (the queue names the file by its code).
        rows += unlimited("insert into mc_work_item (task_id, group_id, assignee, appointment, due_at, file_code)"
                + " select fx_id(r.task_id, n.n), r.group_id, r.assignee, r.appointment, r.due_at, n.new_code"
                + " from mc_work_item r join mc_dossier d on d.code = r.file_code join fx_n n on n.dossier_id = d.id");
        // A copy is live on the dashboard if its template is. The copies' history is old news: nothing is
        // queued for the portal or the applicant (mc_history_outbox), nor a citizen ID check (mc_citizen_check).
        rows += unlimited("insert into mc_kpi_live_file (dossier_id) select n.new_id from fx_n n"
                + " join mc_kpi_live_file l on l.dossier_id = n.dossier_id");
        // A copied hand-over has a new id; its task id (mapped like the copy's, fx_id) finds it.
        rows += unlimited("insert into mc_kpi_live_handover (handover_id) select c.id from mc_kpi_live_handover l"
                + " join mc_handover r on r.id = l.handover_id join fx_n n on n.dossier_id = r.dossier_id"
                + " join mc_handover c on c.task_id = fx_id(r.task_id, n.n)");
        return rows;
    }

    private List<String> columns(String table) {
        return jdbc.queryForList("select column_name from information_schema.columns where table_name = ?"
                + " and table_schema = current_schema() order by ordinal_position", String.class, table);
    }
}
