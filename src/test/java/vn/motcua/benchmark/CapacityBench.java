package vn.motcua.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import com.zaxxer.hikari.HikariDataSource;

import vn.motcua.benchmark.CapacityRun.Result;
import vn.motcua.benchmark.FileDriver.DrivenCase;
import vn.motcua.demo.OfficerAnswers;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.DossierStatus;

/**
 * The capacity benchmark, not a test: {@code ./mvnw -B verify -Pcapacity [-Dcapacity.files=700]
 * [-Dcapacity.threads=8] [-Dcapacity.rounds=2]} (docs/benchmark.md, "Capacity at saturation"). It boots
 * the application (partner simulator answering at once) and, beside it, a bare engine with the same
 * diagrams, forms and engine settings and no-op beans ({@link BareEngine}), each on a database of its own
 * on the same server; then drives the same files through both under open-loop load, in turn, and prints
 * files per second, each side's CPU, and the ratio: the project's own cost. It fails if a file does not
 * finish, or if the two sides did not complete the same number of tasks per file of a procedure (the
 * baseline must walk the same path).
 */
class CapacityBench {

    /** A file idle this long may be in a waiting period (the public posting): see FileDriver. */
    private static final Duration WAITING_PERIOD_LOOK = Duration.ofSeconds(1);

    private final Settings settings = Settings.fromSystemProperties();

    @Test
    void run() {
        List<String> problems = new ArrayList<>();
        for (String kind : settings.databases()) {
            BenchDatabase appDatabase = BenchDatabase.create(kind);
            BenchDatabase bareDatabase = BenchDatabase.create(kind);
            try (ConfigurableApplicationContext app = ThroughputBench.boot(appDatabase, "0ms");
                    BareEngine bare = new BareEngine(bareDatabase, configuration(app), threads(app))) {
                problems.addAll(measure(kind, app, bare, appDatabase, bareDatabase));
            } finally {
                appDatabase.drop();
                bareDatabase.drop();
            }
        }
        assertThat(problems).as("problems seen during the benchmark").isEmpty();
    }

    private List<String> measure(String kind, ConfigurableApplicationContext app, BareEngine bare, BenchDatabase appDatabase,
            BenchDatabase bareDatabase) {
        ProcessEngine appEngine = app.getBean(ProcessEngine.class);
        Idle.waitFor(appEngine);
        List<String> procedures = OfficerAnswers.procedures().stream().sorted().toList();
        CapacityRun run = new CapacityRun(settings.threads(), settings.inFlightPerThread(), settings.arrivalsPerSecond());
        CapacityRun.Target appSide = new AppTarget(app, settings.stuckAfter(), postgresName(appDatabase));
        CapacityRun.Target bareSide = new BareTarget(bare.engine(), settings.stuckAfter(), postgresName(bareDatabase));
        List<Result> apps = new ArrayList<>();
        List<Result> bares = new ArrayList<>();
        for (int round = 1; round <= settings.rounds(); round++) {
            for (CapacityRun.Target side : List.of(appSide, bareSide)) {
                BenchRun.log("capacity round %d, %s: warm-up (%d files), then %d files", round, side.name(),
                        procedures.size(), settings.files());
                run.run(side, procedures, procedures.size());
                Idle.waitFor(side == appSide ? appEngine : bare.engine());
                Result result = run.run(side, procedures, settings.files());
                BenchRun.log("capacity round %d, %s: %s", round, side.name(), CapacityReport.line(result));
                (side == appSide ? apps : bares).add(result);
                Idle.waitFor(side == appSide ? appEngine : bare.engine());
            }
        }
        CapacityReport report = new CapacityReport(kind, settings, apps, bares);
        report.print();
        return report.problems();
    }

    private static String postgresName(BenchDatabase database) {
        return database.isPostgres() ? database.name() : null;
    }

    private static ProcessEngineConfigurationImpl configuration(ConfigurableApplicationContext app) {
        return (ProcessEngineConfigurationImpl) app.getBean(ProcessEngine.class).getProcessEngineConfiguration();
    }

    private static BareEngine.JobExecutorThreads threads(ConfigurableApplicationContext app) {
        ThreadPoolTaskExecutor pool = (ThreadPoolTaskExecutor) app.getBean("camundaTaskExecutor");
        int connections = app.getBean(DataSource.class) instanceof HikariDataSource hikari ? hikari.getMaximumPoolSize() : 10;
        return new BareEngine.JobExecutorThreads(pool.getCorePoolSize(), pool.getMaxPoolSize(), pool.getQueueCapacity(),
                connections);
    }

