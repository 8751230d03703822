package vn.motcua.partner;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import vn.motcua.system.Cached;

/**
 * The portal outbox as operators see it: how many status changes wait for the national portal
 * and how long the oldest has waited ({@link PortalSync} sends them; Decree 63/2024 Art 7 allows
 * 10 minutes). Read at most every {@link #MAX_AGE}, for the metrics and the health indicator.
 */
@Component
public class PortalOutbox implements MeterBinder {

    static final Duration MAX_AGE = Duration.ofSeconds(15);

    /** @param oldestWait how long the oldest waiting row has waited at least (see {@link OutboxWait}) */
    public record Backlog(long rows, Duration oldestWait) {
    }

    private final Cached<Backlog> backlog;

    PortalOutbox(JdbcTemplate jdbc) {
        Clock clock = Clock.systemUTC();
        OutboxWait wait = new OutboxWait();
        this.backlog = new Cached<>(() -> read(jdbc, wait, clock), MAX_AGE, clock);
    }

    public Backlog backlog() {
        return backlog.get();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("motcua.portal.outbox.backlog", this, o -> o.backlog().rows())
                .description("Status changes not yet acknowledged by the national portal")
                .register(registry);
        Gauge.builder("motcua.portal.outbox.oldest.wait", this, o -> o.backlog().oldestWait().toMillis() / 1000.0)
                .description("How long the oldest status change has waited for the portal, at least (legal limit: 10 min)")
                .baseUnit("seconds").register(registry);
    }

    private static Backlog read(JdbcTemplate jdbc, OutboxWait wait, Clock clock) {
        Map<String, Object> waiting = jdbc.queryForMap("select count(*) as rows_waiting, min(line_id) as oldest_id"
                + " from mc_history_outbox where " + HistoryOutbox.WAITING, PortalSync.RECEIVER);
        // the highest line queued for the portal: it grows as the history does, for what OutboxWait needs
        Long highest = jdbc.queryForObject("select max(line_id) from mc_history_outbox where receiver = ?", Long.class,
                PortalSync.RECEIVER);
        long rows = ((Number) waiting.get("rows_waiting")).longValue();
        Number oldest = (Number) waiting.get("oldest_id");
        Duration oldestWait = wait.observe(clock.instant(), highest == null ? 0 : highest,
                oldest == null ? null : oldest.longValue());
        return new Backlog(rows, oldestWait);
    }
}
