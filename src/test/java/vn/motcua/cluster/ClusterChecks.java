package vn.motcua.cluster;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What must hold on the shared database after the crash and the database restart, as SQL on
 * the register and the engine's tables. Each check returns its violations (empty = holds), so the
 * test reports every broken promise at once. A later check, e.g. "no partner effect duplicated"
 * from the simulator's effect counts, is one more entry in {@link #all()}: a function of
 * {@link Facts} (add the simulator's address or counts to it) returning its violations.
 */
final class ClusterChecks {

    /** One promise and how to find where it is broken. */
    record Check(String name, Function<Facts, List<String>> violations) {
    }

    /**
     * What the checks read: the database, the files this run sent and their outcomes, and the moment
     * the cluster had settled (every job due before it must have run).
     */
    record Facts(JdbcTemplate db, String run, List<FileLoad.Outcome> outcomes, Timestamp settledAt) {

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
                new Check("no incident", ClusterChecks::noIncident));
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
                    violations.add(code + (overdue ? " (overdue) " : " (fresh) ") + kind + " x" + n);
                }
            }
        });
        return violations;
    }

    private static List<String> noJobTwice(Facts facts) {
        return facts.db().query("""
                select job_id_, job_def_type_, act_id_, count(*) from act_hi_job_log
                where job_state_ = 2 group by job_id_, job_def_type_, act_id_ having count(*) > 1""",
                (rs, i) -> rs.getString(1) + " " + rs.getString(2) + " at " + rs.getString(3) + " x" + rs.getInt(4));
    }

    private static List<String> oneReceiptPerFile(Facts facts) {
        return facts.db().query("""
                select d.code, count(l.id) from mc_dossier d
                left join mc_letter l on l.dossier_id = d.id and l.kind = 'RECEIPT'
                where d.client_request_id like ? group by d.code having count(l.id) <> 1""",
                (rs, i) -> rs.getString(1) + " receipts x" + rs.getInt(2), facts.run() + "-%");
    }

    private static List<String> letterNumbersUnique(Facts facts) {
        return facts.db().query("""
                select kind, letter_number, count(*) from mc_letter group by kind, letter_number having count(*) > 1""",
                (rs, i) -> rs.getString(1) + " " + rs.getString(2) + " x" + rs.getInt(3));
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
