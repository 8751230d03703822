package vn.motcua.partner;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The register of partner exchanges ({@code mc_partner_exchange}). */
@Repository
public class PartnerExchanges {

    private static final String SELECT =
            "select e.*, d.code as dossier_code from mc_partner_exchange e join mc_dossier d on d.id = e.dossier_id ";

    private final JdbcTemplate jdbc;

    PartnerExchanges(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Registers a request once: the same key registered again (a step run twice) is left as it is. */
    void open(String key, long dossierId, PartnerOperation operation, String stepKey, String processInstanceId,
            Instant dueAt, Instant now) {
        if (find(key).isPresent()) {
            return;
        }
        jdbc.update("""
                insert into mc_partner_exchange (exchange_key, dossier_id, agency, operation, step_key,
                    process_instance_id, status, opened_at, due_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", key, dossierId, operation.agency().name(), operation.name(),
                stepKey, processInstanceId, PartnerExchange.Status.OPEN.name(), ts(now), ts(dueAt));
    }

    public Optional<PartnerExchange> find(String key) {
        return jdbc.query(SELECT + "where e.exchange_key = ?", MAPPER, key).stream().findFirst();
    }

    /** Reads the exchange under a row lock: a callback and the sending step never interleave. */
    Optional<PartnerExchange> lock(String key) {
        List<Long> ids = jdbc.queryForList("select id from mc_partner_exchange where exchange_key = ? for update",
                Long.class, key);
        return ids.isEmpty() ? Optional.empty() : find(key);
    }

    int countOfProcess(String processInstanceId) {
        Integer n = jdbc.queryForObject("select count(*) from mc_partner_exchange where process_instance_id = ?",
                Integer.class, processInstanceId);
        return n == null ? 0 : n;
    }

    public List<PartnerExchange> ofDossier(long dossierId) {
        return jdbc.query(SELECT + "where e.dossier_id = ? order by e.opened_at, e.id", MAPPER, dossierId);
    }

    void markSent(String key, String reference, Instant at) {
        jdbc.update("update mc_partner_exchange set status = case when status = 'OPEN' then 'SENT' else status end,"
                + " sent_at = coalesce(sent_at, ?), agency_reference = coalesce(?, agency_reference) where exchange_key = ?",
                ts(at), reference, key);
    }

    void markAnswered(String key, String outcome, String answer, String digest, Instant at) {
        jdbc.update("update mc_partner_exchange set status = 'ANSWERED', outcome = ?, answer = ?, answer_digest = ?,"
                + " answered_at = ? where exchange_key = ?", outcome, answer, digest, ts(at), key);
    }

    void markReminded(String key, Instant at) {
        jdbc.update("update mc_partner_exchange set reminded_at = ?, reminder_count = reminder_count + 1 where exchange_key = ?",
                ts(at), key);
    }

    void markReported(String key, Instant at) {
        jdbc.update("update mc_partner_exchange set reported_at = coalesce(reported_at, ?) where exchange_key = ?", ts(at), key);
    }

    /** @return whether the exchange was still waiting and is now cancelled */
    boolean cancelIfWaiting(String key) {
        return jdbc.update("update mc_partner_exchange set status = 'CANCELLED' where exchange_key = ? and status in ('OPEN', 'SENT')",
                key) > 0;
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static final RowMapper<PartnerExchange> MAPPER = (rs, n) -> new PartnerExchange(rs.getLong("id"),
            rs.getString("exchange_key"), rs.getLong("dossier_id"), rs.getString("dossier_code"),
            Agency.valueOf(rs.getString("agency")), PartnerOperation.valueOf(rs.getString("operation")),
            rs.getString("step_key"), rs.getString("process_instance_id"),
            PartnerExchange.Status.valueOf(rs.getString("status")), instant(rs, "opened_at"), instant(rs, "sent_at"),
            rs.getString("agency_reference"), instant(rs, "due_at"), instant(rs, "reminded_at"),
            rs.getInt("reminder_count"), instant(rs, "reported_at"), instant(rs, "answered_at"),
            rs.getString("outcome"), rs.getString("answer"), rs.getString("answer_digest"));
}
