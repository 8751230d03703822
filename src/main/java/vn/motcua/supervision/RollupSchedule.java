package vn.motcua.supervision;

import java.time.Duration;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import vn.motcua.system.TimeSource;
import vn.motcua.system.SchedulingConfiguration;

/**
 * Rolls settled files and finished steps into the monthly KPI tables on every node (a lock lets one roll at a time).
 * A file or step waits {@code rollup-settle-after} after it settles, so that the last writes of its
 * closing steps are in before its figures are fixed. A failed pass is only logged: its files
 * stay live, counted by the dashboard's live queries, and the next pass takes them.
 */
@Component
class RollupSchedule {

    private static final Logger log = LoggerFactory.getLogger(RollupSchedule.class);

    private final KpiRollup rollup;
    private final TimeSource clock;
    private final Duration settleAfter;
    private final boolean enabled;

    RollupSchedule(DataSource dataSource, PlatformTransactionManager transactions, TimeSource clock,
            SupervisionProperties properties) {
        this.rollup = new KpiRollup(dataSource, transactions, clock::now);
        this.clock = clock;
        this.settleAfter = properties.rollupSettleAfter();
        this.enabled = properties.rollupEnabled();
    }

    /** On a thread of its own: a first rollup of a large register takes minutes. */
    @Scheduled(initialDelayString = "${motcua.supervision.rollup-every:5m}",
            fixedDelayString = "${motcua.supervision.rollup-every:5m}", scheduler = SchedulingConfiguration.KPI_ROLLUP)
    void run() {
        if (!enabled) {
            return;
        }
        try {
            KpiRollup.Rolled rolled = rollup.rollSettledBefore(clock.now().minus(settleAfter));
            if (rolled.files() + rolled.handovers() > 0) {
                log.info("Rolled {} settled files and {} finished hand-overs into the monthly KPI tables",
                        rolled.files(), rolled.handovers());
            }
        } catch (RuntimeException e) {
            log.warn("KPI rollup pass failed; the files stay live and the next pass takes them: {}", e.toString());
        }
    }
}
