package vn.motcua.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.motcua.support.TestDatabase;

/**
 * V30 turns every moment of the mc_* tables into a timestamp with time zone. Values written before
 * it, as JDBC wrote them (a java.sql.Timestamp in the JVM's zone), read back as the same instants after
 * it; indexes and not-null constraints stay. On H2, and on PostgreSQL with the "postgres" profile. The
 * same JVM writes and migrates, so this shows the values survive; it does not tell "the session's zone"
 * (what V30 relies on) from a fixed zone equal to it.
 */
class TimestampsWithZoneMigrationIT {

    /** 23:30 in Vietnam, 16:30 UTC. */
    private static final Instant RECEIVED = Instant.parse("2026-12-06T16:30:00Z");
    /** 06:30 in Vietnam on 8 December, still 7 December in UTC. */
    private static final Instant FINISHED = Instant.parse("2026-12-07T23:30:00.250Z");
    private static final Instant RATED = Instant.parse("2026-12-08T01:15:00Z");

    private final MigrationSteps database = new MigrationSteps();
    private final JdbcTemplate jdbc = database.jdbc;

    @AfterEach
    void dropDatabase() {
        database.drop();
    }

    @Test
    void momentsWrittenBeforeReadBackAsTheSameInstants() {
        database.migrateUpTo("30");
        long file = file("F-ZONE");
        jdbc.update("""
                insert into mc_handover (dossier_id, task_id, step_key, step_name, unit, received_at, due_at, finished_at, outcome)
                values (?, 'task-1', 'appraiseFile', 'Thẩm định hồ sơ', 'landoffice', ?, null, ?, 'LATE')""",
                file, Timestamp.from(RECEIVED), Timestamp.from(FINISHED));
        jdbc.update("insert into mc_satisfaction_rating (dossier_id, score, rated_at) values (?, 5, ?)", file,
                Timestamp.from(RATED));

        database.migrateAll();

        assertThat(instant("select received_at from mc_dossier where id = ?", file)).isEqualTo(RECEIVED);
        assertThat(instant("select finished_at from mc_dossier where id = ?", file)).isEqualTo(FINISHED);
        assertThat(instant("select finished_at from mc_handover where dossier_id = ?", file)).isEqualTo(FINISHED);
        assertThat(instant("select rated_at from mc_satisfaction_rating where dossier_id = ?", file)).isEqualTo(RATED);
        assertThat(jdbc.queryForObject("select received_at from mc_dossier where id = ?", OffsetDateTime.class, file)
                .toInstant()).as("read with its offset").isEqualTo(RECEIVED);
        assertThat(jdbc.queryForObject("select count(*) from mc_dossier where received_at = ?", Long.class,
                Timestamp.from(RECEIVED))).as("found by the instant written after V30").isEqualTo(1);
    }

    @Test
    void noMomentOfTheApplicationsTablesIsLeftWithoutAZoneAndIndexesStay() throws SQLException {
        database.migrateAll();

        assertThat(jdbc.queryForList("""
                select lower(table_name) || '.' || lower(column_name) from information_schema.columns
                where lower(table_name) like 'mc\\_%' escape '\\' and lower(data_type) in ('timestamp', 'timestamp without time zone')
                """, String.class)).isEmpty();
        assertThat(jdbc.queryForList("""
                select lower(column_name) from information_schema.columns
                where lower(table_name) = 'mc_dossier' and lower(data_type) like 'timestamp with%' and is_nullable = 'NO'
                """, String.class)).containsExactlyInAnyOrder("received_at", "created_at", "updated_at");
        assertThat(indexes("mc_dossier")).contains("mc_dossier_received", "mc_dossier_finished", "mc_dossier_procedure");
        assertThat(indexes("mc_handover")).contains("mc_handover_dossier", "mc_handover_finished");
        assertThat(indexes("mc_dossier_status")).contains("mc_dossier_status_dossier", "mc_dossier_status_actor");
        assertThat(indexes("mc_satisfaction_rating")).contains("mc_satisfaction_rating_rated_at");
        assertThat(indexes("mc_history_outbox")).contains("mc_history_outbox_waiting");
        assertThat(indexes("mc_citizen_check")).contains("mc_citizen_check_due");
        assertThat(indexes("mc_desk_dialogue")).contains("mc_desk_dialogue_desk");
        assertThat(indexes("mc_complaint")).contains("mc_complaint_unit");
    }

    private Instant instant(String sql, long id) {
        return jdbc.queryForObject(sql, Timestamp.class, id).toInstant();
    }

    /** A file as the register held it before V30, its moments written as java.sql.Timestamp. */
    private long file(String code) {
        jdbc.update("""
                insert into mc_dossier (code, procedure_key, procedure_name, channel, applicant_name, applicant_id_number,
                    received_at, status, finished_at, created_at, updated_at)
                values (?, 'land-use-conversion', 'Chuyển mục đích sử dụng đất', 'IN_PERSON', 'Nguyễn Văn An',
                    '001203004567', ?, 'FINISHED', ?, ?, ?)""", code, Timestamp.from(RECEIVED), Timestamp.from(FINISHED),
                Timestamp.from(RECEIVED), Timestamp.from(FINISHED));
        return jdbc.queryForObject("select id from mc_dossier where code = ?", Long.class, code);
    }

    /** The names of a table's indexes, in lower case (PostgreSQL keeps names in lower case, H2 in upper). */
    private List<String> indexes(String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = jdbc.getDataSource().getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String name = TestDatabase.isPostgres() ? table : table.toUpperCase();
            try (ResultSet rs = meta.getIndexInfo(null, null, name, false, false)) {
                while (rs.next()) {
                    if (rs.getString("INDEX_NAME") != null) {
                        names.add(rs.getString("INDEX_NAME").toLowerCase());
                    }
                }
            }
        }
        return names;
    }
}
