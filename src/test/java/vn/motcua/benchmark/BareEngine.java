package vn.motcua.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;

import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import com.zaxxer.hikari.HikariDataSource;

import vn.motcua.system.JobAcquisitionIndexes;

/**
 * A Camunda engine with none of the project in it, for the baselines: the same diagrams and
 * forms as the application deploys, the same engine settings that change what the engine writes
 * (history level, authorization, the permissions it grants on tasks, id generator, job acquisition and
 * its indexes, retries), the same job executor threads, on a database of its own on the same server
 * (JIT off, as the application's: {@link BenchDatabase}); and {@link NoOpBeans} in place of the
 * project's beans. No Spring, no plugins, no parse listeners, no register: what is left
 * is what the engine costs to run these diagrams. The capacity benchmark drives files through it; the
 * throughput benchmark's timer storm lets it escalate late files ({@link NoOpBeans#lateFiles()}).
 */
final class BareEngine implements AutoCloseable {

    /** The application's deployment patterns ({@code camunda.bpm.deployment-resource-pattern}). */
    private static final String[] RESOURCES = { "classpath*:processes/**/*.bpmn", "classpath*:processes/**/*.dmn",
            "classpath*:forms/**/*.form" };

    private final ProcessEngine engine;

    /**
     * A bare engine beside the booted application, mirroring its engine and job executor settings.
     *
     * @param beans what the diagrams' expressions name: {@link NoOpBeans#all()} or {@link NoOpBeans#lateFiles()}
     */
    static BareEngine beside(ConfigurableApplicationContext app, BenchDatabase database, Map<Object, Object> beans) {
        ThreadPoolTaskExecutor pool = (ThreadPoolTaskExecutor) app.getBean("camundaTaskExecutor");
        int connections = app.getBean(DataSource.class) instanceof HikariDataSource hikari ? hikari.getMaximumPoolSize() : 10;
        return new BareEngine(database,
                (ProcessEngineConfigurationImpl) app.getBean(ProcessEngine.class).getProcessEngineConfiguration(),
                new JobExecutorThreads(pool.getCorePoolSize(), pool.getMaxPoolSize(), pool.getQueueCapacity(), connections),
                beans);
    }

    /** Mirrors {@code app}'s engine and job executor settings. */
    private BareEngine(BenchDatabase database, ProcessEngineConfigurationImpl app, JobExecutorThreads threads,
            Map<Object, Object> beans) {
        StandaloneProcessEngineConfiguration config = (StandaloneProcessEngineConfiguration) ProcessEngineConfiguration
                .createStandaloneProcessEngineConfiguration();
        config.setProcessEngineName("bare-" + database.name());
        config.setJdbcUrl(database.jdbcUrl());
        config.setJdbcDriver(database.jdbcDriver());
        config.setJdbcUsername(database.user());
        config.setJdbcPassword(database.password());
        config.setJdbcMaxActiveConnections(threads.connections());
        // MyBatis's pool closes every connection above its idle count when it is returned: PostgreSQL would
        // then start a backend process for nearly every command. A fixed pool, as the application's Hikari.
        config.setJdbcMaxIdleConnections(threads.connections());
        config.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        config.setHistory(app.getHistory());
        config.setAuthorizationEnabled(app.isAuthorizationEnabled());
        config.setDefaultUserPermissionNameForTask(app.getDefaultUserPermissionNameForTask());
        config.setEnableHistoricInstancePermissions(app.isEnableHistoricInstancePermissions());
        config.setEnforceHistoryTimeToLive(app.isEnforceHistoryTimeToLive());
        config.setFailedJobRetryTimeCycle(app.getFailedJobRetryTimeCycle());
        config.setJobExecutorAcquireByDueDate(app.isJobExecutorAcquireByDueDate());
        config.setEnsureJobDueDateNotNull(app.isEnsureJobDueDateNotNull());
        config.setJdbcBatchProcessing(app.isJdbcBatchProcessing());
        config.setMetricsEnabled(app.isMetricsEnabled());
        config.setTaskMetricsEnabled(app.isTaskMetricsEnabled());
        config.setLoggingContextBusinessKey(app.getLoggingContextBusinessKey());
        config.setIdGenerator(app.getIdGenerator()); // the starter's "strong" UUIDs, not the standalone's sequence
        config.setBeans(beans);
        DefaultJobExecutor jobs = new DefaultJobExecutor();
        JobExecutor appJobs = app.getJobExecutor();
        jobs.setCorePoolSize(threads.core());
        jobs.setMaxPoolSize(threads.max());
        jobs.setQueueSize(threads.queue());
        jobs.setMaxJobsPerAcquisition(appJobs.getMaxJobsPerAcquisition());
        jobs.setWaitTimeInMillis(appJobs.getWaitTimeInMillis());
        jobs.setMaxWait(appJobs.getMaxWait());
        jobs.setLockTimeInMillis(appJobs.getLockTimeInMillis());
        config.setJobExecutor(jobs);
        config.setJobExecutorActivate(true);
        this.engine = config.buildProcessEngine();
        addJobAcquisitionIndexes(config);
        deploy();
    }

    /** The application's V26 indexes, which its acquisition by due date reads (the engine's schema has none). */
    private static void addJobAcquisitionIndexes(ProcessEngineConfigurationImpl config) {
        try (Connection connection = config.getDataSource().getConnection()) {
            JobAcquisitionIndexes.createIndexes(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot index the bare engine's job table", e);
        }
    }

    /** The application's job executor pool and its connection pool, as the report prints them. */
    record JobExecutorThreads(int core, int max, int queue, int connections) {
    }

    ProcessEngine engine() {
        return engine;
    }

    ProcessEngineConfigurationImpl configuration() {
        return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }

    private void deploy() {
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("capacity baseline");
        try {
            for (String pattern : RESOURCES) {
                for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
                    deployment.addInputStream(resource.getFilename(), resource.getInputStream());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        deployment.deploy();
    }

    @Override
    public void close() {
        engine.close();
    }
}
