package io.fruition.commitment;

/** A commitment was missed in a period that has ended; recorded once. */
public record CommitmentMissed(long commitmentId, String prefix, String what, String why, String period) {
}
