package vn.motcua.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * V26: what the job executor's acquisition needs when a backlog of due jobs waits (a node back from
 * an outage, 100,000 files falling due at once), with application.yaml's
 * {@code job-executor-acquire-by-due-date} and {@code ensure-job-due-date-not-null}. The engine asks
 * for "the 3 earliest due jobs that are not locked, and whose process instance has no locked job";
 * Camunda's scripts index neither half (docs/benchmark.md, "Job acquisition by due date"):
 * <ul>
 * <li>an index on the due date, so the earliest due jobs are read in order and the scan stops after a few;</li>
 * <li>on PostgreSQL, a partial index of the locked jobs only (a handful at any moment), so the check
 * for a locked sibling reads those instead of hashing the whole job table on every acquisition. H2
 * has no partial indexes; it is the demo's database, not a province's.</li>
 * </ul>
 * Jobs written before (asynchronous steps) get their creation time as due date, since the acquisition
 * no longer looks for jobs without one. In Java rather than SQL for the PostgreSQL-only index.
 */
@Component
public class JobAcquisitionIndexes extends CodeMigration {

    public static final String DUE_DATE_INDEX = "ACT_IDX_JOB_DUEDATE";
    public static final String LOCKED_INDEX = "ACT_IDX_JOB_LOCKED";

    public JobAcquisitionIndexes() {
        super("26", "job acquisition by due date");
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        createIndexes(connection);
        try (Statement update = connection.createStatement()) {
            update.execute("update ACT_RU_JOB set DUEDATE_ = coalesce(CREATE_TIME_, current_timestamp) where DUEDATE_ is null");
        }
    }

    /** The indexes alone; the throughput benchmark drops and re-creates them to time the difference. */
    public static void createIndexes(Connection connection) throws SQLException {
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("create index " + DUE_DATE_INDEX + " on ACT_RU_JOB (DUEDATE_)");
            if ("postgres".equals(CamundaEngineSchema.databaseType(connection))) {
                ddl.execute("create index " + LOCKED_INDEX + " on ACT_RU_JOB (PROCESS_INSTANCE_ID_) where LOCK_OWNER_ is not null");
            }
        }
    }
}
