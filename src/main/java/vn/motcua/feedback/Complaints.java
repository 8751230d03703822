package vn.motcua.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The complaints register (V22). */
@Repository
class Complaints {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    Complaints(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    long insert(Complaint c) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        named.update("""
                insert into mc_complaint (source, external_id, kind, dossier_code, dossier_id, unit_group, leaders_group,
                    person_name, person_phone, content, received_at, due_on, due_source, recorded_by)
                values (:source, :external, :kind, :code, :dossier, :unit, :leaders, :name, :phone, :content, :received,
                    :due, :dueSource, :recordedBy)""", new MapSqlParameterSource()
                .addValue("source", c.source().name()).addValue("external", c.externalId()).addValue("kind", c.kind().name())
                .addValue("code", c.dossierCode()).addValue("dossier", c.dossierId()).addValue("unit", c.unitGroup())
                .addValue("leaders", c.leadersGroup()).addValue("name", c.personName()).addValue("phone", c.personPhone())
                .addValue("content", c.content()).addValue("received", Timestamp.from(c.receivedAt()))
                .addValue("due", c.dueOn()).addValue("dueSource", c.dueSource()).addValue("recordedBy", c.recordedBy()),
                key, new String[] {"id"});
        return key.getKey().longValue();
    }

    Optional<Complaint> find(long id) {
        return jdbc.query("select * from mc_complaint where id = ?", Complaints::row, id).stream().findFirst();
    }

    Optional<Complaint> findExternal(Complaint.Source source, String externalId) {
        return jdbc.query("select * from mc_complaint where source = ? and external_id = ?", Complaints::row,
                source.name(), externalId).stream().findFirst();
    }

    /** Locks the row, so two answers at once are one answer and one conflict. */
    Optional<Complaint> lock(long id) {
        return jdbc.query("select * from mc_complaint where id = ? for update", Complaints::row, id).stream().findFirst();
    }

    /** Writes the answer only if there is none yet. @return whether this call wrote it */
    boolean answer(long id, String answer, String officer, Instant at) {
        return jdbc.update("update mc_complaint set answer = ?, answered_by = ?, answered_at = ? where id = ? and answered_at is null",
                answer, officer, Timestamp.from(at), id) == 1;
    }

    /** Marks every open complaint whose last day is before today as escalated. @return the ones marked now */
    List<Complaint> escalateLate(LocalDate today, Instant now) {
        List<Complaint> late = jdbc.query("""
                select * from mc_complaint where answered_at is null and escalated_at is null and due_on < ?
                order by id""", Complaints::row, today);
        return late.stream().filter(c -> jdbc.update("update mc_complaint set escalated_at = ? where id = ? and escalated_at is null",
                Timestamp.from(now), c.id()) == 1).toList();
    }

    /** Marks one open complaint, late by today, as escalated. @return whether this call marked it */
    boolean escalate(long id, LocalDate today, Instant now) {
        return jdbc.update("""
                update mc_complaint set escalated_at = ?
                where id = ? and answered_at is null and escalated_at is null and due_on < ?""",
                Timestamp.from(now), id, today) == 1;
    }

    /** The complaints the unit answers, and those of the units whose leaders these are, once escalated. */
    List<Complaint> forGroups(Collection<String> groups) {
        if (groups.isEmpty()) {
            return List.of();
        }
        return named.query("""
                select * from mc_complaint where unit_group in (:groups)
                   or (escalated_at is not null and leaders_group in (:groups))
                order by answered_at desc nulls first, due_on, id""", new MapSqlParameterSource("groups", groups),
                Complaints::row);
    }

    public List<Complaint> ofDossier(long dossierId) {
        return jdbc.query("select * from mc_complaint where dossier_id = ? order by received_at, id", Complaints::row, dossierId);
    }

    List<Complaint> all() {
        return jdbc.query("select * from mc_complaint order by id", Complaints::row);
    }

    static Complaint row(ResultSet rs, int n) throws SQLException {
        long dossierId = rs.getLong("dossier_id");
        Long dossier = rs.wasNull() ? null : dossierId;
        return new Complaint(rs.getLong("id"), Complaint.Source.valueOf(rs.getString("source")), rs.getString("external_id"),
                Complaint.Kind.valueOf(rs.getString("kind")), rs.getString("dossier_code"), dossier,
                rs.getString("unit_group"), rs.getString("leaders_group"), rs.getString("person_name"),
                rs.getString("person_phone"), rs.getString("content"), instant(rs, "received_at"),
                rs.getObject("due_on", LocalDate.class), rs.getString("due_source"), rs.getString("recorded_by"),
                rs.getString("answer"), rs.getString("answered_by"), instant(rs, "answered_at"),
                instant(rs, "escalated_at"), instant(rs, "delivered_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
