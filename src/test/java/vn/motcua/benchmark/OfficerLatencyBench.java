package vn.motcua.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.motcua.MotcuaApplication;
import vn.motcua.demo.OfficerAnswers;
import vn.motcua.support.HttpCalls;

/**
 * What an officer waits for at province size, not a test: {@code ./mvnw -B verify -Pofficer-latency
 * [-Dprovince.files=150000] [-Dprovince.finished=20000] [-Dprovince.database=motcua_province] [-Dprovince.runs=40]}.
 * Builds (or reuses) a {@link ProvinceFixture} on the PostgreSQL server at 127.0.0.1:5432, starts the
 * application on it (job executor on) and times, through HTTP as Tasklist, the pages and Cockpit call them,
 * every officer action: p50/p95/p99 per action, sequential calls after a warm-up.
 */
class OfficerLatencyBench {

    /** An officer's query still running after this is stopped by PostgreSQL and reported as such (HTTP 500). */
    static final int STATEMENT_TIMEOUT_MS = Integer.getInteger("province.statement-timeout-ms", 60_000);
    private static final String OFFICER = "vpdk1:demo";
    private static final String SMALL_UNIT = "vpdkpl:demo";
    private static final String DESK = "tiepnhan1:demo";
    private static final String SUPERVISOR = "giamsat1:demo";
    private static final String[] FILTERS = {"Việc của tôi", "Việc của đơn vị", "Sắp đến hạn", "Quá hạn"};
    /** What Tasklist posts for a list: its sort comes from the address (task-cards.js: by appointment). */
    private static final String TASKLIST_BODY = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
            + "\"firstResult\":0,\"maxResults\":15,\"active\":true,"
            + "\"orQueries\":[],\"sorting\":[{\"sortBy\":\"processVariable\",\"sortOrder\":\"asc\",\"parameters\":"
            + "{\"variable\":\"dossierDueDate\",\"type\":\"String\"}}]}";
    /** A body the work queue does not answer (its own sort): the engine's count, to compare. */
    private static final String ENGINE_ONLY = "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"asc\"}]}";
    private static final Pattern TASK_ID = Pattern.compile("\"id\":\"([^\"]+)\",\"name\"");

    private final Map<String, Samples> results = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    @Test
    void run() throws Exception {
        int files = Integer.getInteger("province.files", 3000);
        int finished = Integer.getInteger("province.finished", 300);
        int templates = Integer.getInteger("province.templates", 60);
        int finishedTemplates = Integer.getInteger("province.finished-templates", 6);
        int runs = Integer.getInteger("province.runs", 30);
        String keep = System.getProperty("province.database", "");
        boolean[] created = {true};
        BenchDatabase database = keep.isBlank() ? BenchDatabase.create("postgres") : BenchDatabase.postgres(keep, created);
        try {
            ConfigurableApplicationContext app = boot(database);
            try {
                ProvinceFixture fixture = new ProvinceFixture(app);
                if (fixture.exists() && !fixture.complete()) {
                    log("copies, resumed: %s", fixture.multiply(files, finished));
                } else if (fixture.exists()) {
                    log("reusing the fixture in %s: %s", database.name(), fixture.describe());
                } else {
                    log("templates: %d open and %d finished files through DossierService", templates, finishedTemplates);
                    double s = fixture.templates(templates, finishedTemplates);
                    log("templates took %.1f s", s);
                    log("copies: %s", fixture.multiply(files, finished));
                }
                printSize(app);
                measure(app, runs);
            } finally {
                app.close();
            }
        } finally {
            if (keep.isBlank()) {
                database.drop();
            }
        }
        print();
        assertThat(problems).isEmpty();
    }

    private static ConfigurableApplicationContext boot(BenchDatabase database) {
        List<String> arguments = new ArrayList<>(database.springArguments());
        arguments.addAll(List.of("--server.port=0", "--motcua.demo.enabled=true", "--motcua.demo.password=demo",
                "--logging.level.root=WARN", "--spring.main.banner-mode=off", "--motcua.simulator.error-rate=0",
                "--motcua.simulator.answer-delay=10ms",
                "--spring.datasource.hikari.connection-init-sql=set jit = off; set statement_timeout = " + STATEMENT_TIMEOUT_MS,
                // "before": without the application's fix for task queries (TaskQueryPlanning)
                "--motcua.task-query-planning.enabled=" + !Boolean.getBoolean("province.before"),
                // each of the later fixes can be left out, to measure what it brings
                "--motcua.work-queue-lists.enabled=" + System.getProperty("province.work-queue", "true"),
                "--motcua.authorization-groups-as-given.enabled=" + System.getProperty("province.groups-as-given", "true")));
        return new SpringApplicationBuilder(MotcuaApplication.class).run(arguments.toArray(String[]::new));
    }