    /** The application: files received through the service behind POST /api/dossiers, partners simulated over HTTP. */
    private static final class AppTarget implements CapacityRun.Target {
        private final DossierService dossiers;
        private final FileDriver driver;
        private final String database;

        AppTarget(ConfigurableApplicationContext app, Duration stuckAfter, String database) {
            this.database = database;
            ProcessEngine engine = app.getBean(ProcessEngine.class);
            this.dossiers = app.getBean(DossierService.class);
            this.driver = new FileDriver(engine.getRuntimeService(), engine.getTaskService(), engine.getManagementService(),
                    OfficerAnswers::forStep, "dossier-deadlines", stuckAfter).lookingForWaitingPeriodsAfter(WAITING_PERIOD_LOOK);
        }

        @Override
        public String name() {
            return "app";
        }

        @Override
        public String database() {
            return database;
        }

        @Override
        public FileDriver driver() {
            return driver;
        }

        @Override
        public DrivenCase receive(String procedure, int i) {
            Dossier dossier = dossiers.receive(BenchRun.file(procedure, "cap-" + UUID.randomUUID(), null, i), "tiepnhan1");
            return new DrivenCase(dossier.code(), dossier.processInstanceId());
        }

        @Override
        public String check(DrivenCase finished) {
            DossierStatus status = dossiers.get(finished.businessKey).status();
            return status == DossierStatus.FINISHED ? null : "app: file " + finished.businessKey + " ended as " + status;
        }
    }

    /**
     * The bare engine: the procedure started with the variables the application's reception gives it
     * ({@code DossierService.startProcedure}), and the partner agencies answered at once by the driver.
     */
    private static final class BareTarget implements CapacityRun.Target {
        private final ProcessEngine engine;
        private final FileDriver driver;
        private final String database;

        BareTarget(ProcessEngine engine, Duration stuckAfter, String database) {
            this.database = database;
            this.engine = engine;
            this.driver = new FileDriver(engine.getRuntimeService(), engine.getTaskService(), engine.getManagementService(),
                    OfficerAnswers::forStep, "dossier-deadlines", stuckAfter)
                    .answeringPartners("awaitPartnerAnswer", "partnerAnswered", Map.of("partnerOutcome", "DONE"))
                    .lookingForWaitingPeriodsAfter(WAITING_PERIOD_LOOK);
        }

        @Override
        public String name() {
            return "bare engine";
        }

        @Override
        public String database() {
            return database;
        }

        @Override
        public FileDriver driver() {
            return driver;
        }

        @Override
        public DrivenCase receive(String procedure, int i) {
            String businessKey = "cap-" + UUID.randomUUID();
            Map<String, Object> variables = new HashMap<>();
            variables.put("dossierCode", businessKey);
            variables.put("applicantName", "Người nộp thử tải " + i);
            variables.put("channel", BenchRun.file(procedure, businessKey, null, i).channel().name());
            variables.put("receptionOutcome", "COMPLETE");
            variables.put("dossierDueDate", LocalDate.now().plusDays(30).toString());
            variables.put("processingLeaders", NoOpBeans.GROUP);
            String instance = engine.getRuntimeService().startProcessInstanceByKey(procedure, businessKey, variables).getId();
            return new DrivenCase(businessKey, instance);
        }

        @Override
        public String check(DrivenCase finished) {
            long completed = engine.getHistoryService().createHistoricProcessInstanceQuery()
                    .processInstanceId(finished.rootInstanceId).completed().count();
            return completed == 1 ? null : "bare engine: " + finished.businessKey + " did not complete normally";
        }
    }

    /** Demo files seeded at start and a warm-up leave due jobs: measure on a quiet engine. */
    static final class Idle {
        static void waitFor(ProcessEngine engine) {
            long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            while (engine.getManagementService().createJobQuery().executable().count() > 0) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(engine.getName() + ": the job executor did not become idle within 10 min");
                }
                FileDriver.pause(200);
            }
        }
    }

    /** What to run; system properties set by the Maven profile "capacity". */
    record Settings(int files, int threads, int inFlightPerThread, double arrivalsPerSecond, int rounds,
            List<String> databases, Duration stuckAfter) {

        static Settings fromSystemProperties() {
            String database = System.getProperty("capacity.database", "postgres");
            return new Settings(Integer.getInteger("capacity.files", 70), Integer.getInteger("capacity.threads", 8),
                    Integer.getInteger("capacity.in-flight", 8),
                    Double.parseDouble(System.getProperty("capacity.rate", "0")), Integer.getInteger("capacity.rounds", 1),
                    "both".equals(database) ? List.of("h2", "postgres") : List.of(database),
                    Duration.ofSeconds(Integer.getInteger("capacity.stuck-seconds", 300)));
        }
    }
}
