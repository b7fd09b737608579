package io.fruition.demo;

import java.time.Duration;
import java.time.Instant;

import io.fruition.process.SimulatedTime;

/**
 * The time the demo pretends it is while it takes an idea through its steps: it starts some days back and moves
 * forward step by step, never past an hour ago, so that the demo's history looks like months of real work.
 */
final class DemoClock {

    private final SimulatedTime time;
    private final Instant latest;

    DemoClock(SimulatedTime time, Instant realNow) {
        this.time = time;
        this.latest = realNow.minus(Duration.ofHours(1));
    }

    void startDaysAgo(double days) {
        time.set(earliest(latest.minusSeconds(Math.round(days * 86_400))));
    }

    void after(double days) {
        time.set(earliest(time.now().plusSeconds(Math.round(days * 86_400))));
    }

    Instant now() {
        return time.now();
    }

    private Instant earliest(Instant at) {
        return at.isAfter(latest) ? latest : at;
    }
}
