package io.fruition.pulse;

import java.time.Instant;

/** One round of a partnership's pulse. */
public record PulseRound(long id, String prefix, String partnershipName, int number, RoundState state,
        Instant startedAt, Instant openedAt, Instant closesAt, Instant closedAt) {

    /** "Round 4": how people name it. */
    public String label() {
        return "Round " + number;
    }

    public boolean isClosed() {
        return state == RoundState.CLOSED;
    }
}
