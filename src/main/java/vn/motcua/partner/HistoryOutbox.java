package vn.motcua.partner;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.motcua.system.EngineClock;

/**
 * A file's history (mc_dossier_status) read as an outbox by one receiver: the lines of some kinds
 * not yet delivered are claimed with a lease (so two nodes never send one at once), and marked
 * delivered, or failed with a wait that grows with each attempt. Each receiver has its own columns,
 * named by a prefix ("portal_", "notice_") and its own "delivered" column.
 */
final class HistoryOutbox {

    static final int BATCH = 50;
    static final Duration LEASE = Duration.ofMinutes(2);
    static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

    private final JdbcTemplate jdbc;
    private final EngineClock clock;
    private final String prefix;
    private final String delivered;
    private final String waiting;
    private final String node = UUID.randomUUID().toString();

    /** @param kinds the history lines this receiver gets, as an SQL list ('IN_PROGRESS','APOLOGY_SENT') */
    HistoryOutbox(JdbcTemplate jdbc, EngineClock clock, String prefix, String delivered, String kinds) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.prefix = prefix;
        this.delivered = delivered;
        this.waiting = delivered + " is null and status in (" + kinds + ")";
    }

    /** The lines not yet delivered, due or not: what a health check or a metric counts. */
    String waiting() {
        return waiting;
    }

    /**
     * Claims the lines due now, at most {@link #BATCH}.
     *
     * @param fileColumns columns of the line (mc_dossier_status s) or of the file (mc_dossier d) the
     *                    receiver needs besides the line's id, status, reason, changed_at and attempts
     */
    List<Map<String, Object>> claim(String fileColumns) {
        Instant now = clock.now();
        int claimed = jdbc.update("""
                update mc_dossier_status set %1$slease_owner = ?, %1$slease_until = ?
                where id in (select id from mc_dossier_status
                             where %2$s
                               and (%1$snext_attempt_at is null or %1$snext_attempt_at <= ?)
                               and (%1$slease_until is null or %1$slease_until < ?)
                             order by id limit %3$d)""".formatted(prefix, waiting, BATCH),
                node, Timestamp.from(now.plus(LEASE)), Timestamp.from(now), Timestamp.from(now));
        if (claimed == 0) {
            return List.of();
        }
        return jdbc.queryForList("""
                select s.id, s.status, s.reason, s.changed_at, s.%1$sattempts as attempts, %2$s
                from mc_dossier_status s join mc_dossier d on d.id = s.dossier_id
                where s.%1$slease_owner = ? and s.%3$s is null order by s.id""".formatted(prefix, fileColumns, delivered),
                node);
    }

    /** @param note why it counts as delivered without being sent, or null */
    void delivered(long id, String note) {
        jdbc.update("update mc_dossier_status set %1$s = ?, %2$slease_owner = null, %2$slease_until = null, %2$serror = ?"
                .formatted(delivered, prefix) + " where id = ?", Timestamp.from(clock.now()), note, id);
    }

    /** @return the attempt number that failed */
    int failed(Map<String, Object> line, String error) {
        int attempts = ((Number) line.get("attempts")).intValue() + 1;
        Instant next = clock.now().plus(backoff(attempts));
        jdbc.update("update mc_dossier_status set %1$sattempts = ?, %1$snext_attempt_at = ?, %1$serror = ?,".formatted(prefix)
                + " %1$slease_owner = null, %1$slease_until = null where id = ?".formatted(prefix), attempts,
                Timestamp.from(next), abbreviate(error), ((Number) line.get("id")).longValue());
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
