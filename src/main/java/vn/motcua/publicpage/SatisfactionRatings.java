package vn.motcua.publicpage;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The applicants' ratings ({@code mc_satisfaction_rating}, V19): one per file, kept as first given.
 * A second rating of the same file is refused, not merged: the first is what the applicant said right
 * after the result, and a replaceable score would let whoever holds the receipt rewrite it.
 */
@Component
class SatisfactionRatings {

    /** A rating as stored. */
    record Rating(int score, String comment, Instant ratedAt) {
    }

    private final JdbcTemplate jdbc;

    SatisfactionRatings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Rating> of(long dossierId) {
        List<Rating> found = jdbc.query("select score, comment_text, rated_at from mc_satisfaction_rating where dossier_id = ?",
                (rs, i) -> new Rating(rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toInstant()), dossierId);
        return found.stream().findFirst();
    }

    /** @return false if the file was already rated (the first rating stands) */
    boolean add(long dossierId, String deskAgencyId, String processingAgencyId, int score, String comment, Instant now) {
        if (of(dossierId).isPresent()) {
            return false;
        }
        try {
            jdbc.update("""
                    insert into mc_satisfaction_rating (dossier_id, desk_agency_id, processing_agency_id, score, comment_text,
                        rated_at) values (?, ?, ?, ?, ?, ?)""", dossierId, deskAgencyId, processingAgencyId, score, comment,
                    Timestamp.from(now));
            return true;
        } catch (DuplicateKeyException e) {
            return false; // two posts at once: the other one was first
        }
    }
}
