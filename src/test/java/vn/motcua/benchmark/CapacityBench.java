package vn.motcua.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

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
            try (ConfigurableApplicationContext app = ThroughputBench.boot(appDatabase, "0ms", SimulatorCpu.Endpoints.class);
                    BareEngine bare = BareEngine.beside(app, bareDatabase, NoOpBeans.all())) {
                problems.addAll(measure(kind, app, bare, appDatabase, bareDatabase));
            } finally {
                if (!settings.keepDatabases()) {
                    appDatabase.drop();
                    bareDatabase.drop();
                } else {
                    BenchRun.log("databases kept for inspection: app %s, bare engine %s", appDatabase.name(), bareDatabase.name());
                }
            }
        }
        assertThat(problems).as("problems seen during the benchmark").isEmpty();
    }

    private List<String> measure(String kind, ConfigurableApplicationContext app, BareEngine bare, BenchDatabase appDatabase,
            BenchDatabase bareDatabase) {
        List<String> procedures = OfficerAnswers.procedures().stream().sorted().toList();
        CapacityRun run = new CapacityRun(settings.threads(), settings.inFlightPerThread(), settings.arrivalsPerSecond());
        CapacityRun.Target appSide = appSide(app, appDatabase);
        CapacityRun.Target bareSide = bareSide(bare.engine(), bareDatabase);
        waitUntilIdle(appSide.engine());
        List<Result> apps = new ArrayList<>();
        List<Result> bares = new ArrayList<>();
        List<String> warmUpProblems = new ArrayList<>();
        for (int round = 1; round <= settings.rounds(); round++) {
            for (CapacityRun.Target side : List.of(appSide, bareSide)) {
                BenchRun.log("capacity round %d, %s: warm-up (%d files), then %d files", round, side.name(),
                        procedures.size(), settings.files());
                warmUpProblems.addAll(run.run(side, procedures, procedures.size()).problems());
                waitUntilIdle(side.engine());
                Result result = run.run(side, procedures, settings.files());
                BenchRun.log("capacity round %d, %s: %s", round, side.name(), CapacityReport.line(result));
                (side == appSide ? apps : bares).add(result);
                waitUntilIdle(side.engine());
            }
        }
        CapacityReport report = new CapacityReport(kind, settings, apps, bares);
        report.print();
        List<String> problems = new ArrayList<>(warmUpProblems);
        problems.addAll(report.problems());
        return problems;
    }

    private static String postgresName(BenchDatabase database) {
        return database.isPostgres() ? database.name() : null;
    }

    /** The application: files received through the service behind POST /api/dossiers, partners simulated over HTTP. */
    private CapacityRun.Target appSide(ConfigurableApplicationContext app, BenchDatabase database) {
        ProcessEngine engine = app.getBean(ProcessEngine.class);
        DossierService dossiers = app.getBean(DossierService.class);
        return new CapacityRun.Target("app", engine, driver(engine), postgresName(database), (procedure, i) -> {
            Dossier dossier = dossiers.receive(BenchRun.file(procedure, "cap-" + UUID.randomUUID(), null, i), "tiepnhan1");
            return new DrivenCase(dossier.code(), dossier.processInstanceId());
        }, finished -> {
            DossierStatus status = dossiers.get(finished.businessKey).status();
            return status == DossierStatus.FINISHED ? null : "app: file " + finished.businessKey + " ended as " + status;
        }, SimulatorCpu::seconds);
    }

    /**
     * The bare engine: the procedure started with the variables the application's reception gives it
     * ({@code DossierService.startProcedure}), and the partner agencies answered at once by the driver.
     */
    private CapacityRun.Target bareSide(ProcessEngine engine, BenchDatabase database) {
        FileDriver driver = driver(engine).answeringPartners("awaitPartnerAnswer", "partnerAnswered",
                Map.of("partnerOutcome", "DONE"));
        return new CapacityRun.Target("bare engine", engine, driver, postgresName(database), (procedure, i) -> {
            String businessKey = "cap-" + UUID.randomUUID();
            Map<String, Object> variables = new HashMap<>();
            variables.put("dossierCode", businessKey);
            variables.put("applicantName", "Người nộp thử tải " + i);
            variables.put("channel", BenchRun.channel(i).name());
            variables.put("receptionOutcome", "COMPLETE");
            variables.put("dossierDueDate", LocalDate.now().plusDays(30).toString());
            variables.put("processingLeaders", NoOpBeans.GROUP);
            String instance = engine.getRuntimeService().startProcessInstanceByKey(procedure, businessKey, variables).getId();
            return new DrivenCase(businessKey, instance);
        }, finished -> engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(finished.rootInstanceId).completed().count() == 1 ? null
                        : "bare engine: " + finished.businessKey + " did not complete normally", () -> 0);
    }

    private FileDriver driver(ProcessEngine engine) {
        return new FileDriver(engine.getRuntimeService(), engine.getTaskService(), engine.getManagementService(),
                OfficerAnswers::forStep, "dossier-deadlines", settings.stuckAfter())
                .lookingForWaitingPeriodsAfter(WAITING_PERIOD_LOOK);
    }

    private static void waitUntilIdle(ProcessEngine engine) {
        if (!BenchRun.idleWithin(engine, Duration.ofMinutes(10))) {
            throw new IllegalStateException(engine.getName() + ": the job executor did not become idle within 10 min");
        }
    }

    /**
     * What to run; system properties set by the Maven profile "capacity".
     *
     * @param keepDatabases leave both databases on the server after the run, to query what each side wrote
     */
    record Settings(int files, int threads, int inFlightPerThread, double arrivalsPerSecond, int rounds,
            List<String> databases, Duration stuckAfter, boolean keepDatabases) {

        static Settings fromSystemProperties() {
            String database = System.getProperty("capacity.database", "postgres");
            return new Settings(Integer.getInteger("capacity.files", 70), Integer.getInteger("capacity.threads", 8),
                    Integer.getInteger("capacity.in-flight", 8),
                    Double.parseDouble(System.getProperty("capacity.rate", "0")), Integer.getInteger("capacity.rounds", 1),
                    "both".equals(database) ? List.of("h2", "postgres") : List.of(database),
                    Duration.ofSeconds(Integer.getInteger("capacity.stuck-seconds", 300)),
                    Boolean.getBoolean("capacity.keep-databases"));
        }
    }
}
