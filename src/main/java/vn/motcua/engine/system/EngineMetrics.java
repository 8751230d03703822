package vn.motcua.engine.system;

import java.time.Duration;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import vn.motcua.system.Cached;

/**
 * The engine's health as an operator watches it: jobs waiting for the job executor, jobs that
 * ran out of retries and the incidents Cockpit shows. Counted through the engine's API, shared by
 * every node of a cluster, and read at most every {@link #MAX_AGE}.
 */
@Component
class EngineMetrics implements MeterBinder {

    static final Duration MAX_AGE = Duration.ofSeconds(15);

    private final Cached<Counts> counts;

    EngineMetrics(ManagementService management, RuntimeService runtime) {
        this.counts = new Cached<>(() -> Counts.read(management, runtime), MAX_AGE);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("motcua.jobs.due", counts, c -> c.get().dueJobs())
                .description("Jobs due now, not locked by a job executor: the job executor's backlog")
                .register(registry);
        Gauge.builder("motcua.jobs.failed", counts, c -> c.get().failedJobs())
                .description("Jobs with no retry left (each has an incident in Cockpit)")
                .register(registry);
        Gauge.builder("motcua.incidents.open", counts, c -> c.get().openIncidents())
                .description("Open incidents, as Cockpit shows them").register(registry);
    }

    record Counts(long dueJobs, long failedJobs, long openIncidents) {

        static Counts read(ManagementService management, RuntimeService runtime) {
            long due = management.createJobQuery().executable().active().count();
            long running = management.createJobQuery().executable().active().acquired().count();
            return new Counts(Math.max(0, due - running), management.createJobQuery().noRetriesLeft().count(),
                    runtime.createIncidentQuery().count());
        }
    }
}
