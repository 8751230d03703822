package vn.motcua.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import vn.motcua.support.ClusterNode;
import vn.motcua.support.TestDatabase;

/**
 * Two application nodes on one PostgreSQL database, as separate processes: files arrive through
 * the desk API with deadline timers already due, one node is killed with SIGKILL while it holds
 * jobs, the killed node comes back, PostgreSQL restarts under load, and afterwards SQL on the
 * shared database proves that nothing was lost, duplicated or left stuck ({@link ClusterChecks}).
 * Run with {@code ./mvnw verify -Pcluster}.
 */
class ClusterIT {

    /** Short, so the surviving node re-runs a dead node's jobs within the test (production keeps 5 min). */
    private static final Duration LOCK_TIME = Duration.ofSeconds(20);
    private static final String FAILED_JOB_RETRY = "R5/PT20S";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final int FILES_PER_WAVE = 150;
    private static final int CALLERS = 6;
    /** Land-use-conversion files appraised during the faults, each opening one partner exchange. */
    private static final int PARTNER_FILES = 48;
    private static final Duration APPRAISAL_PACE = Duration.ofMillis(300);
    /**
     * Longer than the lock time: a request the agency acted on before node-a died is sent again by the
     * re-run job (same key) before the answer comes, so the agency must count it twice and act once.
     * A 503 (error-rate) makes the engine retry a send after 1, then 5 min.
     */
    private static final Duration ANSWER_DELAY = LOCK_TIME.plusSeconds(15);
    private static final double ERROR_RATE = 0.05;
    private static final List<String> AGENCIES = List.of("land-registry", "tax", "commune", "post", "portal", "population");

    private final String run = "cluster-" + Long.toString(System.currentTimeMillis(), 36);
    private final String database = "motcua_cluster_" + Long.toString(System.nanoTime(), 36);
    private final List<ClusterNode> nodes = new CopyOnWriteArrayList<>();
    private final Map<String, String> summary = new java.util.LinkedHashMap<>();
    private final Path workDir = Path.of("target", "cluster");
    private JdbcTemplate db;
    /** node-b's port: it is never killed, so its simulator plays every agency for both nodes. */
    private int agenciesPort;
    private Thread cleanupOnExit;

    @Test
    void filesSurviveANodeCrashAndADatabaseRestart() throws Exception {
        Instant testStart = Instant.now();
        try {
            crashAndRestartUnderLoad(testStart);
        } catch (Exception | AssertionError e) {
            summary.put("FAILED", e.getMessage().lines().findFirst().orElse("") + " (node logs in " + workDir + ")");
            printSummary(testStart);
            throw e;
        }
    }

