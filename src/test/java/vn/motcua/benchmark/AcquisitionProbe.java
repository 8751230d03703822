package vn.motcua.benchmark;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.motcua.system.JobAcquisitionIndexes;

/**
 * Times the job executor's acquisition query on a prepared storm, before any job runs: the engine's
 * own query ({@code JobManager.findNextJobsToExecute}, read-only, nothing locked) in three variants,
 * switched on the running engine, so the three see the same backlog and the same machine load:
 * the engine's default (no order) and by due date, both without V26's indexes, then the application's
 * setting (by due date, with {@link JobAcquisitionIndexes}). The application's setting is restored after. The statistics are the run's:
 * analyzed or stale as the storm left them ({@code bench.storm.analyze}).
 */
final class AcquisitionProbe {

    private static final int WARM_UP = 3;
    private static final int TIMED = 15;

    record Variant(String name, double medianMillis, double p95Millis, int jobs) {
    }

    private final ProcessEngineConfigurationImpl engine;
    private final JdbcTemplate jdbc;

    AcquisitionProbe(ProcessEngineConfigurationImpl engine, JdbcTemplate jdbc) {
        this.engine = engine;
        this.jdbc = jdbc;
    }

    List<Variant> measure(int jobsPerAcquisition) {
        boolean byDueDate = engine.isJobExecutorAcquireByDueDate();
        boolean dueDateNotNull = engine.isEnsureJobDueDateNotNull();
        List<Variant> variants = new ArrayList<>();
        try {
            dropIndexes();
            order(false);
            variants.add(time("engine default (no order)", jobsPerAcquisition));
            order(true);
            variants.add(time("by due date, no index", jobsPerAcquisition));
            jdbc.execute((ConnectionCallback<Void>) connection -> {
                JobAcquisitionIndexes.createIndexes(connection);
                return null;
            });
            variants.add(time("by due date, V26 indexes (the app's)", jobsPerAcquisition));
        } finally {
            engine.setJobExecutorAcquireByDueDate(byDueDate);
            engine.setEnsureJobDueDateNotNull(dueDateNotNull);
        }
        return variants;
    }

    private void dropIndexes() {
        jdbc.execute("drop index " + JobAcquisitionIndexes.DUE_DATE_INDEX);
        jdbc.execute("drop index if exists " + JobAcquisitionIndexes.LOCKED_INDEX); // PostgreSQL only
    }

    private void order(boolean byDueDate) {
        engine.setJobExecutorAcquireByDueDate(byDueDate);
        engine.setEnsureJobDueDateNotNull(byDueDate);
    }

    private Variant time(String name, int jobsPerAcquisition) {
        Samples samples = new Samples();
        int found = 0;
        for (int i = 0; i < WARM_UP + TIMED; i++) {
            long began = System.nanoTime();
            found = engine.getCommandExecutorTxRequired()
                    .execute(context -> context.getJobManager().findNextJobsToExecute(new Page(0, jobsPerAcquisition)))
                    .size();
            if (i >= WARM_UP) {
                samples.add(System.nanoTime() - began);
            }
        }
        return new Variant(name, samples.medianMillis(), samples.p95Millis(), found);
    }
}
