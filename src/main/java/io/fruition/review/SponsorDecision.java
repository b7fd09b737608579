package io.fruition.review;

import java.time.Instant;

import io.fruition.partnership.Side;

/** A sponsor's approval or rejection of the investment in an idea. */
public record SponsorDecision(long ideaId, String sponsor, Side side, Verdict verdict, String reason,
        Instant decidedAt) {
}
