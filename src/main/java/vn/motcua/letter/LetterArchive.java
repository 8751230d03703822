package vn.motcua.letter;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import vn.motcua.dossier.DossierEvent;

/** The archive of issued letters ({@code mc_letter}): HTML as the record, PDF printed from it. */
@Repository
class LetterArchive {

    private static final String SUMMARY = "select id, dossier_id, kind, letter_number, title, created_at from mc_letter ";

    private final JdbcTemplate jdbc;

    LetterArchive(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(long dossierId, DossierEvent.Kind event, String occurrence, LetterKind kind) {
        Integer count = jdbc.queryForObject(
                "select count(*) from mc_letter where dossier_id = ? and event = ? and occurrence = ? and kind = ?",
                Integer.class, dossierId, event.name(), occurrence, kind.name());
        return count != null && count > 0;
    }

    long insert(long dossierId, DossierEvent.Kind event, String occurrence, LetterKind kind, String number,
            String html, Instant createdAt) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    insert into mc_letter (dossier_id, event, occurrence, kind, letter_number, title, html, created_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            ps.setLong(1, dossierId);
            ps.setString(2, event.name());
            ps.setString(3, occurrence);
            ps.setString(4, kind.name());
            ps.setString(5, number);
            ps.setString(6, kind.title());
            ps.setString(7, html);
            ps.setTimestamp(8, Timestamp.from(createdAt));
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    List<Letter> of(long dossierId) {
        return jdbc.query(SUMMARY + "where dossier_id = ? order by created_at, id", SUMMARY_MAPPER, dossierId);
    }

    Optional<Letter> find(long dossierId, long id) {
        return jdbc.query(SUMMARY + "where dossier_id = ? and id = ?", SUMMARY_MAPPER, dossierId, id).stream().findFirst();
    }

    /** The letter of that kind a file already has, if any (e.g. the refusal a result hand-over refers to). */
    Optional<Letter> latest(long dossierId, LetterKind kind) {
        return jdbc.query(SUMMARY + "where dossier_id = ? and kind = ? order by created_at desc, id desc",
                SUMMARY_MAPPER, dossierId, kind.name()).stream().findFirst();
    }

    String html(long id) {
        return jdbc.queryForObject("select html from mc_letter where id = ?", String.class, id);
    }

    Optional<byte[]> pdf(long id) {
        return jdbc.query("select pdf from mc_letter where id = ?", (rs, n) -> rs.getBytes("pdf"), id).stream()
                .filter(bytes -> bytes != null).findFirst();
    }

    /** Stores the printed PDF unless another node or request stored one first. */
    void storePdf(long id, byte[] pdf) {
        jdbc.update("update mc_letter set pdf = ? where id = ? and pdf is null", pdf, id);
    }

    private static final RowMapper<Letter> SUMMARY_MAPPER = (rs, n) -> new Letter(rs.getLong("id"),
            rs.getLong("dossier_id"), LetterKind.valueOf(rs.getString("kind")), rs.getString("letter_number"),
            rs.getString("title"), instant(rs, "created_at"));

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