    private void printSize(ConfigurableApplicationContext app) {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        log("size: %s", jdbc.queryForObject("""
                select format('%s files open, %s finished; %s open tasks (unassigned: %s of landregistry, %s of phuoclonglandregistry), %s jobs, '
                 || '%s runtime variables, %s authorizations, %s historic activity instances, %s historic variables, database %s',
                 (select count(*) from mc_dossier where status not in ('FINISHED','RETURNED','WITHDRAWN','REFUSED')),
                 (select count(*) from mc_dossier where status = 'FINISHED'),
                 (select count(*) from act_ru_task),
                 (select count(*) from act_ru_task t join act_ru_identitylink l on l.task_id_ = t.id_
                   where l.group_id_ = 'landregistry' and l.type_ = 'candidate' and t.assignee_ is null),
                 (select count(*) from act_ru_task t join act_ru_identitylink l on l.task_id_ = t.id_
                   where l.group_id_ = 'phuoclonglandregistry' and l.type_ = 'candidate' and t.assignee_ is null),
                 (select count(*) from act_ru_job), (select count(*) from act_ru_variable),
                 (select count(*) from act_ru_authorization), (select count(*) from act_hi_actinst),
                 (select count(*) from act_hi_varinst), pg_size_pretty(pg_database_size(current_database())))""",
                String.class));
    }

