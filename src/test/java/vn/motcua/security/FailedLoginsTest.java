package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import vn.motcua.support.MovableClock;

class FailedLoginsTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-07T02:00:00Z"));
    private final FailedLogins logins = new FailedLogins(new LoginThrottleProperties(3, 5, Duration.ofSeconds(1),
            Duration.ofSeconds(60), Duration.ofMinutes(15), Duration.ofMinutes(15)), clock);

    @Test
    void anAccountWaitsAfterItsFreeFailuresDoublingUpToItsCeilingThenForgets() {
        for (int i = 0; i < 3; i++) {
            assertThat(logins.waitFor("10.0.0.1", "tiepnhan2")).as("free failure " + i).isEmpty();
            logins.failed("10.0.0." + i, "tiepnhan2");
        }
        assertThat(logins.waitFor("10.9.9.9", "TiepNhan2")).as("from anywhere, any case").contains(Duration.ofSeconds(1));
        logins.failed("10.0.0.4", "tiepnhan2");
        assertThat(logins.waitFor("10.9.9.9", "tiepnhan2")).contains(Duration.ofSeconds(2));
        for (int i = 0; i < 20; i++) {
            logins.failed("10.0.1." + i, "tiepnhan2");
        }
        assertThat(logins.waitFor("10.9.9.9", "tiepnhan2")).as("never more than the ceiling").contains(Duration.ofSeconds(60));
        clock.move(Duration.ofSeconds(61));
        assertThat(logins.waitFor("10.9.9.9", "tiepnhan2")).as("the wait expires by itself").isEmpty();
        clock.move(Duration.ofMinutes(15));
        logins.failed("10.0.0.1", "tiepnhan2");
        assertThat(logins.waitFor("10.9.9.9", "tiepnhan2")).as("a quiet period forgets the count").isEmpty();
    }

    @Test
    void anAddressThatGuessesManyAccountsWaitsLong() {
        for (int i = 0; i < 12; i++) {
            logins.failed("203.0.113.7", "user" + i);
        }
        assertThat(logins.waitFor("203.0.113.7", "someone")).contains(Duration.ofSeconds(128));
        assertThat(logins.waitFor("198.51.100.1", "someone")).as("other addresses are not slowed").isEmpty();
        for (int i = 0; i < 20; i++) {
            logins.failed("203.0.113.7", "user" + i);
        }
        assertThat(logins.waitFor("203.0.113.7", "someone")).contains(Duration.ofMinutes(15));
    }

    @Test
    void aGoodLoginClearsItsAccountAndAddress() {
        for (int i = 0; i < 6; i++) {
            logins.failed("10.0.0.1", "xa1");
        }
        logins.succeeded("10.0.0.1", "xa1");
        assertThat(logins.waitFor("10.0.0.1", "xa1")).isEmpty();
        assertThat(logins.failuresOf("xa1")).isZero();
    }
}
