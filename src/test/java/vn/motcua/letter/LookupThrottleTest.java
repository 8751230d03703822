package vn.motcua.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import vn.motcua.support.MovableClock;

/** The waits of the public lookup on a clock the test moves: growing, capped, forgotten, and alerted. */
class LookupThrottleTest {

    private static final String CLIENT = "203.0.113.7";
    private static final String CODE = "000.00.15.H57-261206-0001";

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T02:00:00Z"));
    private final LookupThrottleProperties limits = new LookupThrottleProperties(3, Duration.ofSeconds(2),
            Duration.ofSeconds(10), Duration.ofMinutes(5), 4, 100);
    private final LookupThrottle throttle = new LookupThrottle(limits, clock);
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void listen() {
        log.start();
        ((Logger) LoggerFactory.getLogger(LookupThrottle.class)).addAppender(log);
    }

    @AfterEach
    void stopListening() {
        ((Logger) LoggerFactory.getLogger(LookupThrottle.class)).detachAppender(log);
    }

    @Test
    void theWaitStartsAtTheLastFreeMissAndDoublesUpToTheLongest() {
        throttle.recordMiss(CLIENT, CODE);
        throttle.recordMiss(CLIENT, CODE);
        throttle.checkAllowed(CLIENT);
        throttle.recordMiss(CLIENT, CODE);
        assertThat(heldFor()).isEqualTo(2);
        clock.move(Duration.ofSeconds(2));
        throttle.checkAllowed(CLIENT);
        throttle.recordMiss(CLIENT, CODE);
        assertThat(heldFor()).isEqualTo(4);
        clock.move(Duration.ofSeconds(4));
        throttle.recordMiss(CLIENT, CODE);
        assertThat(heldFor()).isEqualTo(8);
        clock.move(Duration.ofSeconds(8));
        throttle.recordMiss(CLIENT, CODE);
        assertThat(heldFor()).as("capped").isEqualTo(10);
        clock.move(Duration.ofMillis(9_500));
        assertThat(heldFor()).as("rounded up").isEqualTo(1);
        throttle.checkAllowed("198.51.100.1");
    }

    @Test
    void missesAreForgottenByThemselves() {
        for (int i = 0; i < 3; i++) {
            throttle.recordMiss(CLIENT, CODE);
        }
        clock.move(Duration.ofMinutes(6));
        throttle.checkAllowed(CLIENT);
        throttle.recordMiss(CLIENT, CODE);
        throttle.checkAllowed(CLIENT);
    }

    @Test
    void manyMissesByOneClientOrOnOneCodeRaiseAnAlert() {
        for (int i = 0; i < 4; i++) {
            clock.move(Duration.ofSeconds(20));
            throttle.recordMiss(CLIENT, CODE);
        }
        assertThat(alerts()).hasSize(2).anySatisfy(line -> assertThat(line).contains(CLIENT, "4 wrong lookups"))
                .anySatisfy(line -> assertThat(line).contains(CODE, "4 wrong lookups"));
        for (int i = 1; i <= 4; i++) {
            throttle.recordMiss("198.51.100." + i, "000.00.15.H57-261206-0002\r\nforged log line");
        }
        assertThat(alerts()).hasSize(3).last().asString().contains("000.00.15.H57-261206-0002??forged?log?line")
                .doesNotContain("\n");
    }

    @Test
    void anIpv6ClientIsCountedByItsSubnet() {
        assertThat(LookupThrottle.clientOf("2001:db8:1:2:aaaa::1")).isEqualTo(LookupThrottle.clientOf("2001:db8:1:2:bbbb::9"))
                .isNotEqualTo(LookupThrottle.clientOf("2001:db8:1:3::1"));
        assertThat(LookupThrottle.clientOf("203.0.113.7")).isEqualTo("203.0.113.7");
    }

    @Test
    void aFloodOfAddressesDoesNotGrowTheMemoryBeyondItsBound() {
        LookupThrottle small = new LookupThrottle(new LookupThrottleProperties(3, Duration.ofSeconds(2),
                Duration.ofSeconds(10), Duration.ofMinutes(5), 1000, 2), clock);
        small.recordMiss("198.51.100.1", CODE);
        small.recordMiss("198.51.100.2", CODE);
        small.recordMiss("198.51.100.3", CODE);
        assertThat(alerts()).anySatisfy(line -> assertThat(line).contains("is not counted"));
        clock.move(Duration.ofMinutes(6));
        small.recordMiss("198.51.100.3", CODE);
        small.recordMiss("198.51.100.3", CODE);
        small.recordMiss("198.51.100.3", CODE);
        assertThatThrownBy(() -> small.checkAllowed("198.51.100.3")).isInstanceOf(LookupThrottle.Held.class);
    }

    @Test
    void limitsThatMakeNoSenseAreRefusedAtStart() {
        assertThatThrownBy(() -> new LookupThrottleProperties(-1, null, null, null, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LookupThrottleProperties(5, Duration.ofMinutes(5), Duration.ofMinutes(1), null, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LookupThrottleProperties(5, null, Duration.ofHours(2), Duration.ofHours(1), 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(LookupThrottleProperties.defaults().freeMisses()).isEqualTo(5);
    }

    private long heldFor() {
        try {
            throttle.checkAllowed(CLIENT);
        } catch (LookupThrottle.Held held) {
            return held.seconds();
        }
        return 0;
    }

    private List<String> alerts() {
        return log.list.stream().filter(e -> e.getLevel() == Level.WARN).map(ILoggingEvent::getFormattedMessage)
                .filter(m -> m.contains("ALERT")).toList();
    }
}
