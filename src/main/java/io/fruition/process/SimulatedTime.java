package io.fruition.process;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Moves the clock the engine and the application share, to lay out demo data over the past months as if people
 * had worked on it day by day. Always put back with {@link #reset()}.
 */
@Component
public class SimulatedTime {

    public void set(Instant at) {
        ClockUtil.setCurrentTime(Date.from(at));
    }

    public Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public void reset() {
        ClockUtil.reset();
    }
}
