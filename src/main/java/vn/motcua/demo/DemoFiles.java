package vn.motcua.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.motcua.system.TimeSource;
import vn.motcua.system.SeedMarkers;
import vn.motcua.system.StartupSeed;

/**
 * A living demo province at the first start: about four months of files at the three communes'
 * centres ({@link DemoStory#province()}), played on the engine with its clock in the past
 * ({@link DemoReplay}), so the dashboard's holding times, rates, late steps and apologies, the
 * control sheets and the files' histories tell one believable past; the newest files are still at
 * every unit, near due or overdue, in the tax period, waiting for supplements.
 */
@Component
@ConditionalOnProperty(name = "motcua.demo.enabled", havingValue = "true")
@Order(30)
class DemoFiles implements StartupSeed {

    /**
     * The marker of the first demo (files received "days ago" and moved instantly) is kept: a demo
     * database that has it gets no second set of files.
     */
    static final String SEED = "demo-files";
    /** The officers' pace and hours: the same for every start, so the demo reads the same everywhere. */
    static final long PACE_SEED = 20_261_206L;
    private static final Logger log = LoggerFactory.getLogger(DemoFiles.class);

    private final DemoReplay replay;
    private final TimeSource clock;
    private final SeedMarkers seeds;

    DemoFiles(DemoReplay replay, TimeSource clock, SeedMarkers seeds) {
        this.replay = replay;
        this.clock = clock;
        this.seeds = seeds;
    }

    @Override
    public void seed() {
        seeds.runOnce(SEED, this::receiveDemoFiles);
    }

    /** Runs in the seed marker's transaction, so a node starting at the same moment seeds nothing. */
    private void receiveDemoFiles() {
        Instant started = Instant.now();
        DemoReplay.Replayed replayed = replay.replay(DemoStory.province(), clock.now(), PACE_SEED);
        Map<String, Long> perCommune = replayed.codes().keySet().stream()
                .collect(Collectors.groupingBy(DemoStory::commune, TreeMap::new, Collectors.counting()));
        log.info("Demo files seeded: {} files over the last months (by commune {}), {} officers' and agencies' moves,"
                + " {} timers fired on the way, in {} ms", replayed.codes().size(), perCommune, replayed.moves(),
                replayed.timers(), Duration.between(started, Instant.now()).toMillis());
    }
}
