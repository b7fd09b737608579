package io.fruition.review;

import java.time.Instant;

import io.fruition.partnership.Side;

/** A board member's vote in one round of the review of an idea. */
public record Vote(long ideaId, int round, String voter, Side side, VoteDecision decision, String reason,
        Instant castAt) {
}
