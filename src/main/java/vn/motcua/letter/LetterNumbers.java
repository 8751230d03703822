package vn.motcua.letter;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Letter numbers, one sequence per {@link LetterSeries} (kind prefix and issuing agency) and year.
 * The row is bumped under a row lock in the issuing step's transaction: two letters never share a
 * number, and a step that rolls back gives its number back.
 */
@Component
class LetterNumbers {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate newTransaction;

    LetterNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public int next(LetterSeries series, int year) {
        String bump = "update mc_letter_sequence set last_value = last_value + 1 where prefix = ? and issue_year = ?";
        if (jdbc.update(bump, series.key(), year) == 0) {
            createYear(series, year);
            jdbc.update(bump, series.key(), year);
        }
        return jdbc.queryForObject("select last_value from mc_letter_sequence where prefix = ? and issue_year = ?",
                Integer.class, series.key(), year);
    }

    /**
     * The year's row is created in a transaction of its own: a failed insert would abort the
     * caller's transaction on PostgreSQL, and another node may create it first. It starts where the
     * row it continues stopped that year, if any.
     */
    private void createYear(LetterSeries series, int year) {
        try {
            newTransaction.executeWithoutResult(status -> jdbc.update("""
                    insert into mc_letter_sequence (prefix, issue_year, last_value) values (?, ?, coalesce(
                    (select s.last_value from mc_letter_sequence s where s.prefix = ? and s.issue_year = ?), 0))""",
                    series.key(), year, series.continues() == null ? "" : series.continues(), year));
        } catch (DuplicateKeyException raced) {
            // created by a concurrent letter: fine, the caller bumps it
        }
    }
}
