package vn.motcua.feedback;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The desk's dialogue records (V23). */
@Repository
class DeskDialogues {

    private final JdbcTemplate jdbc;

    DeskDialogues(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(DeskDialogue d, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("""
                    insert into mc_desk_dialogue (desk_group, officer, dossier_code, dossier_id, person_name, topic, outcome,
                        started_at, ended_at, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            ps.setString(1, d.deskGroup());
            ps.setString(2, d.officer());
            ps.setString(3, d.dossierCode());
            ps.setObject(4, d.dossierId());
            ps.setString(5, d.personName());
            ps.setString(6, d.topic());
            ps.setString(7, d.outcome());
            ps.setTimestamp(8, Timestamp.from(d.startedAt()));
            ps.setTimestamp(9, Timestamp.from(d.endedAt()));
            ps.setTimestamp(10, Timestamp.from(now));
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    List<DeskDialogue> all() {
        return query("select * from mc_desk_dialogue order by started_at, id");
    }

    List<DeskDialogue> ofDesk(String deskGroup) {
        return query("select * from mc_desk_dialogue where desk_group = ? order by started_at desc, id desc", deskGroup);
    }

    private List<DeskDialogue> query(String sql, Object... args) {
        return jdbc.query(sql, (rs, n) -> {
            long dossierId = rs.getLong("dossier_id");
            Long dossier = rs.wasNull() ? null : dossierId;
            return new DeskDialogue(rs.getLong("id"), rs.getString("desk_group"), rs.getString("officer"),
                    rs.getString("dossier_code"), dossier, rs.getString("person_name"), rs.getString("topic"),
                    rs.getString("outcome"), rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("ended_at").toInstant());
        }, args);
    }
}
