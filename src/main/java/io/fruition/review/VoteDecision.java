package io.fruition.review;

/** A board member's vote. */
public enum VoteDecision {
    APPROVE, REJECT, REVISE
}
