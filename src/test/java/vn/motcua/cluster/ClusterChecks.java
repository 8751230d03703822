package vn.motcua.cluster;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.motcua.dossier.DossierStatus;

/**
 * What must hold on the shared database after the crash and the database restart, as SQL on
 * the register and the engine's tables, and in the simulated agencies' own counts of what they
 * were asked and did. Each check returns its violations (empty = holds), so the test reports
 * every broken promise at once.
 */
final class ClusterChecks {

    /** The status changes the portal outbox sends (the register's other lines are events). */
    /** Status changes, and the apology and clock lines the portal must also see (PortalSync.PORTAL_EVENTS). */
    static final String PORTAL_STATUSES = String.join(",", java.util.stream.Stream.concat(
            Arrays.stream(DossierStatus.values()).map(DossierStatus::name),
            java.util.stream.Stream.of("APOLOGY_SENT", "CLOCK_PAUSED", "CLOCK_RESUMED")).map(s -> "'" + s + "'").toList());

    /** One promise and how to find where it is broken. */
    record Check(String name, Function<Facts, List<String>> violations) {
    }

    /**
     * What the checks read: the database, the files this run sent and their outcomes, the moment
     * the cluster had settled (every job due before it must have run), the appraisals that opened
     * partner exchanges, what the simulated agencies saw, and the last status change that must
     * have reached the portal.
     */
    record Facts(JdbcTemplate db, String run, List<FileLoad.Outcome> outcomes, Timestamp settledAt,
            List<PartnerLoad.Appraisal> appraisals, PartnerLoad.SimulatorEffects simulator, long portalCutoff) {

        List<String> appraisedCodes() {
            return appraisals.stream().filter(PartnerLoad.Appraisal::done).map(PartnerLoad.Appraisal::code).toList();
        }

        List<FileLoad.Outcome> accepted() {
            return outcomes.stream().filter(FileLoad.Outcome::accepted).toList();
        }

        /** File code to whether it was sent overdue, for this run's accepted files. */
        Map<String, Boolean> overdueByCode() {
            Map<String, Boolean> codes = new HashMap<>();
            accepted().forEach(o -> codes.put(o.code(), o.request().overdue()));
            return codes;
        }
    }

    private ClusterChecks() {
    }

    static List<Check> all() {
        return List.of(
                new Check("every file sent got a file code", ClusterChecks::everyFileAccepted),
                new Check("every accepted file is in mc_dossier with its code, once", ClusterChecks::everyFileRegistered),
                new Check("every file's procedure instance exists", ClusterChecks::everyProcessStarted),
                new Check("each file's status history is written once", ClusterChecks::statusesOnce),
                new Check("due deadline timers fired exactly once (register)", ClusterChecks::deadlineEventsOnce),
                new Check("apology and overdue tasks opened exactly once", ClusterChecks::deadlineTasksOnce),
                new Check("no job succeeded twice (ACT_HI_JOB_LOG)", ClusterChecks::noJobTwice),
                new Check("one receipt per accepted file", ClusterChecks::oneReceiptPerFile),
                new Check("no letter number issued twice", ClusterChecks::letterNumbersUnique),
                new Check("demo data seeded once despite the simultaneous start", ClusterChecks::demoSeededOnce),
                new Check("no due job left unexecuted", ClusterChecks::noDueJobLeft),
                new Check("no job out of retries without an incident", ClusterChecks::noSilentDeadJob),
                new Check("no incident", ClusterChecks::noIncident),
                new Check("no job still waiting to be tried again", ClusterChecks::noRetryPending),
                new Check("every appraisal was completed", ClusterChecks::everyAppraisalDone),
                new Check("each appraised file's partner exchange opened once and answered once",
                        ClusterChecks::exchangeOnceAndAnswered),
                new Check("no partner effect duplicated: the agency acted once per exchange key",
                        ClusterChecks::agencyActedOncePerExchange),
                new Check("every answered file moved on to approveConversion, once", ClusterChecks::answeredFilesMovedOn),
                new Check("every status change reached the portal under its own key", ClusterChecks::portalSynced));
    }

