package io.fruition.idea;

import java.time.Instant;

/**
 * A moment of an idea's review that the idea keeps for the portfolio's waiting times: published by the review
 * module when an innovation lead records a screening decision or the board decides a round; the idea keeps the
 * first of each.
 */
public record IdeaReviewed(long ideaId, Moment moment, Instant at) {

    public enum Moment {
        SCREENED, BOARD_DECIDED
    }
}
