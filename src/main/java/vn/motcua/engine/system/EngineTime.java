package vn.motcua.engine.system;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.motcua.system.VietnamTime;

/** The application's one clock is the engine's: timers, history and the register read the same "now". */
@Configuration(proxyBeanMethods = false)
class EngineTime {

    @Bean
    Clock engineClock() {
        return new EngineClock(VietnamTime.ZONE);
    }

    /** {@link ClockUtil} is where Camunda keeps its (settable) time; a test that moves it moves us too. */
    private static final class EngineClock extends Clock {

        private final ZoneId zone;

        EngineClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId newZone) {
            return new EngineClock(newZone);
        }

        @Override
        public Instant instant() {
            return ClockUtil.getCurrentTime().toInstant();
        }
    }
}
