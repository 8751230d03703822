package vn.motcua.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.sql.Timestamp;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V29 moves supervision's mark on the control sheet ({@code mc_handover.kpi_rolled_at}) into its own
 * table: the hand-overs not rolled yet before it are the rows of {@code mc_kpi_live_handover} after,
 * and the column and its index are gone. On H2, and on PostgreSQL with the "postgres" profile.
 */
class KpiLiveHandoverMigrationIT {

    private static final Timestamp RECEIVED = Timestamp.from(Instant.parse("2026-03-02T02:00:00Z"));
    private static final Timestamp FINISHED = Timestamp.from(Instant.parse("2026-03-03T03:00:00Z"));

    private final MigrationSteps database = new MigrationSteps();
    private final JdbcTemplate jdbc = database.jdbc;

    @AfterEach
    void dropDatabase() {
        database.drop();
    }

    @Test
    void theHandoversNotRolledYetMoveAndTheColumnLeavesTheControlSheet() {
        database.migrateUpTo("29");
        long file = file("F-STEPS");
        long rolled = handover(file, "task-rolled", FINISHED, "ON_TIME", FINISHED);
        long finished = handover(file, "task-finished", FINISHED, "LATE", null);
        long held = handover(file, "task-held", null, null, null);

        database.migrateAll();

        assertThat(jdbc.queryForList("select handover_id from mc_kpi_live_handover order by handover_id", Long.class))
                .as("the finished step not rolled yet and the step still held").containsExactly(finished, held)
                .doesNotContain(rolled);
        assertThat(jdbc.queryForObject("select count(*) from mc_handover", Long.class))
                .as("the control sheet keeps every step").isEqualTo(3);
        assertThat(database.columns("mc_handover")).isNotEmpty().doesNotContain("kpi_rolled_at");
        assertThatCode(() -> jdbc.execute("create index mc_handover_kpi_rolled on mc_handover (finished_at)"))
                .as("the old index's name is free").doesNotThrowAnyException();
    }

    /** A file as the register holds it after V27. */
    private long file(String code) {
        jdbc.update("""
                insert into mc_dossier (code, procedure_key, procedure_name, channel, applicant_name, applicant_id_number,
                    received_at, status, created_at, updated_at)
                values (?, 'land-use-conversion', 'Chuyển mục đích sử dụng đất', 'IN_PERSON', 'Nguyễn Văn An',
                    '001203004567', ?, 'IN_PROGRESS', ?, ?)""", code, RECEIVED, RECEIVED, RECEIVED);
        return jdbc.queryForObject("select id from mc_dossier where code = ?", Long.class, code);
    }

    /** A step as the control sheet held it before V29, with supervision's column on it. */
    private long handover(long dossierId, String taskId, Timestamp finishedAt, String outcome, Timestamp rolledAt) {
        jdbc.update("""
                insert into mc_handover (dossier_id, task_id, step_key, step_name, unit, received_at, finished_at, outcome,
                    kpi_rolled_at)
                values (?, ?, 'appraiseFile', 'Thẩm định hồ sơ', 'landoffice', ?, ?, ?, ?)""",
                dossierId, taskId, RECEIVED, finishedAt, outcome, rolledAt);
        return jdbc.queryForObject("select id from mc_handover where task_id = ?", Long.class, taskId);
    }
}
