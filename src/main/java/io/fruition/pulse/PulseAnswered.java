package io.fruition.pulse;

/** A customer member answered a pulse round, or amended the answer ({@code amended}). */
public record PulseAnswered(long roundId, String prefix, int number, String username, boolean amended) {
}
