package io.fruition.review;

/** What an innovation lead decides in screening. */
public enum ScreeningOutcome {
    ACCEPT, CLARIFY, REJECT, DUPLICATE, PARK
}