    private void measure(ConfigurableApplicationContext app, int runs) throws Exception {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        HttpCalls http = new HttpCalls(port);
        FilterService filters = app.getBean(FilterService.class);
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        int warmup = 5;
        for (String name : FILTERS) {
            String id = filters.createTaskFilterQuery().filterName(name).singleResult().getId();
            time("list " + name, runs, warmup, () -> http.sendHal("POST",
                    "/engine-rest/filter/" + id + "/list?firstResult=0&maxResults=15", OFFICER, TASKLIST_BODY));
            time("count " + name, runs, warmup, () -> http.post("/engine-rest/filter/" + id + "/count", OFFICER, "{}"));
        }
        // The counts the work queue gives (when on) are the engine's own, for the officer's two queues.
        for (String name : List.of("Việc của tôi", "Việc của đơn vị")) {
            String id = filters.createTaskFilterQuery().filterName(name).singleResult().getId();
            String served = http.post("/engine-rest/filter/" + id + "/count", OFFICER, "{}").body();
            String engine = http.post("/engine-rest/filter/" + id + "/count", OFFICER, ENGINE_ONLY).body();
            log("%-42s %s, the engine's own %s", "count " + name, served, engine);
            if (!served.equals(engine)) {
                problems.add("count " + name + ": " + served + " from the queue, " + engine + " from the engine");
            }
        }
        // a smaller unit: the registry branch of one remote commune
        String unitFilter = filters.createTaskFilterQuery().filterName("Việc của đơn vị").singleResult().getId();
        time("list Việc của đơn vị (vpdkpl)", runs, warmup, () -> http.sendHal("POST",
                "/engine-rest/filter/" + unitFilter + "/list?firstResult=0&maxResults=15", SMALL_UNIT, TASKLIST_BODY));
        time("count Việc của đơn vị (vpdkpl)", runs, warmup,
                () -> http.post("/engine-rest/filter/" + unitFilter + "/count", SMALL_UNIT, "{}"));
        // tasks of the unit, copies included: opened, claimed and completed as the officer does in Tasklist
        String unit = filters.createTaskFilterQuery().filterName("Việc của đơn vị").singleResult().getId();
        List<String> tasks = new ArrayList<>();
        Matcher m = TASK_ID.matcher(http.sendHal("POST", "/engine-rest/filter/" + unit + "/list?firstResult=0&maxResults="
                + (runs + warmup) * 2, OFFICER, "{}").body());
        while (m.find()) {
            tasks.add(m.group(1));
        }
        long copies = tasks.stream().filter(t -> t.matches(".*-0000[0-9a-f]{8}$")).count();
        log("%d unit tasks to open, claim and complete, %d of them copies", tasks.size(), copies);
        TaskService taskService = app.getBean(TaskService.class);
        int[] next = {0};
        List<String> claimed = new ArrayList<>();
        time("task open: task", runs, warmup, () -> http.get("/engine-rest/task/" + tasks.get(next[0]), OFFICER));
        time("task open: form-variables", runs, warmup,
                () -> http.get("/engine-rest/task/" + tasks.get(next[0]++ % tasks.size()) + "/form-variables", OFFICER));
        time("task open: deployed-form", runs, warmup,
                () -> http.get("/engine-rest/task/" + tasks.get(next[0]++ % tasks.size()) + "/deployed-form", OFFICER));
        next[0] = 0;
        time("claim", runs, warmup, () -> {
            String id = tasks.get(next[0]++);
            claimed.add(id);
            return http.post("/engine-rest/task/" + id + "/claim", OFFICER, "{\"userId\":\"vpdk1\"}");
        });
        next[0] = 0;
        time("complete (submit-form)", runs, warmup, () -> {
            String id = claimed.get(next[0]++);
            Task task = taskService.createTaskQuery().taskId(id).singleResult();
            return http.post("/engine-rest/task/" + id + "/submit-form", OFFICER,
                    "{\"variables\":" + restVariables(OfficerAnswers.forStep(task.getTaskDefinitionKey())) + "}");
        });
        // copies of files the officer's unit holds now, so that he may read them
        List<String> codes = jdbc.queryForList("""
                select distinct e.business_key_ from act_ru_task t join act_ru_identitylink l on l.task_id_ = t.id_
                join act_ru_execution e on e.id_ = t.proc_inst_id_
                where l.group_id_ = 'landregistry' and l.type_ = 'candidate' and e.business_key_ like '%-0%' limit ?""",
                String.class, runs + warmup);
        HttpCalls tasklist = new HttpCalls(port);
        assertThat(tasklist.webappLogin("tasklist", "vpdk1", "demo").statusCode()).isEqualTo(200);
        next[0] = 0;
        time("file page /files/{code}", runs, warmup, () -> tasklist.get("/files/" + codes.get(next[0]++ % codes.size()), null));
        next[0] = 0;
        String[] queries = {"nguyen", "nguyen van an", "diep", "001203000012"};
        for (String q : queries) {
            time("search '" + q + "'", runs, warmup,
                    () -> http.get("/api/files/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), OFFICER));
        }
        time("search code tail", runs, warmup, () -> {
            String code = codes.get(next[0]++ % codes.size());
            return http.get("/api/files/search?q=" + code.substring(code.length() - 13), OFFICER);
        });
        int[] received = {0};
        time("reception POST /api/dossiers", runs, warmup, () -> http.post("/api/dossiers", DESK,
                "{\"procedureKey\":\"land-use-conversion\",\"channel\":\"IN_PERSON\",\"applicant\":{\"fullName\":"
                        + "\"Trần Thị Đo\",\"idNumber\":\"0012039" + String.format(Locale.ROOT, "%05d", received[0]++)
                        + "\",\"address\":\"Thôn Đông\"},\"parcel\":{\"communeCode\":\"26041\",\"mapSheet\":\"12\","
                        + "\"parcelNumber\":\"345\",\"address\":\"Thôn Đông, xã Long Thành\"},\"requestSummary\":\"\"}"));
        time("cockpit: process-definition statistics", runs, warmup,
                () -> http.get("/engine-rest/process-definition/statistics?rootIncidents=true", SUPERVISOR));
        next[0] = 0;
        time("cockpit: instances by business key", runs, warmup, () -> http.post(
                "/engine-rest/process-instance?firstResult=0&maxResults=50", SUPERVISOR,
                "{\"businessKey\":\"" + codes.get(next[0]++ % codes.size()) + "\"}"));
        time("cockpit: history by business key", runs, warmup, () -> http.post(
                "/engine-rest/history/process-instance?firstResult=0&maxResults=50", SUPERVISOR,
                "{\"processInstanceBusinessKey\":\"" + codes.get(next[0]++ % codes.size()) + "\"}"));
    }

    @FunctionalInterface
    private interface Call {
        HttpResponse<String> send() throws Exception;
    }

    private void time(String action, int runs, int warmup, Call call) throws Exception {
        if (!action.matches(System.getProperty("province.actions", ".*"))) {
            return;
        }
        Samples samples = new Samples();
        for (int i = 0; i < warmup + runs; i++) {
            long started = System.nanoTime();
            HttpResponse<String> response = call.send();
            long took = System.nanoTime() - started;
            if (response.statusCode() >= 300) {
                problems.add(action + ": " + response.statusCode() + " " + abbreviate(response.body()));
                break;
            }
            if (i >= warmup) {
                samples.add(took);
            }
        }
        results.put(action, samples);
        log("%-42s p50 %7.1f  p95 %7.1f  p99 %7.1f ms (%d)", action, samples.medianMillis(), samples.p95Millis(),
                samples.percentileMillis(0.99), samples.count());
    }

    private void print() {
        System.out.println();
        System.out.println("Officer latency (PostgreSQL, sequential HTTP calls, milliseconds; task-query planning "
                + (Boolean.getBoolean("province.before") ? "OFF: before" : "on") + ", work queue lists "
                + System.getProperty("province.work-queue", "true") + ", authorization groups as given "
                + System.getProperty("province.groups-as-given", "true") + ")");
        System.out.printf("%-42s %8s %8s %8s %6s%n", "action", "p50", "p95", "p99", "n");
        results.forEach((action, s) -> System.out.printf(Locale.ROOT, "%-42s %8.1f %8.1f %8.1f %6d%s%n", action,
                s.medianMillis(), s.p95Millis(), s.percentileMillis(0.99), s.count(), s.p95Millis() > 300 ? "  > 300" : ""));
        problems.forEach(p -> System.out.println("PROBLEM " + p));
    }

    /** The engine's REST form of a variable map (strings, booleans and numbers are all the answers hold). */
    private static String restVariables(Map<String, Object> variables) {
        StringBuilder json = new StringBuilder("{");
        variables.forEach((name, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            String v = value instanceof String s ? "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\""
                    : String.valueOf(value);
            json.append('"').append(name).append("\":{\"value\":").append(v).append('}');
        });
        return json.append('}').toString();
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    private static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[officer-latency] " + format + "%n", args);
    }
}
