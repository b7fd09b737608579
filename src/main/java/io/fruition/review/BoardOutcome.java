package io.fruition.review;

/** What the board's votes decide. */
public enum BoardOutcome {
    APPROVED, REVISE, REJECTED, CHAIR_DECIDES
}
