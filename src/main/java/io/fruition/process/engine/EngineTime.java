package io.fruition.process.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the engine and the application: the {@link Clock} every feature is given reads the engine's
 * clock, so an idea's dates and its process history never disagree — also when the demo data is laid out over
 * the past months ({@link SimulatedTime}).
 */
@Configuration(proxyBeanMethods = false)
class EngineTime {

    @Bean
    Clock clock() {
        return new EngineClock(ZoneId.systemDefault());
    }

    static final class EngineClock extends Clock {

        private final ZoneId zone;

        EngineClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new EngineClock(other);
        }

        @Override
        public Instant instant() {
            return ClockUtil.getCurrentTime().toInstant();
        }
    }
}
