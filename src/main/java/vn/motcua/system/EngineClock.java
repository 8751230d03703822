package vn.motcua.system;

import java.time.Instant;
import java.time.LocalDate;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * "Now" for the whole application: the engine's clock, so register entries and timers agree,
 * and process tests move both with {@code ClockUtil.setCurrentTime}.
 */
@Component
public class EngineClock {

    public Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    /** Today in Vietnam. */
    public LocalDate today() {
        return LocalDate.ofInstant(now(), VietnamTime.ZONE);
    }
}
