package vn.motcua.system;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

/**
 * "Now" for the whole application. The clock it reads is the engine's (see
 * {@code vn.motcua.engine.system.EngineTime}), so register entries and timers agree and process
 * tests move both at once.
 */
@Component
public class TimeSource {

    private final Clock clock;

    public TimeSource(Clock clock) {
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    /** Today in Vietnam. */
    public LocalDate today() {
        return LocalDate.ofInstant(now(), VietnamTime.ZONE);
    }
}
