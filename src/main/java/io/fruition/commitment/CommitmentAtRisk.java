package io.fruition.commitment;

/** A commitment is projected to miss this period; both sides' innovation leads hear of it once per period. */
public record CommitmentAtRisk(long commitmentId, String prefix, String what, String why, String period) {
}
