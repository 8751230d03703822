package vn.motcua.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.context.ConfigurableApplicationContext;

import vn.motcua.demo.OfficerAnswers;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.DossierStatus;

/**
 * Files received through {@link DossierService#receive} (the service behind {@code POST /api/dossiers})
 * and driven to their end on their usual path by {@link FileDriver}, the procedures taken in turn:
 * the same way the throughput benchmark drives them.
 */
final class FinishedFiles {

    /** One finished file: its code (the business key of all its instances) and its procedure's instance. */
    record FinishedFile(String code, String rootInstanceId) {
    }

    private final DossierService dossiers;
    private final FileDriver driver;
    private final int threads;

    FinishedFiles(ConfigurableApplicationContext app, int threads, Duration stuckAfter) {
        ProcessEngine engine = app.getBean(ProcessEngine.class);
        this.dossiers = app.getBean(DossierService.class);
        // files accepted before the clock was drawn run "dossier-deadlines": a deadline, never a wait
        this.driver = new FileDriver(engine.getRuntimeService(), engine.getTaskService(), engine.getManagementService(),
                OfficerAnswers::forStep, "dossier-deadlines", stuckAfter)
                // signed in, so the engine keeps the operation log Tasklist's claims and completions leave
                .signedInAs(new FileDriver.Officer(engine.getIdentityService(), "admin", List.of("camunda-admin")));
        this.threads = threads;
    }

    /** @return the files, each FINISHED; throws if one is not or could not be driven */
    List<FinishedFile> finish(int count) {
        List<String> procedures = OfficerAnswers.procedures().stream().sorted().toList();
        List<FinishedFile> files = Collections.synchronizedList(new ArrayList<>(count));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int n = i;
                futures.add(pool.submit(() -> files.add(finishOne(procedures.get(n % procedures.size()), n))));
            }
            int done = 0;
            for (Future<?> future : futures) {
                future.get();
                if (++done % 100 == 0) {
                    BenchRun.log("%,d of %,d files finished", done, count);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("a file could not be driven to its end", e);
        } finally {
            pool.shutdownNow();
        }
        return List.copyOf(files);
    }

    private FinishedFile finishOne(String procedure, int i) {
        Dossier dossier = dossiers.receive(BenchRun.file(procedure, "history-" + UUID.randomUUID(), null, i), "tiepnhan1");
        driver.driveToEnd(dossier.code(), dossier.processInstanceId(), new Samples());
        DossierStatus status = dossiers.get(dossier.code()).status();
        if (status != DossierStatus.FINISHED) {
            throw new IllegalStateException("file " + dossier.code() + " of " + procedure + " ended as " + status);
        }
        return new FinishedFile(dossier.code(), dossier.processInstanceId());
    }
}