    private static List<String> everyFileAccepted(Facts facts) {
        return facts.outcomes().stream().filter(o -> !o.accepted())
                .map(o -> o.request().clientRequestId() + ": " + o.status() + " " + o.error()).toList();
    }

    private static List<String> everyFileRegistered(Facts facts) {
        List<String> violations = new ArrayList<>();
        Map<String, List<String>> registered = new HashMap<>();
        facts.db().query("select client_request_id, code from mc_dossier where client_request_id like ?",
                rs -> {
                    registered.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }, facts.run() + "-%");
        for (FileLoad.Outcome outcome : facts.accepted()) {
            List<String> codes = registered.getOrDefault(outcome.request().clientRequestId(), List.of());
            if (!codes.equals(List.of(outcome.code()))) {
                violations.add(outcome.request().clientRequestId() + " answered " + outcome.code() + ", register has "
                        + codes);
            }
        }
        long distinctAnswers = facts.accepted().stream().map(o -> o.request().clientRequestId()).distinct().count();
        if (registered.size() != distinctAnswers) {
            violations.add("register holds " + registered.size() + " files of this run, " + distinctAnswers + " were accepted");
        }
        return violations;
    }

    private static List<String> everyProcessStarted(Facts facts) {
        return facts.db().queryForList("""
                select d.code from mc_dossier d
                where d.client_request_id like ?
                  and not exists (select 1 from act_hi_procinst p
                                  where p.id_ = d.process_instance_id and p.business_key_ = d.code)""",
                String.class, facts.run() + "-%");
    }

    private static List<String> statusesOnce(Facts facts) {
        return facts.db().query("""
                select d.code, s.status, count(*) as n from mc_dossier_status s join mc_dossier d on d.id = s.dossier_id
                where d.client_request_id like ? and s.status in ('RECEIVED', 'IN_PROGRESS')
                group by d.code, s.status having count(*) <> 1""",
                (rs, i) -> rs.getString(1) + " " + rs.getString(2) + " x" + rs.getInt(3), facts.run() + "-%");
    }

