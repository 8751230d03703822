package vn.motcua.dossier;

import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;


/**
 * File codes (mã số hồ sơ, Decree 118/2025 Art 28): agency identifier code, date of receipt and
 * the day's sequence per receiving agency, e.g. {@code 000.00.15.H57-261123-0007}. The sequence row is bumped under a
 * row lock in the caller's transaction, so concurrent receptions never share a number.
 */
@Component
public class FileCodes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate newTransaction;

    public FileCodes(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public String next(String agencyCode, LocalDate day) {
        return agencyCode + "-" + day.format(DAY) + "-" + String.format("%04d", nextSequence(agencyCode, day));
    }

    private int nextSequence(String agencyCode, LocalDate day) {
        Date sqlDay = Date.valueOf(day);
        String bump = "update mc_code_sequence set last_value = last_value + 1 where agency_code = ? and code_day = ?";
        if (jdbc.update(bump, agencyCode, sqlDay) == 0) {
            createDay(agencyCode, sqlDay);
            jdbc.update(bump, agencyCode, sqlDay);
        }
        return jdbc.queryForObject("select last_value from mc_code_sequence where agency_code = ? and code_day = ?",
                Integer.class, agencyCode, sqlDay);
    }

    /**
     * The day's row is created in a transaction of its own: a failed insert would abort the
     * caller's transaction on PostgreSQL, and a racing node may create it first.
     */
    private void createDay(String agencyCode, Date day) {
        try {
            newTransaction.executeWithoutResult(status -> jdbc.update(
                    "insert into mc_code_sequence (agency_code, code_day, last_value) values (?, ?, 0)", agencyCode, day));
        } catch (DuplicateKeyException raced) {
            // another reception created it first: fine, the caller bumps it
        }
    }
}
