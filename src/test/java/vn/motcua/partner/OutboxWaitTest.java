package vn.motcua.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class OutboxWaitTest {

    private static final Instant T0 = Instant.parse("2026-12-07T01:00:00Z");

    private static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    @Test
    void aRowWaitsFromTheFirstLookThatSawItsId() {
        OutboxWait wait = new OutboxWait();
        assertThat(wait.observe(at(0), 100, null)).isZero();
        assertThat(wait.observe(at(1), 105, 103L)).as("row 103 was not there at minute 0").isZero();
        assertThat(wait.observe(at(4), 110, 103L)).isEqualTo(Duration.ofMinutes(3));
        assertThat(wait.observe(at(7), 120, 103L)).isEqualTo(Duration.ofMinutes(6));
    }

    @Test
    void theNextOldestRowKeepsItsOwnAgeWhenTheOldestIsSent() {
        OutboxWait wait = new OutboxWait();
        wait.observe(at(0), 100, 100L);
        wait.observe(at(2), 110, 100L);
        wait.observe(at(5), 120, 100L);

        assertThat(wait.observe(at(6), 120, 108L)).as("108 existed at minute 2, not at minute 0").isEqualTo(Duration.ofMinutes(4));
        assertThat(wait.observe(at(7), 125, null)).isZero();
    }

    @Test
    void rowsWrittenWithAPastTimeAreNotOldForThat() {
        // Demo files are registered as received days ago; only how long the outbox holds them counts.
        OutboxWait wait = new OutboxWait();
        assertThat(wait.observe(at(0), 40, 1L)).isZero();
        assertThat(wait.observe(at(1), 40, 1L)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void aLongBacklogKeepsItsFirstLookWhenLooksAreForgotten() {
        OutboxWait wait = new OutboxWait();
        wait.observe(at(0), 10, 5L);
        for (int i = 1; i <= OutboxWait.MAX_LOOKS + 50; i++) {
            wait.observe(at(0).plusSeconds(i), 10 + i, 5L);
        }
        assertThat(wait.observe(at(0).plusSeconds(OutboxWait.MAX_LOOKS + 60), 10_000, 5L))
                .isEqualTo(Duration.ofSeconds(OutboxWait.MAX_LOOKS + 60));
    }
}
