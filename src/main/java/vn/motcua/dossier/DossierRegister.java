package vn.motcua.dossier;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The file register (sổ theo dõi hồ sơ) and its histories, in the application's own tables. Other
 * features learn of new files and history lines from {@link FileRegistered} and
 * {@link HistoryLineWritten}, published in the same transaction as the row.
 */
@Repository
public class DossierRegister {

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    public DossierRegister(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional
    public long insert(NewDossier d, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    insert into mc_dossier (code, client_request_id, procedure_key, procedure_name, channel,
                        applicant_name, applicant_id_number, applicant_phone, applicant_email, applicant_address,
                        parcel_sheet, parcel_number, parcel_address, commune_code, remote_commune, request_summary,
                        received_at, status, created_at, updated_at, units_passed, applicant_search, code_reversed)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ',', ?, ?)""", new String[] {"id"});
            int i = 1;
            ps.setString(i++, d.code());
            ps.setString(i++, d.clientRequestId());
            ps.setString(i++, d.procedureKey());
            ps.setString(i++, d.procedureName());
            ps.setString(i++, d.channel().name());
            ps.setString(i++, d.applicant().fullName());
            ps.setString(i++, d.applicant().idNumber());
            ps.setString(i++, d.applicant().phone());
            ps.setString(i++, d.applicant().email());
            ps.setString(i++, d.applicant().address());
            ps.setString(i++, d.parcel().mapSheet());
            ps.setString(i++, d.parcel().parcelNumber());
            ps.setString(i++, d.parcel().address());
            ps.setString(i++, d.parcel().communeCode());
            ps.setBoolean(i++, d.parcel().remoteCommune());
            ps.setString(i++, d.requestSummary());
            ps.setTimestamp(i++, Timestamp.from(d.receivedAt()));
            ps.setString(i++, DossierStatus.RECEIVED.name());
            ps.setTimestamp(i++, Timestamp.from(now));
            ps.setTimestamp(i++, Timestamp.from(now));
            ps.setString(i++, SearchKeys.name(d.applicant().fullName()));
            ps.setString(i, SearchKeys.reversedCode(d.code()));
            return ps;
        }, keys);
        long id = keys.getKey().longValue();
        events.publishEvent(new FileRegistered(id, d.code()));
        return id;
    }

    public Optional<Dossier> findByCode(String code) {
        return jdbc.query("select * from mc_dossier where code = ?", MAPPER, code).stream().findFirst();
    }

    /** Reads the row under a lock, so two steps of one file never interleave their updates. */
    public Dossier lock(String code) {
        return jdbc.query("select * from mc_dossier where code = ? for update", MAPPER, code).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("No file with code " + code));
    }

    public Optional<Dossier> findByClientRequestId(String clientRequestId) {
        return jdbc.query("select * from mc_dossier where client_request_id = ?", MAPPER, clientRequestId)
                .stream().findFirst();
    }

    public void setProcessInstance(String code, String processInstanceId) {
        jdbc.update("update mc_dossier set process_instance_id = ? where code = ?", processInstanceId, code);
    }

    public void accept(String code, LocalDate acceptedOn, int days, String kind, String source, LocalDate due,
            Instant now) {
        jdbc.update("""
                update mc_dossier set accepted_on = ?, time_limit_days = ?, time_limit_kind = ?, time_limit_source = ?,
                    due_date = ?, counted_due_date = null, paused_since = null, paused_working_days = 0, updated_at = ?
                    where code = ?""",
                Date.valueOf(acceptedOn), days, kind, source, Date.valueOf(due), Timestamp.from(now), code);
    }

    /** The file stays late against {@code due} whatever its appointment becomes (set once). */
    public void countLatenessAgainst(String code, LocalDate due) {
        jdbc.update("update mc_dossier set counted_due_date = coalesce(counted_due_date, ?) where code = ?",
                Date.valueOf(due), code);
    }

    /** The day lateness is counted against: the appointment, unless an apology came after it. */
    public LocalDate countedDueDate(String code) {
        return jdbc.queryForObject("select coalesce(counted_due_date, due_date) from mc_dossier where code = ?",
                LocalDate.class, code);
    }

    public void setDueDate(String code, LocalDate due, boolean extended, Instant now) {
        jdbc.update("update mc_dossier set due_date = ?, extended = ?, updated_at = ? where code = ?",
                Date.valueOf(due), extended, Timestamp.from(now), code);
    }

    public void pause(String code, LocalDate since, String reason, Instant now) {
        jdbc.update("update mc_dossier set paused_since = ?, paused_reason = ?, updated_at = ? where code = ?",
                Date.valueOf(since), reason, Timestamp.from(now), code);
    }

    /** Why the clock is stopped now, or null (running, or stopped before reasons were kept). */
    public String pausedReason(String code) {
        return jdbc.queryForObject("select paused_reason from mc_dossier where code = ?", String.class, code);
    }

    /** @param countedDue the day lateness is counted against, moved by the same pause (null: the appointment) */
    public void resume(String code, int pausedDays, LocalDate due, LocalDate countedDue, Instant now) {
        jdbc.update("""
                update mc_dossier set paused_since = null, paused_working_days = paused_working_days + ?,
                    due_date = ?, counted_due_date = ?, updated_at = ? where code = ?""", pausedDays, Date.valueOf(due),
                countedDue == null ? null : Date.valueOf(countedDue), Timestamp.from(now), code);
    }

    public void requestSupplement(String code, String items, Instant now, boolean byAgency) {
        requestSupplement(code, items, now, byAgency, true);
    }

    /** @param restartsClock false for an agency's late request: its clock keeps running (V7) */
    public void requestSupplement(String code, String items, Instant now, boolean byAgency, boolean restartsClock) {
        jdbc.update("""
                update mc_dossier set supplement_items = ?, supplement_noticed_at = ?,
                    supplement_count = supplement_count + ?, supplement_restarts_clock = ?, updated_at = ? where code = ?""",
                items, Timestamp.from(now), byAgency ? 1 : 0, restartsClock, Timestamp.from(now), code);
    }

    public boolean supplementRestartsClock(String code) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select supplement_restarts_clock from mc_dossier where code = ?",
                Boolean.class, code));
    }

    public void markDecisionIssued(String code, Instant now) {
        jdbc.update("update mc_dossier set decision_issued = true, updated_at = ? where code = ?", Timestamp.from(now), code);
    }

    public void setResult(String code, String outcome, Instant now) {
        jdbc.update("update mc_dossier set result_outcome = ?, updated_at = ? where code = ?", outcome,
                Timestamp.from(now), code);
    }

    public void finish(String code, String delivery, Instant now) {
        jdbc.update("update mc_dossier set result_delivery = ?, finished_at = ?, updated_at = ? where code = ?",
                delivery, Timestamp.from(now), Timestamp.from(now), code);
    }

    @Transactional
    public void changeStatus(Dossier dossier, DossierStatus status, String reason, String actor, Instant now) {
        jdbc.update("update mc_dossier set status = ?, status_reason = ?, updated_at = ? where id = ?",
                status.name(), reason, Timestamp.from(now), dossier.id());
        recordEvent(dossier, status.name(), reason, actor, now);
    }

    /**
     * A line in the file's history without a change of status (near due, overdue...). The line keeps
     * the file's appointment date and pause as they are now, after this step's own changes: the
     * portal and the applicant are told that state, however late the line is sent (V13).
     */
    @Transactional
    public void recordEvent(Dossier dossier, String event, String reason, String actor, Instant now) {
        long id = dossier.id();
        var keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    insert into mc_dossier_status (dossier_id, status, reason, actor, changed_at, due_date, paused, pause_reason)
                    values (?, ?, ?, ?, ?, (select due_date from mc_dossier where id = ?),
                        (select case when paused_since is null then false else true end from mc_dossier where id = ?),
                        (select case when paused_since is null then null else paused_reason end from mc_dossier where id = ?))""",
                    new String[] {"id"});
            ps.setLong(1, id);
            ps.setString(2, event);
            ps.setString(3, reason);
            ps.setString(4, actor);
            ps.setTimestamp(5, Timestamp.from(now));
            ps.setLong(6, id);
            ps.setLong(7, id);
            ps.setLong(8, id);
            return ps;
        }, keys);
        events.publishEvent(new HistoryLineWritten(keys.getKey().longValue(), id, event));
    }

    public void recordDueDateChange(Dossier dossier, DueDateChange.Kind kind, LocalDate oldDue, LocalDate newDue,
            String reason, String actor, Instant now) {
        jdbc.update("""
                insert into mc_due_date_change (dossier_id, kind, old_due, new_due, reason, actor, changed_at)
                values (?, ?, ?, ?, ?, ?, ?)""", dossier.id(), kind.name(), oldDue == null ? null : Date.valueOf(oldDue),
                Date.valueOf(newDue), reason, actor, Timestamp.from(now));
    }

    public List<StatusChange> statusHistory(long dossierId) {
        return jdbc.query("select * from mc_dossier_status where dossier_id = ? order by changed_at, id",
                (rs, n) -> new StatusChange(rs.getString("status"), rs.getString("reason"), rs.getString("actor"),
                        instant(rs, "changed_at")), dossierId);
    }

    public List<DueDateChange> dueDateHistory(long dossierId) {
        return jdbc.query("select * from mc_due_date_change where dossier_id = ? order by changed_at, id",
                (rs, n) -> new DueDateChange(DueDateChange.Kind.valueOf(rs.getString("kind")),
                        localDate(rs, "old_due"), localDate(rs, "new_due"), rs.getString("reason"),
                        rs.getString("actor"), instant(rs, "changed_at")), dossierId);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static final RowMapper<Dossier> MAPPER = (rs, n) -> new Dossier(rs.getLong("id"), rs.getString("code"),
            rs.getString("client_request_id"), rs.getString("procedure_key"), rs.getString("procedure_name"),
            Channel.valueOf(rs.getString("channel")),
            new Dossier.Applicant(rs.getString("applicant_name"), rs.getString("applicant_id_number"),
                    rs.getString("applicant_phone"), rs.getString("applicant_email"), rs.getString("applicant_address")),
            new Dossier.Parcel(rs.getString("parcel_sheet"), rs.getString("parcel_number"),
                    rs.getString("parcel_address"), rs.getString("commune_code"), rs.getBoolean("remote_commune")),
            rs.getString("request_summary"), instant(rs, "received_at"), localDate(rs, "accepted_on"),
            integer(rs, "time_limit_days"), rs.getString("time_limit_kind"), rs.getString("time_limit_source"),
            localDate(rs, "paused_since"), rs.getInt("paused_working_days"), localDate(rs, "due_date"),
            rs.getBoolean("extended"), rs.getInt("supplement_count"), rs.getString("supplement_items"),
            instant(rs, "supplement_noticed_at"), DossierStatus.valueOf(rs.getString("status")),
            rs.getString("status_reason"), rs.getString("result_outcome"), rs.getString("result_delivery"),
            rs.getBoolean("decision_issued"), instant(rs, "finished_at"), rs.getString("process_instance_id"));
}
