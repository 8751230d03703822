package vn.motcua.partner;

import java.time.Duration;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * {@code portalOutbox} in {@code /actuator/health}: WARN when a status change has waited for the
 * national portal longer than {@code outbox-warn-after}, DOWN past {@code outbox-down-after}, the
 * legal limit. Not part of readiness: every node shares the outbox, so a portal outage must not take
 * the nodes out of the load balancer. A node that does not synchronise (tests) does not judge.
 */
@Component("portalOutboxHealthIndicator")
class PortalOutboxHealth implements HealthIndicator {

    static final Status WARN = new Status("WARN", "Status changes wait longer than usual for the national portal");

    private final PortalOutbox outbox;
    private final PartnerProperties properties;

    PortalOutboxHealth(PortalOutbox outbox, PartnerProperties properties) {
        this.outbox = outbox;
        this.properties = properties;
    }

    @Override
    public Health health() {
        if (!properties.backgroundSyncEnabled()) {
            return Health.unknown().withDetail("reason", "this node does not synchronise with the portal").build();
        }
        PortalOutbox.Backlog backlog = outbox.backlog();
        return Health.status(status(backlog.oldestWait()))
                .withDetail("waitingRows", backlog.rows())
                .withDetail("oldestWaitSeconds", backlog.oldestWait().toSeconds())
                .withDetail("warnAfterSeconds", properties.outboxWarnAfter().toSeconds())
                .withDetail("downAfterSeconds", properties.outboxDownAfter().toSeconds())
                .build();
    }

    Status status(Duration oldestWait) {
        if (oldestWait.compareTo(properties.outboxDownAfter()) >= 0) {
            return Status.DOWN;
        }
        return oldestWait.compareTo(properties.outboxWarnAfter()) >= 0 ? WARN : Status.UP;
    }
}
