package vn.motcua.dossier;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.calendar.DeadlineCalculator;
import vn.motcua.organisation.Unit;

/**
 * The control sheet in the application's register: every step a file passed, who held it,
 * from when to when, and whether it finished early, on time or late. Written by the engine's
 * task events, idempotently per task. Other features learn of a new row from {@link HandoverOpened},
 * published in the same transaction as the row.
 */
@Repository
public class Handovers {

    /** A unit's leaders form the group "<unit>leaders". */

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    public Handovers(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** In one transaction, so the row and its followers' rows (HandoverOpened) commit together, whoever calls. */
    @Transactional
    public void opened(String dossierCode, String taskId, String stepKey, String stepName, String unit, Instant receivedAt,
            Instant dueAt) {
        Integer existing = jdbc.queryForObject("select count(*) from mc_handover where task_id = ?", Integer.class, taskId);
        if (existing != null && existing > 0) {
            return;
        }
        List<Long> dossierIds = jdbc.queryForList("select id from mc_dossier where code = ?", Long.class, dossierCode);
        if (dossierIds.isEmpty()) {
            return;
        }
        long dossierId = dossierIds.get(0);
        var keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    insert into mc_handover (dossier_id, task_id, step_key, step_name, unit, received_at, due_at)
                    values (?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            ps.setLong(1, dossierId);
            ps.setString(2, taskId);
            ps.setString(3, stepKey);
            ps.setString(4, stepName);
            ps.setString(5, unit);
            ps.setTimestamp(6, Timestamp.from(receivedAt));
            ps.setTimestamp(7, dueAt == null ? null : Timestamp.from(dueAt));
            return ps;
        }, keys);
        events.publishEvent(new HandoverOpened(keys.getKey().longValue(), dossierId));
        for (String passed : unitsOf(unit)) {
            jdbc.update("update mc_dossier set units_passed = units_passed || ? where code = ? and units_passed not like ?",
                    passed + ",", dossierCode, "%," + passed + ",%");
        }
    }

    /**
     * The units a step's candidate groups ("landoffice" or "a,b") stand for: a unit's leaders'
     * group ("landofficeleaders") counts for the unit, so a unit's figures include its leaders' steps.
     */
    public static Set<String> unitsOf(String groups) {
        Set<String> units = new LinkedHashSet<>();
        if (groups != null) {
            for (String group : groups.split(",")) {
                if (!group.isEmpty()) {
                    units.add(Unit.staffGroupOf(group));
                }
            }
        }
        return units;
    }

    /** The units that held the file or hold it now; for files registered before units_passed, from their hand-overs. */
    public Set<String> unitsPassed(long dossierId) {
        String passed = jdbc.queryForObject("select units_passed from mc_dossier where id = ?", String.class, dossierId);
        if (passed != null) {
            return unitsOf(passed);
        }
        return unitsOf(String.join(",", jdbc.queryForList("select distinct unit from mc_handover where dossier_id = ?",
                String.class, dossierId)));
    }

    public void assigned(String taskId, String assignee) {
        jdbc.update("update mc_handover set assignee = ? where task_id = ?", assignee, taskId);
    }

    public void dueChanged(String taskId, Instant dueAt) {
        jdbc.update("update mc_handover set due_at = ? where task_id = ?", dueAt == null ? null : Timestamp.from(dueAt), taskId);
    }

    /** The step is done: early, on time or late against its own due date. */
    public void finished(String taskId, String assignee, Instant finishedAt, Instant dueAt) {
        String outcome = dueAt == null ? Timeliness.EARLY.name()
                : finishedAt.isAfter(dueAt) ? Timeliness.LATE.name()
                : Timeliness.of(day(finishedAt), day(dueAt)).name();
        jdbc.update("update mc_handover set finished_at = ?, assignee = coalesce(?, assignee), outcome = ? "
                + "where task_id = ? and finished_at is null", Timestamp.from(finishedAt), assignee, outcome, taskId);
    }

    /** The step was cancelled (withdrawal, supplement, file closed): it ends without a verdict. */
    public void cancelled(String taskId, Instant at) {
        jdbc.update("update mc_handover set finished_at = ? where task_id = ? and finished_at is null",
                Timestamp.from(at), taskId);
    }

    public void escalated(String taskId) {
        jdbc.update("update mc_handover set escalated = true where task_id = ?", taskId);
    }

    public List<Handover> of(long dossierId) {
        return jdbc.query("select * from mc_handover where dossier_id = ? order by received_at, id",
                (rs, n) -> new Handover(rs.getString("step_key"), rs.getString("step_name"), rs.getString("unit"),
                        rs.getString("assignee"), DossierRegister.instant(rs, "received_at"),
                        DossierRegister.instant(rs, "due_at"), DossierRegister.instant(rs, "finished_at"),
                        rs.getString("outcome"), rs.getBoolean("escalated")), dossierId);
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, DeadlineCalculator.ZONE);
    }
}
