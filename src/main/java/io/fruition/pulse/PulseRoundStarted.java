package io.fruition.pulse;

/** A pulse round began (by the calendar, or somebody started it); its process starts in the same transaction. */
public record PulseRoundStarted(long roundId, String prefix, int number) {
}
