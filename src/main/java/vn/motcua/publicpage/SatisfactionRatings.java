package vn.motcua.publicpage;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The applicants' ratings ({@code mc_satisfaction_rating}, V19, with one answer per criterion in
 * {@code mc_satisfaction_answer}, V25): one per file, kept as first given. A second rating of the same
 * file is refused, not merged: the first is what the applicant said right after the result, and a
 * replaceable rating would let whoever holds the receipt rewrite it. Ratings from before V25 carry a
 * 1–5 score and no answers.
 */
@Component
class SatisfactionRatings {

    /** A rating as stored; {@code score} is the old 1–5 scale's, null for a rating by the criteria. */
    record Rating(Integer score, String comment, Instant ratedAt) {
    }

    /** One criterion's answer, and whether it counted as satisfied. */
    record Answer(String criterion, String option, boolean satisfied) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    SatisfactionRatings(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions); // the rating and its answers, or nothing
    }

    Optional<Rating> of(long dossierId) {
        List<Rating> found = jdbc.query("select score, comment_text, rated_at from mc_satisfaction_rating where dossier_id = ?",
                (rs, i) -> new Rating((Integer) rs.getObject(1, Integer.class), rs.getString(2), rs.getTimestamp(3).toInstant()),
                dossierId);
        return found.stream().findFirst();
    }

    /** @return false if the file was already rated (the first rating stands) */
    boolean add(long dossierId, String deskAgencyId, String processingAgencyId, List<Answer> answers, String comment,
            Instant now) {
        if (of(dossierId).isPresent()) {
            return false;
        }
        try {
            return Boolean.TRUE.equals(transaction.execute(status -> {
                jdbc.update("""
                        insert into mc_satisfaction_rating (dossier_id, desk_agency_id, processing_agency_id, score, comment_text,
                            rated_at) values (?, ?, ?, null, ?, ?)""", dossierId, deskAgencyId, processingAgencyId, comment,
                        Timestamp.from(now));
                for (Answer a : answers) {
                    jdbc.update("insert into mc_satisfaction_answer (dossier_id, criterion, answer, satisfied) values (?, ?, ?, ?)",
                            dossierId, a.criterion(), a.option(), a.satisfied());
                }
                return true;
            }));
        } catch (DuplicateKeyException e) {
            return false; // two posts at once: the other one was first
        }
    }
}
