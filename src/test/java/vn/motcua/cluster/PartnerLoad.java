package vn.motcua.cluster;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.support.ClusterNode;

/**
 * The land office at work during the faults: land-use-conversion files appraised through the
 * engine's REST API on whichever node is alive, as Tasklist would, so that each appraisal opens a
 * partner exchange (the cadastral extract from the land registration office) whose request is sent
 * by a job on any node and answered later by the simulated agency on node-b.
 */
final class PartnerLoad {

    static final String PROCEDURE = "land-use-conversion";
    static final String STEP = "appraiseFile";
    static final String NEXT_STEP = "approveConversion";
    /** The simulator keys its request counts "agency:key"; this agency gets the cadastral extract. */
    static final String AGENCY = "land-registry";
    private static final String OFFICER = "chuyenvien1";
    private static final String CREDENTIALS = OFFICER + ":demo";
    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(150);
    /** After a send's retry ran, the agency answers after its answer delay (ClusterIT.ANSWER_DELAY) plus the callback. */
    private static final Duration ANSWER_AFTER_RETRY = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One appraisal: the node whose answer ended it, and the attempts it took (a node or PostgreSQL away). */
    record Appraisal(String code, String node, int attempts, String error) {
        boolean done() {
            return error == null;
        }
    }

    /** What the simulated agencies on node-b saw: requests per "agency:key", distinct effects, answers, portal keys. */
    record SimulatorEffects(Map<String, Integer> requests, int effects, int answered, int reminders,
            List<String> portalKeys) {

        int requestCount(String agency) {
            return requests.entrySet().stream().filter(e -> e.getKey().startsWith(agency + ":"))
                    .mapToInt(Map.Entry::getValue).sum();
        }

        long keyCount(String agency) {
            return requests.keySet().stream().filter(k -> k.startsWith(agency + ":")).count();
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Supplier<List<ClusterNode>> liveNodes;
    private final JdbcTemplate db;
    private final ConcurrentLinkedQueue<Appraisal> appraisals = new ConcurrentLinkedQueue<>();
    private final AtomicInteger next = new AtomicInteger();

    PartnerLoad(Supplier<List<ClusterNode>> liveNodes, JdbcTemplate db) {
        this.liveNodes = liveNodes;
        this.db = db;
    }

    /** Fresh (not overdue) land-use-conversion files, so each one waits at the appraisal. */
    static List<FileLoad.Request> files(String run, int count) {
        List<FileLoad.Request> requests = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            requests.add(new FileLoad.Request(run + "-partner-" + i, PROCEDURE, false));
        }
        return requests;
    }

    /** Waits until every file has its open appraisal task. */
    void awaitAppraisalTasks(List<String> codes, Duration timeout) throws InterruptedException {
        Instant giveUp = Instant.now().plus(timeout);
        while (true) {
            Integer open = db.queryForObject("""
                    select count(distinct p.business_key_) from act_ru_task t join act_ru_execution p on p.id_ = t.proc_inst_id_
                    where t.task_def_key_ = ? and p.business_key_ in (%s)""".formatted(placeholders(codes.size())),
                    Integer.class, params(STEP, codes));
            if (open != null && open == codes.size()) {
                return;
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException("only " + open + " of " + codes.size() + " files reached " + STEP
                        + " within " + timeout);
            }
            Thread.sleep(250);
        }
    }

    /**
     * Appraises the files with {@code threads} officers at once, one every {@code pace} per officer,
     * so the partner requests keep coming while a fault happens; returns at once.
     */
    Future<?> appraiseAsync(List<String> codes, int threads, Duration pace) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> calls = new ArrayList<>();
        for (String code : codes) {
            calls.add(pool.submit(() -> {
                appraisals.add(appraise(code));
                pause(pace.toMillis());
            }));
        }
        pool.shutdown();
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "partner-load-wait");
            t.setDaemon(true);
            return t;
        }).submit(() -> {
            for (Future<?> call : calls) {
                call.get();
            }
            return null;
        });
    }

    /**
     * Claims and completes the file's appraisal on a live node. A lost answer (the node died, the
     * database went away) is retried; a task already gone was completed by the lost call.
     */
    Appraisal appraise(String code) {
        Instant giveUp = Instant.now().plus(GIVE_UP_AFTER);
        String lastError = null;
        for (int attempt = 1; Instant.now().isBefore(giveUp); attempt++) {
            List<ClusterNode> nodes = liveNodes.get();
            if (nodes.isEmpty()) {
                pause(500);
                continue;
            }
            ClusterNode node = nodes.get(Math.floorMod(next.getAndIncrement(), nodes.size()));
            try {
                HttpResponse<String> found = call(node, "GET", "/engine-rest/task?processInstanceBusinessKey="
                        + URLEncoder.encode(code, StandardCharsets.UTF_8) + "&taskDefinitionKey=" + STEP, null);
                if (found.statusCode() != 200) {
                    throw new IOException("task query " + found.statusCode() + " " + abbreviate(found.body()));
                }
                JsonNode tasks = JSON.readTree(found.body());
                if (tasks.isEmpty()) {
                    if (appraised(code)) {
                        return new Appraisal(code, node.name(), attempt, null);
                    }
                    throw new IOException("no open " + STEP + " task and none completed");
                }
                String task = tasks.get(0).get("id").asText();
                expect(call(node, "POST", "/engine-rest/task/" + task + "/claim", "{\"userId\":\"" + OFFICER + "\"}"), "claim");
                expect(call(node, "POST", "/engine-rest/task/" + task + "/complete", """
                        {"variables": {"appraisalDecision": {"value": "PROCEED"},
                                       "appraisalFindings": {"value": "Hồ sơ hợp lệ, đủ điều kiện chuyển mục đích (thử cụm)"}}}"""),
                        "complete");
                return new Appraisal(code, node.name(), attempt, null);
            } catch (IOException | DataAccessException e) {
                lastError = node.name() + ": " + e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Appraisal(code, null, attempt, "interrupted");
            }
            pause(300);
        }
        return new Appraisal(code, null, -1, "gave up: " + lastError);
    }

    List<Appraisal> appraisals() {
        return List.copyOf(appraisals);
    }

    List<String> appraisedCodes() {
        return appraisals.stream().filter(Appraisal::done).map(Appraisal::code).toList();
    }

    /**
     * Waits until every exchange of these files is answered; returns how long that took. The wait
     * is {@code timeout}, or longer while an unanswered exchange's send waits for its next retry
     * (a 503 is retried after 1, 5, 15 min...): that request is late, not lost, and is proven sent
     * once the retry ran. Never longer than {@code limit}.
     */
    Duration awaitAnswered(List<String> codes, Duration timeout, Duration limit) throws InterruptedException {
        Instant start = Instant.now();
        Instant giveUp = start.plus(timeout);
        Instant hardStop = start.plus(limit);
        while (Instant.now().isBefore(giveUp)) {
            Integer waiting = db.queryForObject("""
                    select count(*) from mc_dossier d
                    where d.code in (%s)
                      and not exists (select 1 from mc_partner_exchange x where x.dossier_id = d.id and x.status = 'ANSWERED')"""
                    .formatted(placeholders(codes.size())), Integer.class, codes.toArray());
            if (waiting != null && waiting == 0) {
                return Duration.between(start, Instant.now());
            }
            Timestamp nextRetry = db.queryForObject("""
                    select max(greatest(j.duedate_, j.lock_exp_time_)) from mc_partner_exchange x
                    join act_ru_job j on j.process_instance_id_ = x.process_instance_id
                    where x.status in ('OPEN', 'SENT') and j.retries_ > 0 and j.exception_msg_ is not null""",
                    Timestamp.class);
            if (nextRetry != null) {
                Instant afterRetry = nextRetry.toInstant().plus(ANSWER_AFTER_RETRY);
                giveUp = afterRetry.isAfter(giveUp) ? (afterRetry.isBefore(hardStop) ? afterRetry : hardStop) : giveUp;
            }
            Thread.sleep(500);
        }
        return Duration.between(start, Instant.now()); // the partner checks name what is left
    }

    /**
     * Each exchange of these files not answered yet, with its process's jobs (retries left, due
     * date, last error) and incidents: what to read when the partner checks fail.
     */
    List<String> unanswered(List<String> codes) {
        return db.query("""
                select d.code, x.exchange_key, x.status, x.sent_at,
                       (select string_agg('job ' || j.handler_cfg_ || ' retries ' || j.retries_ || ' due ' || j.duedate_
                               || coalesce(' locked by ' || j.lock_owner_, '') || coalesce(' error: ' || j.exception_msg_, ''), '; ')
                        from act_ru_job j where j.process_instance_id_ = x.process_instance_id) as jobs,
                       (select string_agg(i.incident_type_ || ': ' || coalesce(i.incident_msg_, ''), '; ')
                        from act_ru_incident i where i.proc_inst_id_ = x.process_instance_id) as incidents,
                       (select string_agg(a.act_id_, ',') from act_ru_execution a
                        where a.proc_inst_id_ = x.process_instance_id and a.act_id_ is not null) as at_activities
                from mc_partner_exchange x join mc_dossier d on d.id = x.dossier_id
                where d.code in (%s) and x.status <> 'ANSWERED'
                order by d.code""".formatted(placeholders(codes.size())),
                (rs, i) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " sent " + rs.getTimestamp(4)
                        + " at " + rs.getString(7) + ", jobs [" + rs.getString(5) + "], incidents [" + rs.getString(6) + "]",
                codes.toArray());
    }

    /** {@code GET /simulator/effects} on the node that plays the agencies. */
    static SimulatorEffects effects(ClusterNode simulator) throws Exception {
        HttpResponse<String> response = simulator.http().get("/simulator/effects", null);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET /simulator/effects: " + response.statusCode() + " " + response.body());
        }
        JsonNode root = JSON.readTree(response.body());
        Map<String, Integer> requests = new LinkedHashMap<>();
        root.path("requests").fields().forEachRemaining(e -> requests.put(e.getKey(), e.getValue().asInt()));
        List<String> portalKeys = new ArrayList<>();
        root.path("portalStatuses").forEach(status -> portalKeys.add(status.path("key").asText()));
        return new SimulatorEffects(requests, root.path("effects").asInt(), root.path("answered").asInt(),
                root.path("reminders").asInt(), portalKeys);
    }

    private boolean appraised(String code) {
        Integer done = db.queryForObject("""
                select count(*) from act_hi_taskinst t join act_hi_procinst p on p.id_ = t.proc_inst_id_
                where p.business_key_ = ? and t.task_def_key_ = ? and t.end_time_ is not null""",
                Integer.class, code, STEP);
        return done != null && done > 0;
    }

    private HttpResponse<String> call(ClusterNode node, String method, String path, String body)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(node.http().uri(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(CREDENTIALS.getBytes(StandardCharsets.UTF_8)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void expect(HttpResponse<String> response, String what) throws IOException {
        if (response.statusCode() != 204 && response.statusCode() != 200) {
            throw new IOException(what + " " + response.statusCode() + " " + abbreviate(response.body()));
        }
    }

    private static String placeholders(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }

    private static Object[] params(String first, List<String> rest) {
        List<Object> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all.toArray();
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