    /** NEAR_DUE and OVERDUE lines: once for each overdue file, never for a fresh one. */
    private static List<String> deadlineEventsOnce(Facts facts) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        facts.db().query("""
                select d.code, s.status, count(*) from mc_dossier_status s join mc_dossier d on d.id = s.dossier_id
                where d.client_request_id like ? and s.status in ('NEAR_DUE', 'OVERDUE')
                group by d.code, s.status""",
                rs -> {
                    counts.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getInt(3));
                }, facts.run() + "-%");
        return expectOncePerOverdueFile(facts, counts, List.of("NEAR_DUE", "OVERDUE"));
    }

    private static List<String> deadlineTasksOnce(Facts facts) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        facts.db().query("""
                select p.business_key_, t.task_def_key_, count(*) from act_hi_taskinst t
                join act_hi_procinst p on p.id_ = t.proc_inst_id_
                join mc_dossier d on d.code = p.business_key_
                where d.client_request_id like ? and t.task_def_key_ in ('proposeExtension', 'handleOverdueFile')
                group by p.business_key_, t.task_def_key_""",
                rs -> {
                    counts.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getInt(3));
                }, facts.run() + "-%");
        return expectOncePerOverdueFile(facts, counts, List.of("proposeExtension", "handleOverdueFile"));
    }

    private static List<String> expectOncePerOverdueFile(Facts facts, Map<String, Map<String, Integer>> counts,
            List<String> kinds) {
        List<String> violations = new ArrayList<>();
        facts.overdueByCode().forEach((code, overdue) -> {
            for (String kind : kinds) {
                int n = counts.getOrDefault(code, Map.of()).getOrDefault(kind, 0);
                if (n != (overdue ? 1 : 0)) {
                    violations.add(code + (overdue ? " (overdue) " : " (fresh) ") + kind + " x" + n + "\n" + journey(facts, code));
                }
            }
        });
        return violations;
    }

    private static final List<String> JOB_STATES = List.of("created", "failed", "succeeded", "deleted");

    /** What happened to one file, for a failed check: its activities and register lines in order. */
    private static String journey(Facts facts, String code) {
        List<String> lines = new ArrayList<>(facts.db().query("""
                select a.start_time_, a.end_time_, a.act_id_, a.act_inst_state_ from act_hi_actinst a
                join act_hi_procinst p on p.id_ = a.root_proc_inst_id_ where p.business_key_ = ? order by a.start_time_, a.sequence_counter_""",
                (rs, i) -> "      act " + rs.getTimestamp(1) + " .. " + rs.getTimestamp(2) + " " + rs.getString(3)
                        + (rs.getInt(4) == 2 ? " (canceled)" : ""), code));
        // every job of the file: created (0), failed (1), succeeded (2), deleted (3), with its due date and node
        lines.addAll(facts.db().query("""
                select j.timestamp_, j.job_state_, j.act_id_, j.job_duedate_, j.job_retries_, j.hostname_,
                       j.job_exception_msg_ from act_hi_job_log j
                join act_hi_procinst p on p.id_ = j.root_proc_inst_id_ where p.business_key_ = ? order by j.timestamp_, j.sequence_counter_""",
                (rs, i) -> "      job " + rs.getTimestamp(1) + " " + JOB_STATES.get(rs.getInt(2)) + " " + rs.getString(3)
                        + " due " + rs.getTimestamp(4) + " retries " + rs.getInt(5) + " on " + rs.getString(6)
                        + (rs.getString(7) == null ? "" : " : " + rs.getString(7)), code));
        lines.addAll(facts.db().query("""
                select j.act_id_, j.duedate_, j.retries_, j.lock_owner_, j.exception_msg_ from act_ru_job j
                join act_hi_procinst p on p.id_ = j.root_proc_inst_id_ where p.business_key_ = ?""",
                (rs, i) -> "      pending " + rs.getString(1) + " due " + rs.getTimestamp(2) + " retries " + rs.getInt(3)
                        + " lock " + rs.getString(4) + (rs.getString(5) == null ? "" : " : " + rs.getString(5)), code));
        lines.addAll(facts.db().query("""
                select s.changed_at, s.status, s.reason from mc_dossier_status s join mc_dossier d on d.id = s.dossier_id
                where d.code = ? order by s.changed_at, s.id""",
                (rs, i) -> "      register " + rs.getTimestamp(1) + " " + rs.getString(2) + " " + rs.getString(3), code));
        return String.join("\n", lines);
    }

    /** Camunda's history cleanup is one job that runs again and again in its window (20:00–06:00): not a duplicate. */
    private static List<String> noJobTwice(Facts facts) {
        return facts.db().query("""
                select job_id_, job_def_type_, act_id_, count(*) from act_hi_job_log
                where job_state_ = 2 and (job_def_type_ is null or job_def_type_ <> 'history-cleanup')
                group by job_id_, job_def_type_, act_id_ having count(*) > 1""",
                (rs, i) -> rs.getString(1) + " " + rs.getString(2) + " at " + rs.getString(3) + " x" + rs.getInt(4));
    }

    private static List<String> oneReceiptPerFile(Facts facts) {
        return facts.db().query("""
                select d.code, count(l.id) from mc_dossier d
                left join mc_letter l on l.dossier_id = d.id and l.kind = 'RECEIPT'
                where d.client_request_id like ? group by d.code having count(l.id) <> 1""",
                (rs, i) -> rs.getString(1) + " receipts x" + rs.getInt(2), facts.run() + "-%");
    }

    /**
     * Each agency numbers its own letters (two centres both print "01/TNHS-TTPVHCC"): a number is unique
     * per issuing agency. The desk's letters are issued by the centre that received the file; the
     * others by an agency of the file's route, so they are told apart by the whole route.
     */
    private static List<String> letterNumbersUnique(Facts facts) {
        return facts.db().query("""
                select l.kind, l.letter_number, case when l.kind in ('RECEIPT', 'RESULT_HANDOVER', 'CLOSING_NOTICE',
                    'CONTROL_SHEET') then d.receiving_agency else (select string_agg(r.agency_id, ',' order by r.unit)
                    from mc_dossier_route r where r.dossier_id = d.id) end as issuer, count(*)
                from mc_letter l join mc_dossier d on d.id = l.dossier_id
                group by l.kind, l.letter_number, issuer having count(*) > 1""",
                (rs, i) -> rs.getString(1) + " " + rs.getString(2) + " by " + rs.getString(3) + " x" + rs.getInt(4));
    }

    /** A second seeding would repeat the same applicant, procedure and receipt time, and the Tasklist filters. */
    private static List<String> demoSeededOnce(Facts facts) {
        List<String> violations = new ArrayList<>(facts.db().query("""
                select procedure_key, applicant_name, received_at, count(*) from mc_dossier
                where client_request_id is null
                group by procedure_key, applicant_name, received_at having count(*) > 1""",
                (rs, i) -> "demo file " + rs.getString(1) + " " + rs.getString(2) + " x" + rs.getInt(4)));
        violations.addAll(facts.db().query("select name_, count(*) from act_ru_filter group by name_ having count(*) > 1",
                (rs, i) -> "Tasklist filter " + rs.getString(1) + " x" + rs.getInt(2)));
        if (facts.db().queryForObject("select count(*) from mc_dossier where client_request_id is null", Integer.class) == 0) {
            violations.add("no demo files at all: the seed did not run on either node");
        }
        return violations;
    }

    private static List<String> noDueJobLeft(Facts facts) {
        return facts.db().query("""
                select id_, type_, handler_type_, duedate_, retries_, lock_owner_ from act_ru_job
                where (duedate_ is null or duedate_ <= ?) and retries_ > 0 and suspension_state_ = 1""",
                (rs, i) -> rs.getString(1) + " " + rs.getString(3) + " due " + rs.getTimestamp(4) + " retries "
                        + rs.getInt(5) + " lock " + rs.getString(6), facts.settledAt());
    }

    /**
     * A deadline or step job that failed and has not run since: the settle waited for its retry, so
     * it failed again (its last error is printed). Partner sends keep their own long back-off; the
     * partner checks cover them.
     */
    private static List<String> noRetryPending(Facts facts) {
        return facts.db().query("""
                select j.id_, j.process_def_key_, j.handler_cfg_, j.duedate_, j.retries_, j.exception_msg_ from act_ru_job j
                where j.exception_msg_ is not null and j.retries_ > 0 and j.suspension_state_ = 1
                  and j.process_def_key_ <> 'dossier-partner-exchange'""",
                (rs, i) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " due " + rs.getTimestamp(4)
                        + " retries " + rs.getInt(5) + ": " + rs.getString(6));
    }

    private static List<String> noSilentDeadJob(Facts facts) {
        return facts.db().query("""
                select j.id_, j.handler_type_, j.exception_msg_ from act_ru_job j
                where j.retries_ = 0
                  and not exists (select 1 from act_ru_incident i where i.configuration_ = j.id_)""",
                (rs, i) -> rs.getString(1) + " " + rs.getString(2) + ": " + rs.getString(3));
    }

    private static List<String> noIncident(Facts facts) {
        return facts.db().query("""
                select i.incident_type_, i.activity_id_, i.incident_msg_ from act_ru_incident i""",
                (rs, i) -> rs.getString(1) + " at " + rs.getString(2) + ": " + rs.getString(3));
    }

    private static List<String> everyAppraisalDone(Facts facts) {
        return facts.appraisals().stream().filter(a -> !a.done()).map(a -> a.code() + ": " + a.error()).toList();
    }

    /**
     * One exchange per appraised file (the cadastral extract), answered DONE; none on any other file
     * of this run; no exchange process or file step with two rows (reject-rate 0, so no resend); the
     * register's "sent" line at most once and only with sent_at, its "answered" line exactly once.
     */
    private static List<String> exchangeOnceAndAnswered(Facts facts) {
        List<String> violations = new ArrayList<>();
        Set<String> appraised = new HashSet<>(facts.appraisedCodes());
        Map<String, List<String>> byFile = new HashMap<>();
        facts.db().query("""
                select d.code, x.exchange_key, x.operation, x.status, x.outcome, x.sent_at, x.answered_at,
                       (select count(*) from mc_dossier_status s where s.dossier_id = d.id and s.status = 'PARTNER_REQUEST_SENT'),
                       (select count(*) from mc_dossier_status s where s.dossier_id = d.id and s.status = 'PARTNER_ANSWERED')
                from mc_partner_exchange x join mc_dossier d on d.id = x.dossier_id
                where d.client_request_id like ?""",
                rs -> {
                    String code = rs.getString(1);
                    String key = rs.getString(2);
                    byFile.computeIfAbsent(code, k -> new ArrayList<>()).add(key);
                    String where = code + " " + key + " ";
                    if (!appraised.contains(code)) {
                        violations.add(where + "opened on a file that was not appraised");
                    }
                    if (!"CADASTRAL_EXTRACT".equals(rs.getString(3))) {
                        violations.add(where + "operation " + rs.getString(3));
                    }
                    if (!"ANSWERED".equals(rs.getString(4)) || !"DONE".equals(rs.getString(5)) || rs.getTimestamp(7) == null) {
                        violations.add(where + "status " + rs.getString(4) + " outcome " + rs.getString(5));
                    }
                    // A node killed after sending, before committing, leaves sent_at empty: the answer came first.
                    int sentLines = rs.getInt(8);
                    if (sentLines != (rs.getTimestamp(6) == null ? 0 : 1)) {
                        violations.add(where + "sent_at " + rs.getTimestamp(6) + " but " + sentLines + " 'sent' lines");
                    }
                    if (rs.getInt(9) != 1) {
                        violations.add(where + rs.getInt(9) + " 'answered' lines");
                    }
                }, facts.run() + "-%");
        for (String code : appraised) {
            int n = byFile.getOrDefault(code, List.of()).size();
            if (n != 1) {
                violations.add(code + " appraised, " + n + " exchanges");
            }
        }
        violations.addAll(facts.db().query("""
                select process_instance_id, count(*) from mc_partner_exchange group by process_instance_id having count(*) > 1""",
                (rs, i) -> "exchange process " + rs.getString(1) + " opened " + rs.getInt(2) + " requests"));
        violations.addAll(facts.db().query("""
                select d.code, x.step_key, count(*) from mc_partner_exchange x join mc_dossier d on d.id = x.dossier_id
                group by d.code, x.step_key having count(*) > 1""",
                (rs, i) -> rs.getString(1) + " step " + rs.getString(2) + " has " + rs.getInt(3) + " exchanges"));
        return violations;
    }

    /**
     * The simulated agencies count requests per idempotency key: every exchange the register sent
     * or saw answered reached its agency, and the agency acted on no key the register does not know
     * (a retry with a fresh key would show as one). So the distinct keys the land registry acted on
     * equal its exchanges in the register, however many requests repeated a key.
     */
    private static List<String> agencyActedOncePerExchange(Facts facts) {
        List<String> violations = new ArrayList<>();
        Map<String, String> statusByKey = new HashMap<>();
        // The demo's past (files without a client request id) was answered in the replay, never sent.
        facts.db().query("""
                select e.agency, e.exchange_key, e.status, e.sent_at from mc_partner_exchange e
                join mc_dossier d on d.id = e.dossier_id
                where not (d.client_request_id is null and e.sent_at is null and e.status = 'ANSWERED')""", rs -> {
            statusByKey.put(agencyId(rs.getString(1)) + ":" + rs.getString(2),
                    rs.getString(3) + (rs.getTimestamp(4) == null ? " unsent" : ""));
        });
        Map<String, Integer> seen = facts.simulator().requests();
        statusByKey.forEach((key, status) -> {
            boolean mustHaveReached = status.startsWith("ANSWERED") || !status.endsWith("unsent");
            if (mustHaveReached && seen.getOrDefault(key, 0) < 1) {
                violations.add(key + " (" + status + ") never reached the agency");
            }
        });
        seen.keySet().stream().filter(key -> !statusByKey.containsKey(key))
                .forEach(key -> violations.add("the agency acted on " + key + ", which the register does not know"));
        if (facts.simulator().effects() != seen.size()) {
            violations.add("simulator: " + facts.simulator().effects() + " effects for " + seen.size() + " keys");
        }
        // An exchange whose send still waits for its retry (a simulated 503, e.g. a demo file's) is late, not lost:
        // "no due job left unexecuted" and "no job out of retries without an incident" watch it. One the agency
        // acted on just before its sender died may not be marked sent yet.
        List<String> withLandRegistry = statusByKey.keySet().stream().filter(k -> k.startsWith(PartnerLoad.AGENCY + ":"))
                .toList();
        long sent = withLandRegistry.stream().filter(k -> !statusByKey.get(k).endsWith("unsent")).count();
        long actedOn = facts.simulator().keyCount(PartnerLoad.AGENCY);
        if (actedOn < sent || actedOn > withLandRegistry.size()) {
            violations.add("land registry acted on " + actedOn + " keys, the register has " + withLandRegistry.size()
                    + " exchanges with it, " + sent + " of them sent");
        }
        return violations;
    }

    private static List<String> answeredFilesMovedOn(Facts facts) {
        List<String> codes = facts.appraisedCodes();
        if (codes.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> tasks = new HashMap<>();
        facts.db().query("""
                select p.business_key_, count(*) from act_hi_taskinst t join act_hi_procinst p on p.id_ = t.proc_inst_id_
                where t.task_def_key_ = ? and p.business_key_ in (%s) group by p.business_key_"""
                .formatted(String.join(",", Collections.nCopies(codes.size(), "?"))),
                rs -> {
                    tasks.put(rs.getString(1), rs.getInt(2));
                }, params(PartnerLoad.NEXT_STEP, codes));
        return codes.stream().filter(code -> tasks.getOrDefault(code, 0) != 1)
                .map(code -> code + " " + PartnerLoad.NEXT_STEP + " x" + tasks.getOrDefault(code, 0)).toList();
    }

    /**
     * Every status change up to the cutoff is marked synchronised, and the portal received it under
     * its own key. The portal may see a key twice (a node killed after sending, before marking).
     */
    private static List<String> portalSynced(Facts facts) {
        Set<String> received = new HashSet<>(facts.simulator().portalKeys());
        return facts.db().query("""
                select s.id, d.code, s.status, o.delivered_at, coalesce(o.attempts, 0), coalesce(o.error, 'not queued')
                from mc_dossier_status s join mc_dossier d on d.id = s.dossier_id
                    left join mc_history_outbox o on o.line_id = s.id and o.receiver = 'PORTAL'
                where s.id <= ? and s.status in (%s) order by s.id""".formatted(PORTAL_STATUSES),
                (rs, i) -> {
                    String key = "status-" + rs.getLong(1);
                    if (rs.getTimestamp(4) == null) {
                        return key + " " + rs.getString(2) + " " + rs.getString(3) + " not synchronised after "
                                + rs.getInt(5) + " attempts: " + rs.getString(6);
                    }
                    return received.contains(key) ? null : key + " " + rs.getString(2) + " " + rs.getString(3)
                            + " marked synchronised, but the portal never received it";
                }, facts.portalCutoff()).stream().filter(Objects::nonNull).toList();
    }

    /** LAND_REGISTRY (the register's spelling) to land-registry (the agency's id in its URLs and keys). */
    private static String agencyId(String agency) {
        return agency.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Object[] params(String first, List<String> rest) {
        List<Object> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all.toArray();
    }

    /** Runs every check; returns "name: violation" lines, at most a few per check. */
    static List<String> violations(List<Check> checks, Facts facts) {
        List<String> all = new ArrayList<>();
        for (Check check : checks) {
            List<String> found = check.violations().apply(facts);
            if (!found.isEmpty()) {
                all.add(check.name() + " (" + found.size() + "): "
                        + found.stream().limit(5).collect(Collectors.joining("; ")));
            }
        }
        return all;
    }
}
