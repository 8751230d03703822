package vn.motcua.system;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link StartupSeed}s once the application has started, one after the other, and only
 * then reports the node ready ({@code /actuator/health/readiness}): a load balancer sends no
 * officer to a node whose units, permissions or Tasklist filters are not written yet. A seed that
 * fails stops the start, as before, and the node never becomes ready.
 */
@Component
class StartupSeeding {

    private final ObjectProvider<StartupSeed> seeds;
    private final ApplicationEventPublisher events;

    StartupSeeding(ObjectProvider<StartupSeed> seeds, ApplicationEventPublisher events) {
        this.seeds = seeds;
        this.events = events;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void seed() {
        AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
        List<StartupSeed> ordered = seeds.orderedStream().toList();
        ordered.forEach(StartupSeed::seed);
        AvailabilityChangeEvent.publish(events, this, ReadinessState.ACCEPTING_TRAFFIC);
    }
}
