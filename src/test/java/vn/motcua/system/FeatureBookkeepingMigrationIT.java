package vn.motcua.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V27 moves partner's and supervision's bookkeeping off the register into their own tables: what a
 * database holds before it (citizen checks, the outbox state of the portal and of the notices, the
 * files not rolled yet) is what it holds after, and the old columns are gone. On H2, and on
 * PostgreSQL with the "postgres" profile.
 */
class FeatureBookkeepingMigrationIT {

    private static final Timestamp EARLIER = Timestamp.from(Instant.parse("2026-03-02T02:00:00Z"));
    private static final Timestamp LATER = Timestamp.from(Instant.parse("2026-03-02T03:00:00Z"));

    private final MigrationSteps database = new MigrationSteps();
    private final JdbcTemplate jdbc = database.jdbc;

    @AfterEach
    void dropDatabase() {
        database.drop();
    }

    @Test
    void theBookkeepingMovesWithItsDataAndLeavesTheRegister() {
        database.migrateUpTo("27");
        long checked = file("F-CHECKED", "MATCH", EARLIER, 1, null, LATER);
        long waiting = file("F-WAITING", null, null, 2, LATER, null);
        long accepted = line(checked, "IN_PROGRESS");
        long nearDue = line(checked, "NEAR_DUE");
        long withdrawn = line(waiting, "WITHDRAWN");
        jdbc.update("""
                update mc_dossier_status set portal_synced_at = ?, portal_attempts = 1, notice_sent_at = ?
                where id = ?""", EARLIER, LATER, accepted);
        jdbc.update("""
                update mc_dossier_status set portal_attempts = 3, portal_next_attempt_at = ?, portal_lease_owner = 'node-a',
                    portal_lease_until = ?, portal_error = 'HTTP 503' where id = ?""", LATER, EARLIER, withdrawn);

        // V27 alone: from V30 on, H2 reads these columns as OffsetDateTime, not as the Timestamps written.
        database.migrateThrough("27");

        assertThat(jdbc.queryForList("select dossier_id, result, checked_at, attempts, next_attempt_at from mc_citizen_check"
                + " order by dossier_id")).containsExactly(
                        row("DOSSIER_ID", checked, "RESULT", "MATCH", "CHECKED_AT", EARLIER, "ATTEMPTS", 1,
                                "NEXT_ATTEMPT_AT", null),
                        row("DOSSIER_ID", waiting, "RESULT", null, "CHECKED_AT", null, "ATTEMPTS", 2,
                                "NEXT_ATTEMPT_AT", LATER));
        assertThat(jdbc.queryForList("select receiver, line_id, delivered_at, attempts, next_attempt_at, lease_owner,"
                + " lease_until, error from mc_history_outbox order by receiver, line_id")).containsExactly(
                        row("RECEIVER", "NOTICE", "LINE_ID", accepted, "DELIVERED_AT", LATER, "ATTEMPTS", 0,
                                "NEXT_ATTEMPT_AT", null, "LEASE_OWNER", null, "LEASE_UNTIL", null, "ERROR", null),
                        row("RECEIVER", "PORTAL", "LINE_ID", accepted, "DELIVERED_AT", EARLIER, "ATTEMPTS", 1,
                                "NEXT_ATTEMPT_AT", null, "LEASE_OWNER", null, "LEASE_UNTIL", null, "ERROR", null),
                        row("RECEIVER", "PORTAL", "LINE_ID", withdrawn, "DELIVERED_AT", null, "ATTEMPTS", 3,
                                "NEXT_ATTEMPT_AT", LATER, "LEASE_OWNER", "node-a", "LEASE_UNTIL", EARLIER,
                                "ERROR", "HTTP 503"));
        assertThat(jdbc.queryForList("select line_id from mc_history_outbox", Long.class))
                .as("a line of a kind nobody is sent").doesNotContain(nearDue);
        assertThat(jdbc.queryForList("select dossier_id from mc_kpi_live_file", Long.class))
                .as("only the file not rolled yet").containsExactly(waiting);
        assertThat(database.columns("mc_dossier")).noneMatch(c -> c.startsWith("citizen_check") || c.equals("kpi_rolled_at"));
        assertThat(database.columns("mc_dossier_status")).noneMatch(c -> c.startsWith("portal_") || c.startsWith("notice_"));
    }

    /** A file as the register held it before V27, with partner's and supervision's columns on it. */
    private long file(String code, String check, Timestamp checkedAt, int attempts, Timestamp nextAt, Timestamp rolledAt) {
        jdbc.update("""
                insert into mc_dossier (code, procedure_key, procedure_name, channel, applicant_name, applicant_id_number,
                    received_at, status, created_at, updated_at, citizen_check, citizen_checked_at, citizen_check_attempts,
                    citizen_check_next_at, kpi_rolled_at)
                values (?, 'land-use-conversion', 'Chuyển mục đích sử dụng đất', 'IN_PERSON', 'Nguyễn Văn An',
                    '001203004567', ?, 'IN_PROGRESS', ?, ?, ?, ?, ?, ?, ?)""",
                code, EARLIER, EARLIER, EARLIER, check, checkedAt, attempts, nextAt, rolledAt);
        return jdbc.queryForObject("select id from mc_dossier where code = ?", Long.class, code);
    }

    private long line(long dossierId, String status) {
        jdbc.update("insert into mc_dossier_status (dossier_id, status, actor, changed_at) values (?, ?, 'tiepnhan1', ?)",
                dossierId, status, EARLIER);
        return jdbc.queryForObject("select max(id) from mc_dossier_status", Long.class);
    }

    /** A row as JdbcTemplate returns it, keys compared without case (H2 names columns in upper case). */
    private static Map<String, Object> row(Object... keysAndValues) {
        var row = new org.springframework.util.LinkedCaseInsensitiveMap<Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            row.put((String) keysAndValues[i], value);
        }
        return row;
    }
}
