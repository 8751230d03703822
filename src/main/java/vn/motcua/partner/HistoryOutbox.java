package vn.motcua.partner;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.motcua.dossier.HistoryLineWritten;
import vn.motcua.system.TimeSource;

/**
 * The lines of files' histories one receiver is sent, as an outbox of its own (mc_history_outbox,
 * V27): a line of a kind the receiver gets is queued in the transaction that wrote it, claimed with
 * a lease (so two nodes never send it at once), and marked delivered, or failed with a wait that
 * grows with each attempt. The receivers ("PORTAL", "NOTICE") share the table, a row each per line.
 */
final class HistoryOutbox {

    static final int BATCH = 50;
    static final Duration LEASE = Duration.ofMinutes(2);
    static final Duration MAX_BACKOFF = Duration.ofMinutes(5);
    /** The rows of one receiver (the parameter) not yet delivered, due or not. */
    static final String WAITING = "receiver = ? and delivered_at is null";
    /** Not leased now (or the lease ran out), and due; the parameters are now, twice. */
    private static final String CLAIMABLE = " and (next_attempt_at is null or next_attempt_at <= ?)"
            + " and (lease_until is null or lease_until < ?)";

    private final JdbcTemplate jdbc;
    private final TimeSource clock;
    private final String receiver;
    private final Set<String> kinds;
    private final String node = UUID.randomUUID().toString();

    /** @param kinds the history lines this receiver gets (statuses and events such as APOLOGY_SENT) */
    HistoryOutbox(JdbcTemplate jdbc, TimeSource clock, String receiver, Collection<String> kinds) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.receiver = receiver;
        this.kinds = Set.copyOf(kinds);
    }

    /** Queues a new line if this receiver gets its kind; called inside the transaction that wrote it. */
    void queue(HistoryLineWritten line) {
        if (kinds.contains(line.kind())) {
            jdbc.update("insert into mc_history_outbox (receiver, line_id) values (?, ?)", receiver, line.lineId());
        }
    }

    /**
     * Claims the lines due now, at most {@link #BATCH}. The outer update repeats the conditions, so a node
     * that waited for another's claim of the same rows finds them leased and takes none of them.
     *
     * @param fileColumns columns of the line (mc_dossier_status s) or of the file (mc_dossier d) the
     *                    receiver needs besides the line's id, status, reason, changed_at and attempts
     */
    List<Map<String, Object>> claim(String fileColumns) {
        Timestamp now = Timestamp.from(clock.now());
        int claimed = jdbc.update("""
                update mc_history_outbox set lease_owner = ?, lease_until = ?
                where %1$s%2$s
                  and line_id in (select line_id from mc_history_outbox where %1$s%2$s order by line_id limit %3$d)"""
                .formatted(WAITING, CLAIMABLE, BATCH),
                node, Timestamp.from(now.toInstant().plus(LEASE)), receiver, now, now, receiver, now, now);
        if (claimed == 0) {
            return List.of();
        }
        return jdbc.queryForList("""
                select s.id, s.status, s.reason, s.changed_at, o.attempts, %s
                from mc_history_outbox o join mc_dossier_status s on s.id = o.line_id join mc_dossier d on d.id = s.dossier_id
                where o.receiver = ? and o.delivered_at is null and o.lease_owner = ? order by s.id""".formatted(fileColumns),
                receiver, node);
    }

    /** @param note why it counts as delivered without being sent, or null */
    void delivered(long id, String note) {
        jdbc.update("update mc_history_outbox set delivered_at = ?, lease_owner = null, lease_until = null, error = ?"
                + " where receiver = ? and line_id = ?", Timestamp.from(clock.now()), note, receiver, id);
    }

    /** @return the attempt number that failed */
    int failed(Map<String, Object> line, String error) {
        int attempts = ((Number) line.get("attempts")).intValue() + 1;
        Instant next = clock.now().plus(backoff(attempts));
        jdbc.update("update mc_history_outbox set attempts = ?, next_attempt_at = ?, error = ?, lease_owner = null,"
                + " lease_until = null where receiver = ? and line_id = ?", attempts, Timestamp.from(next), abbreviate(error),
                receiver, ((Number) line.get("id")).longValue());
        return attempts;
    }

    /** 15 s, 30 s, 1 min, ... at most 5 min: well inside the portal's 10-minute rule once the receiver is back. */
    static Duration backoff(int attempts) {
        Duration d = Duration.ofSeconds(15L << Math.min(attempts - 1, 10));
        return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
    }

    private static String abbreviate(String text) {
        return text == null ? null : text.length() <= 500 ? text : text.substring(0, 497) + "...";
    }
}
