package vn.motcua.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AcquirableJobEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.motcua.support.IntegrationTest;

/**
 * The job executor takes the earliest due jobs first, through an index on the due date
 * ({@link JobAcquisitionIndexes} and application.yaml): with a backlog of due timers an acquisition reads a few index entries, and the
 * oldest escalation runs first. The demo office's files leave asynchronous steps and due timers in the
 * table (the job executor is off in tests), which is the backlog read here.
 */
@IntegrationTest
class JobAcquisitionIT {

    @Autowired
    ProcessEngineConfigurationImpl engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void everyJobHasADueDateAndTheDueDateIsIndexed() throws Exception {
        assertThat(engine.isJobExecutorAcquireByDueDate()).as("acquire by due date").isTrue();
        assertThat(engine.isEnsureJobDueDateNotNull()).as("every job has a due date").isTrue();
        assertThat(jdbc.queryForObject("select count(*) from ACT_RU_JOB", Integer.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from ACT_RU_JOB where DUEDATE_ is null", Integer.class)).isZero();
        assertThat(indexedColumns("ACT_IDX_JOB_DUEDATE")).containsExactly("DUEDATE_");
        if ("postgres".equals(databaseType())) { // the locked jobs, for the check of a locked sibling
            assertThat(indexedColumns("ACT_IDX_JOB_LOCKED")).containsExactly("PROCESS_INSTANCE_ID_");
        }
    }

    @Test
    void theAcquisitionQueryReturnsTheEarliestDueJobsFirst() {
        List<AcquirableJobEntity> next = engine.getCommandExecutorTxRequired()
                .execute(context -> context.getJobManager().findNextJobsToExecute(new Page(0, 50)));

        assertThat(next).hasSizeGreaterThan(1);
        List<Date> dueDates = next.stream().map(AcquirableJobEntity::getDuedate).toList();
        assertThat(dueDates).isSortedAccordingTo(Date::compareTo);
        Date earliestDue = jdbc.queryForObject("select min(DUEDATE_) from ACT_RU_JOB where RETRIES_ > 0 "
                + "and SUSPENSION_STATE_ = 1 and DUEDATE_ <= current_timestamp and LOCK_OWNER_ is null", Date.class);
        assertThat(dueDates.get(0)).isEqualTo(earliestDue);
    }

    private String databaseType() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return CamundaEngineSchema.databaseType(connection);
        }
    }

    /** The columns of an index on ACT_RU_JOB, by the index's name (H2 and PostgreSQL fold case apart). */
    private List<String> indexedColumns(String index) throws Exception {
        List<String> columns = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (String table : List.of("ACT_RU_JOB", "act_ru_job")) {
                try (ResultSet indexes = connection.getMetaData().getIndexInfo(null, null, table, false, false)) {
                    while (indexes.next()) {
                        if (index.equalsIgnoreCase(indexes.getString("INDEX_NAME"))) {
                            columns.add(indexes.getString("COLUMN_NAME").toUpperCase());
                        }
                    }
                }
            }
        }
        return columns;
    }
}
