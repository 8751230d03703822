package vn.motcua.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class CachedTest {

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-12-07T01:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    @Test
    void readsTheSourceAtMostOncePerMaxAge() {
        HandClock clock = new HandClock();
        AtomicInteger reads = new AtomicInteger();
        Cached<Integer> value = new Cached<>(reads::incrementAndGet, Duration.ofMinutes(1), clock);

        assertThat(value.get()).isEqualTo(1);
        clock.now = clock.now.plusSeconds(59);
        assertThat(value.get()).isEqualTo(1);
        clock.now = clock.now.plusSeconds(1);
        assertThat(value.get()).isEqualTo(2);
        assertThat(reads).hasValue(2);
    }
}