    private void crashAndRestartUnderLoad(Instant testStart) throws Exception {
        Map<String, Object> datasource = TestDatabase.create(database);
        cleanupOnExit = new Thread(this::cleanUp, "cluster-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanupOnExit);
        db = new JdbcTemplate(new DriverManagerDataSource((String) datasource.get("spring.datasource.url"),
                (String) datasource.get("spring.datasource.username"), (String) datasource.get("spring.datasource.password")));
        Files.createDirectories(workDir);

        // 1. Two nodes started at the same moment on an empty database: schema, organisation and demo seeds race.
        agenciesPort = ClusterNode.freePort();
        ClusterNode a = node("node-a", ClusterNode.freePort(), datasource);
        ClusterNode b = node("node-b", agenciesPort, datasource);
        a.start();
        b.start();
        Duration startA = awaitReady(a);
        Duration startB = awaitReady(b);
        summary.put("start (simultaneous, empty database)", "node-a " + secs(startA) + ", node-b " + secs(startB));

        FileLoad load = new FileLoad(() -> nodes.stream().filter(ClusterNode::isServing).toList());
        List<String> procedures = FileLoad.procedureKeys(b);

        // Files for the land office: waiting at the appraisal, which opens a partner exchange once completed.
        PartnerLoad partners = new PartnerLoad(() -> nodes.stream().filter(ClusterNode::isServing).toList(), db);
        load.sendAsync(PartnerLoad.files(run, PARTNER_FILES), CALLERS).get(3, TimeUnit.MINUTES);
        List<String> partnerFiles = load.outcomes().stream().filter(FileLoad.Outcome::accepted)
                .filter(o -> o.request().clientRequestId().startsWith(run + "-partner-")).map(FileLoad.Outcome::code).toList();
        assertThat(partnerFiles).as("files for the land office accepted").hasSize(PARTNER_FILES);
        partners.awaitAppraisalTasks(partnerFiles, Duration.ofSeconds(90));
        List<String> appraisedBeforeKill = partnerFiles.subList(0, PARTNER_FILES * 2 / 3);
        List<String> appraisedAcrossRestart = partnerFiles.subList(PARTNER_FILES * 2 / 3, PARTNER_FILES);
        Instant loadStart = Instant.now();

        // 2. Wave 1 on both nodes, and appraisals whose partner requests go out from both nodes' job executors;
        //    node-a is killed while it holds locked jobs, a partner request among them if it can be caught.
        Future<?> appraisals1 = partners.appraiseAsync(appraisedBeforeKill, 2, APPRAISAL_PACE);
        Future<?> wave1 = load.sendAsync(FileLoad.requests(run, 0, FILES_PER_WAVE, procedures), CALLERS);
        LockWatch locks = new LockWatch(db, Timestamp.from(loadStart));
        Instant killedAt = null;
        List<String> inFlight = List.of();
        List<String> partnerJobsHeld = List.of();
        List<String> sentNotCommitted = List.of();
        for (int attempt = 1; inFlight.isEmpty(); attempt++) {
            assertThat(attempt).as("node-a never held a job at the moment it was frozen").isLessThanOrEqualTo(60);
            String ownerA = locks.awaitBusyOwner("node-a", Duration.ofSeconds(90));
            // Frozen first (SIGSTOP), so the jobs it holds are read exactly rather than raced; then SIGKILL.
            killedAt = Instant.now();
            a.freeze();
            Thread.sleep(200); // a commit already on its way to PostgreSQL lands
            inFlight = db.queryForList("select id_ from act_ru_job where lock_owner_ = ? and lock_exp_time_ > ?",
                    String.class, ownerA, Timestamp.from(Instant.now()));
            partnerJobsHeld = partnerJobs(inFlight);
            sentNotCommitted = actedOnNotCommitted(partnerJobsHeld, b);
            // Best: the agency has acted on a request node-a has not committed (the resend must reuse the key);
            // then a moment it holds a partner request job; at last any job will do.
            boolean goodMoment = !sentNotCommitted.isEmpty()
                    || (!partnerJobsHeld.isEmpty() && (attempt > 25 || appraisals1.isDone()))
                    || attempt > 40;
            if (inFlight.isEmpty() || !goodMoment) {
                inFlight = List.of();
                a.thaw();
                Thread.sleep(150);
            }
        }
        summary.put("partner exchanges at the kill", exchangeStatuses(partnerFiles));
        a.kill();
        List<String> heldByA = inFlight;
        Instant stoppedAt = killedAt;
        summary.put("SIGKILL node-a", inFlight.size() + " jobs locked by it at the kill (" + partnerJobsHeld.size()
                + " partner exchange jobs; the agency had already acted on " + sentNotCommitted + "), after "
                + secs(Duration.between(loadStart, killedAt)) + " of load");
        List<String> killedRequests = sentNotCommitted;

        // The killed node comes back as a new process, named apart so the job log tells its two lives apart.
        ClusterNode a2 = node("node-a2", datasource);
        a2.start();
        ExecutorService background = Executors.newFixedThreadPool(2);
        Future<Duration> failover = background.submit(() -> awaitRerun(heldByA, stoppedAt, Duration.ofSeconds(120)));
        Future<Duration> restart = background.submit(() -> awaitReady(a2));
        background.shutdown();
        wave1.get(5, TimeUnit.MINUTES);
        Duration failoverDelay = failover.get(3, TimeUnit.MINUTES);
        summary.put("failover delay (kill to last in-flight job re-run)", secs(failoverDelay) + " (lock time "
                + secs(LOCK_TIME) + "), re-run by " + hostsThatRan(inFlight) + ", " + failedReruns(inFlight, stoppedAt)
                + " re-runs failed first and were retried");

        summary.put("node-a restarted", "ready " + secs(restart.get(START_TIMEOUT.toSeconds() + 30, TimeUnit.SECONDS))
                + " after its start");

        // 3. Wave 2 on both nodes; PostgreSQL restarts under it.
        Future<?> wave2 = load.sendAsync(FileLoad.requests(run, FILES_PER_WAVE, FILES_PER_WAVE, procedures), CALLERS);
        Future<?> appraisals2 = partners.appraiseAsync(appraisedAcrossRestart, 2, APPRAISAL_PACE);
        int acceptedBefore = accepted(load);
        awaitAccepted(load, acceptedBefore + 10, Duration.ofSeconds(120));
        summary.put("partner exchanges at the PostgreSQL restart", exchangeStatuses(partnerFiles));
        Instant restartAt = Instant.now();
        int retriesBefore = load.retries();
        PostgresServer.restart();
        Instant pgBack = Instant.now();
        List<ClusterNode> live = List.of(b, a2);
        for (ClusterNode node : live) {
            node.awaitUp(Duration.ofSeconds(90));
        }
        Instant nodesBack = Instant.now();
        for (ClusterNode node : live) {
            FileLoad.Outcome fresh = load.sendOnce(node, new FileLoad.Request(run + "-after-restart-" + node.name(),
                    procedures.get(0), true));
            assertThat(fresh.status()).as("a new file on " + node.name() + " after the restart: " + fresh.error())
                    .isEqualTo(201);
        }
        Instant firstJobAfter = awaitJobAfter(Timestamp.from(pgBack), Duration.ofSeconds(60));
        summary.put("PostgreSQL restart", "down " + secs(Duration.between(restartAt, pgBack)) + ", both nodes UP "
                + secs(Duration.between(pgBack, nodesBack)) + " after, first job run "
                + secs(Duration.between(pgBack, firstJobAfter)) + " after, a new file accepted at once on each node");
        wave2.get(5, TimeUnit.MINUTES);
        appraisals1.get(5, TimeUnit.MINUTES);
        appraisals2.get(5, TimeUnit.MINUTES);
        summary.put("calls retried across the restart", String.valueOf(load.retries() - retriesBefore));

        // 4. Settle: every job due by now must run (the dead node's locks have expired by then).
        Timestamp settledAt = Timestamp.from(Instant.now());
        Duration settle = awaitNoDueJob(settledAt, LOCK_TIME.plusSeconds(90));
        // A job that failed across the PostgreSQL restart (or lost a race) waits for its retry
        // (FAILED_JOB_RETRY below): it is late, not lost; the checks come once it ran, and once any
        // retry that failed again ran too.
        for (int round = 0; round < 5 && retryPending(Duration.ofMinutes(2)); round++) {
            settle = settle.plus(awaitRetriesDueWithin(Duration.ofMinutes(2)));
        }
        summary.put("settled", secs(settle) + " after the load ended");
        // The agency answers; a send that met a 503 is retried by the engine after 1 min (5 min if twice,
        // 15 min if three times): the wait lasts until a pending retry ran.
        Duration answers = partners.awaitAnswered(partners.appraisedCodes(), Duration.ofMinutes(7), Duration.ofMinutes(24));
        summary.put("exchanges not answered", partners.unanswered(partners.appraisedCodes()).toString());
        long portalCutoff = db.queryForObject("select coalesce(max(id), 0) from mc_dossier_status", Long.class);
        Duration portal = awaitPortalSynced(portalCutoff, Duration.ofMinutes(4));
        summary.put("partner answers and portal settled", "answers " + secs(answers) + " after, portal "
                + secs(portal) + " after that");

        // 5. The proof, on the shared database and in the simulated agencies' own counts.
        PartnerLoad.SimulatorEffects effects = PartnerLoad.effects(b);
        ClusterChecks.Facts facts = new ClusterChecks.Facts(db, run, load.outcomes(), settledAt, partners.appraisals(),
                effects, portalCutoff);
        describeLoad(load, loadStart);
        describePartners(partners, effects, partnerFiles);
        // x1 with "sent_at empty": the answer came while the job waited to re-run, so it was not sent again.
        summary.put("requests acted on before the kill: agency's count, register", killedRequests.stream()
                .map(key -> key + " x" + effects.requests().getOrDefault(PartnerLoad.AGENCY + ":" + key, 0) + ", "
                        + db.queryForObject("select status || case when sent_at is null then ' (sent_at empty)' else '' end"
                                + " from mc_partner_exchange where exchange_key = ?", String.class, key))
                .toList().toString());
        List<ClusterChecks.Check> checks = ClusterChecks.all();
        List<String> violations = ClusterChecks.violations(checks, facts);
        summary.put("checks", (checks.size() - violations.size()) + " of " + checks.size() + " hold: "
                + checks.stream().map(ClusterChecks.Check::name).collect(Collectors.joining("; ")));
        printSummary(testStart);
        assertThat(violations).as("broken after the crash and the restart").isEmpty();
    }

    private ClusterNode node(String name, Map<String, Object> datasource) throws Exception {
        return node(name, ClusterNode.freePort(), datasource);
    }

    private ClusterNode node(String name, int port, Map<String, Object> datasource) throws Exception {
        ClusterNode node = new ClusterNode(name, port, Path.of(System.getProperty("motcua.cluster.jar",
                "target/motcua-0.1.0-SNAPSHOT.jar")), workDir, Map.of(
                        "MOTCUA_DB_URL", (String) datasource.get("spring.datasource.url"),
                        "MOTCUA_DB_USER", (String) datasource.get("spring.datasource.username"),
                        "MOTCUA_DB_PASSWORD", (String) datasource.get("spring.datasource.password"),
                        "MOTCUA_DB_POOL_SIZE", "10"),
                properties());
        nodes.add(node);
        return node;
    }

    private List<String> properties() {
        List<String> properties = new java.util.ArrayList<>(List.of(
                "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_TIME.toMillis(),
                // an idle node looks for jobs at least every 5 s, so the failover is lock time plus a little
                "--camunda.bpm.job-execution.wait-time-in-millis=1000",
                "--camunda.bpm.job-execution.max-wait=5000",
                // Deadline timers that fail (the database restarting under them) are retried after
                // 20 s, not the application's 5 min: the same path, a shorter wait for the checks.
                "--camunda.bpm.generic-properties.properties.failed-job-retry-time-cycle=" + FAILED_JOB_RETRY,
                // One agency side for the whole cluster: what it acted on is counted in one place.
                "--motcua.partners.callback-base-url=http://localhost:" + agenciesPort,
                "--motcua.simulator.callback-base-url=http://localhost:" + agenciesPort,
                "--motcua.simulator.answer-delay=" + ANSWER_DELAY.toSeconds() + "s",
                "--motcua.simulator.error-rate=" + ERROR_RATE,
                "--motcua.simulator.reject-rate=0"));
        for (String agency : AGENCIES) {
            properties.add("--motcua.partners.agencies." + agency + ".base-url=http://localhost:" + agenciesPort
                    + "/simulator/" + agency);
        }
        return properties;
    }

    /** UP and serving the desk: the demo officers exist once the start-up seeds ran (on either node). */
    private Duration awaitReady(ClusterNode node) throws Exception {
        Instant start = Instant.now();
        try {
            node.awaitUp(START_TIMEOUT);
            while (node.http().get("/api/procedures", "tiepnhan1:demo").statusCode() != 200) {
                assertThat(Duration.between(start, Instant.now())).as(node.name() + " never let tiepnhan1 in")
                        .isLessThan(START_TIMEOUT);
                Thread.sleep(500);
            }
        } catch (Exception | AssertionError e) {
            throw new IllegalStateException(e.getMessage() + "\n--- " + node.name() + " log ---\n" + node.logTail(60), e);
        }
        node.joinRotation();
        return Duration.between(node.startedAt(), Instant.now());
    }

    /** Waits until every job the dead node held has run on a live node; returns kill-to-last-run. */
    private Duration awaitRerun(List<String> jobIds, Instant killedAt, Duration timeout) throws InterruptedException {
        Instant giveUp = Instant.now().plus(timeout);
        String ids = jobIds.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
        while (Instant.now().isBefore(giveUp)) {
            Integer left = db.queryForObject("select count(*) from act_ru_job where id_ in (" + ids + ")", Integer.class);
            if (left != null && left == 0) {
                // each job's first attempt after the kill (a re-run may meet the agency's 503 and be retried later)
                Timestamp last = db.queryForObject("select max(first_run) from (select min(timestamp_) as first_run"
                        + " from act_hi_job_log where job_state_ in (1, 2) and timestamp_ > ? and job_id_ in (" + ids
                        + ") group by job_id_) runs", Timestamp.class, Timestamp.from(killedAt));
                return last == null ? Duration.ZERO : Duration.between(killedAt, last.toInstant());
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the killed node's jobs " + jobIds + " were not re-run within " + timeout);
    }

    /** How many of these jobs belong to partner exchanges (the request sent, or a reminder). */
    private List<String> partnerJobs(List<String> jobIds) {
        if (jobIds.isEmpty()) {
            return List.of();
        }
        String ids = jobIds.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
        return db.queryForList("select process_instance_id_ from act_ru_job where process_def_key_ = 'dossier-partner-exchange'"
                + " and id_ in (" + ids + ")", String.class);
    }

    /** The exchange keys of these exchange processes that the agency has acted on while the register still says OPEN. */
    private List<String> actedOnNotCommitted(List<String> exchangeProcesses, ClusterNode agencies) throws Exception {
        if (exchangeProcesses.isEmpty()) {
            return List.of();
        }
        String in = exchangeProcesses.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
        List<String> open = db.queryForList("select exchange_key from mc_partner_exchange where status = 'OPEN'"
                + " and process_instance_id in (" + in + ")", String.class);
        if (open.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> seen = PartnerLoad.effects(agencies).requests();
        return open.stream().filter(key -> seen.containsKey(PartnerLoad.AGENCY + ":" + key)).toList();
    }

    /** Exchanges of these files by status, plus the files still waiting at the appraisal. */
    private String exchangeStatuses(List<String> codes) {
        String in = codes.stream().map(c -> "'" + c + "'").collect(Collectors.joining(","));
        Map<String, Integer> counts = new java.util.TreeMap<>();
        db.query("select x.status, count(*) from mc_partner_exchange x join mc_dossier d on d.id = x.dossier_id"
                + " where d.code in (" + in + ") group by x.status", rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                });
        int sent = db.queryForObject("select count(*) from mc_partner_exchange x join mc_dossier d on d.id = x.dossier_id"
                + " where d.code in (" + in + ") and x.sent_at is not null", Integer.class);
        return counts + ", " + sent + " marked sent, " + (codes.size() - counts.values().stream().mapToInt(i -> i).sum())
                + " files not yet appraised";
    }

    /** Waits until every portal status change up to {@code cutoff} is marked synchronised. */
    private Duration awaitPortalSynced(long cutoff, Duration timeout) throws InterruptedException {
        Instant start = Instant.now();
        while (Duration.between(start, Instant.now()).compareTo(timeout) < 0) {
            Integer pending = db.queryForObject("select count(*) from mc_dossier_status s left join mc_history_outbox o"
                    + " on o.line_id = s.id and o.receiver = 'PORTAL' where s.id <= ? and o.delivered_at is null"
                    + " and s.status in (" + ClusterChecks.PORTAL_STATUSES + ")", Integer.class, cutoff);
            if (pending != null && pending == 0) {
                return Duration.between(start, Instant.now());
            }
            Thread.sleep(500);
        }
        return Duration.between(start, Instant.now()); // the portal check names what is left
    }

    private int failedReruns(List<String> jobIds, Instant killedAt) {
        String ids = jobIds.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
        return db.queryForObject("select count(*) from act_hi_job_log where job_state_ = 1 and timestamp_ > ? and job_id_ in ("
                + ids + ")", Integer.class, Timestamp.from(killedAt));
    }

    private String hostsThatRan(List<String> jobIds) {
        String ids = jobIds.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
        return db.query("select hostname_, count(*) from act_hi_job_log where job_state_ = 2 and job_id_ in (" + ids
                + ") group by hostname_", (rs, i) -> rs.getString(1) + " " + rs.getInt(2)).toString();
    }

    private static int accepted(FileLoad load) {
        return (int) load.outcomes().stream().filter(FileLoad.Outcome::accepted).count();
    }

    private void awaitAccepted(FileLoad load, int accepted, Duration timeout) throws InterruptedException {
        Instant giveUp = Instant.now().plus(timeout);
        while (accepted(load) < accepted) {
            assertThat(Instant.now()).as("load stalled before the database restart").isBefore(giveUp);
            Thread.sleep(100);
        }
    }

    private Instant awaitJobAfter(Timestamp after, Duration timeout) throws InterruptedException {
        Instant giveUp = Instant.now().plus(timeout);
        while (Instant.now().isBefore(giveUp)) {
            Timestamp first = db.queryForObject("select min(timestamp_) from act_hi_job_log where job_state_ = 2 and timestamp_ > ?",
                    Timestamp.class, after);
            if (first != null) {
                return first.toInstant();
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("no job ran within " + timeout + " after the database restart");
    }

    private Duration awaitNoDueJob(Timestamp dueBy, Duration timeout) throws InterruptedException {
        Instant start = Instant.now();
        while (Duration.between(start, Instant.now()).compareTo(timeout) < 0) {
            Integer due = db.queryForObject("""
                    select count(*) from act_ru_job
                    where (duedate_ is null or duedate_ <= ?) and retries_ > 0 and suspension_state_ = 1""",
                    Integer.class, dueBy);
            if (due != null && due == 0) {
                return Duration.between(start, Instant.now());
            }
            Thread.sleep(500);
        }
        return Duration.between(start, Instant.now()); // the check "no due job left" names what is left
    }

    /**
     * When a failed job is tried again: the engine keeps it locked until then (lock_exp_time_, the
     * retry cycle's interval), its due date stays the old one.
     */
    private static final String RETRY_AT = "greatest(coalesce(lock_exp_time_, duedate_), duedate_)";

    /** Whether a job that failed waits for a retry due within {@code horizon}. */
    private boolean retryPending(Duration horizon) {
        Integer pending = db.queryForObject("""
                select count(*) from act_ru_job
                where exception_msg_ is not null and retries_ > 0 and suspension_state_ = 1 and %s <= ?""".formatted(RETRY_AT),
                Integer.class, Timestamp.from(Instant.now().plus(horizon)));
        return pending != null && pending > 0;
    }

    /** Waits until every job that failed and retries within {@code horizon} has had its retry. */
    private Duration awaitRetriesDueWithin(Duration horizon) throws InterruptedException {
        Instant start = Instant.now();
        Timestamp latest = db.queryForObject("""
                select max(%1$s) from act_ru_job
                where exception_msg_ is not null and retries_ > 0 and suspension_state_ = 1 and %1$s <= ?""".formatted(RETRY_AT),
                Timestamp.class, Timestamp.from(start.plus(horizon)));
        if (latest == null) {
            return Duration.ZERO;
        }
        Duration untilDue = Duration.between(Instant.now(), latest.toInstant());
        if (!untilDue.isNegative()) {
            Thread.sleep(untilDue.toMillis());
        }
        awaitNoDueJob(Timestamp.from(Instant.now()), LOCK_TIME.plusSeconds(90));
        return Duration.between(start, Instant.now());
    }

    private void describeLoad(FileLoad load, Instant loadStart) {
        List<FileLoad.Outcome> outcomes = load.outcomes();
        Map<String, Long> byNode = outcomes.stream().filter(FileLoad.Outcome::accepted)
                .collect(Collectors.groupingBy(FileLoad.Outcome::node, java.util.TreeMap::new, Collectors.counting()));
        long overdue = outcomes.stream().filter(o -> o.accepted() && o.request().overdue()).count();
        long answeredAgain = outcomes.stream().filter(o -> o.status() == 200).count();
        summary.put("files", outcomes.size() + " sent, " + outcomes.stream().filter(FileLoad.Outcome::accepted).count()
                + " accepted (" + overdue + " overdue on arrival) by " + byNode + "; " + load.retries()
                + " retried calls, " + answeredAgain + " answered 200 (already received before a lost answer)");
        summary.put("deadline events in the register", db.query("""
                select s.status, count(*) from mc_dossier_status s join mc_dossier d on d.id = s.dossier_id
                where d.client_request_id like ? and s.status in ('NEAR_DUE', 'OVERDUE') group by s.status order by 1""",
                (rs, i) -> rs.getString(1) + " " + rs.getInt(2), run + "-%").toString());
        summary.put("receipts issued", String.valueOf(db.queryForObject("""
                select count(*) from mc_letter l join mc_dossier d on d.id = l.dossier_id
                where d.client_request_id like ? and l.kind = 'RECEIPT'""", Integer.class, run + "-%")));
        summary.put("jobs run per node (ACT_HI_JOB_LOG successes)", db.query("""
                select hostname_, count(*) from act_hi_job_log where job_state_ = 2 group by hostname_ order by 1""",
                (rs, i) -> rs.getString(1) + " " + rs.getInt(2)).toString());
        summary.put("job failures (retried)", String.valueOf(db.queryForObject(
                "select count(*) from act_hi_job_log where job_state_ = 1", Integer.class)));
        summary.put("load duration", secs(Duration.between(loadStart, Instant.now())));
    }

    private void describePartners(PartnerLoad partners, PartnerLoad.SimulatorEffects effects, List<String> files) {
        List<PartnerLoad.Appraisal> appraisals = partners.appraisals();
        summary.put("appraisals (land office, over the REST API)", appraisals.stream().filter(PartnerLoad.Appraisal::done).count()
                + " of " + files.size() + " done, by " + appraisals.stream().filter(PartnerLoad.Appraisal::done)
                        .collect(Collectors.groupingBy(PartnerLoad.Appraisal::node, java.util.TreeMap::new, Collectors.counting()))
                + ", " + appraisals.stream().mapToInt(x -> Math.max(0, x.attempts() - 1)).sum() + " retried calls");
        summary.put("partner exchanges in the register", exchangeStatuses(files));
        int requests = effects.requestCount(PartnerLoad.AGENCY);
        long keys = effects.keyCount(PartnerLoad.AGENCY);
        summary.put("land registry (simulator on node-b)", requests + " requests accepted, " + keys + " distinct keys acted on, "
                + (requests - keys) + " retries of a key already acted on");
        summary.put("simulator totals", "effects " + effects.effects() + ", answered " + effects.answered() + ", reminders "
                + effects.reminders() + ", portal statuses " + effects.portalKeys().size() + " ("
                + (effects.portalKeys().size() - effects.portalKeys().stream().distinct().count()) + " keys seen again)");
        summary.put("partner send attempts failed (engine retries)", String.valueOf(db.queryForObject(
                "select count(*) from act_hi_job_log where job_state_ = 1 and process_def_key_ = 'dossier-partner-exchange'",
                Integer.class)));
    }

    private void printSummary(Instant testStart) {
        summary.put("total", secs(Duration.between(testStart, Instant.now())));
        StringBuilder text = new StringBuilder("\n==== Cluster and crash test (" + run + ", database " + database + ")\n");
        summary.forEach((k, v) -> text.append(String.format("  %-52s %s%n", k, v)));
        System.out.println(text);
    }

    private static String secs(Duration d) {
        return String.format("%.1f s", d.toMillis() / 1000.0);
    }

    @AfterEach
    void cleanUp() {
        for (ClusterNode node : nodes) {
            try {
                node.kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        nodes.clear();
        try {
            PostgresServer.awaitReady(Duration.ofSeconds(60));
            TestDatabase.drop(database);
        } catch (RuntimeException e) {
            System.err.println("Could not drop " + database + ": " + e.getMessage());
        }
        if (cleanupOnExit != null && Thread.currentThread() != cleanupOnExit) {
            try {
                Runtime.getRuntime().removeShutdownHook(cleanupOnExit);
            } catch (IllegalStateException shuttingDown) {
                // already running
            }
            cleanupOnExit = null;
        }
    }
}
