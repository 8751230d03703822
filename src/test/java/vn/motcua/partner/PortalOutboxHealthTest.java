package vn.motcua.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

class PortalOutboxHealthTest {

    private final PortalOutbox outbox = mock(PortalOutbox.class);

    private static PartnerProperties properties(boolean syncing) {
        PartnerProperties defaults = PartnerProperties.withAgencies(Map.of());
        return new PartnerProperties(defaults.agencies(), defaults.callbackBaseUrl(), defaults.callbackMaxSkew(),
                defaults.reportAfterWorkingDays(), syncing, defaults.backgroundSyncDelay(), Duration.ofMinutes(5),
                Duration.ofMinutes(10));
    }

    private Health healthWhenOldestWaited(Duration wait) {
        when(outbox.backlog()).thenReturn(new PortalOutbox.Backlog(wait.isZero() ? 0 : 3, wait));
        return new PortalOutboxHealth(outbox, properties(true)).health();
    }

    @Test
    void upWhileStatusChangesLeaveInTimeWarnWhenTheyLingerDownAtTheLegalLimit() {
        assertThat(healthWhenOldestWaited(Duration.ZERO).getStatus()).isEqualTo(Status.UP);
        assertThat(healthWhenOldestWaited(Duration.ofMinutes(4)).getStatus()).isEqualTo(Status.UP);
        assertThat(healthWhenOldestWaited(Duration.ofMinutes(5)).getStatus()).isEqualTo(PortalOutboxHealth.WARN);
        assertThat(healthWhenOldestWaited(Duration.ofMinutes(9)).getStatus().getCode()).isEqualTo("WARN");
        Health late = healthWhenOldestWaited(Duration.ofMinutes(10));
        assertThat(late.getStatus()).isEqualTo(Status.DOWN);
        assertThat(late.getDetails()).containsEntry("waitingRows", 3L).containsEntry("oldestWaitSeconds", 600L);
    }

    @Test
    void aNodeThatDoesNotSynchroniseDoesNotJudge() {
        assertThat(new PortalOutboxHealth(outbox, properties(false)).health().getStatus()).isEqualTo(Status.UNKNOWN);
    }
}
