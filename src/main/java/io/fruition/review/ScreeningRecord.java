package io.fruition.review;

import java.time.Instant;

/** A screening decision as the idea's timeline shows it. {@code duplicateOfId} is set for DUPLICATE only. */
public record ScreeningRecord(long id, long ideaId, String decidedBy, ScreeningOutcome outcome, String reason,
        Long duplicateOfId, String duplicateOfNumber, String note, Instant decidedAt) {
}
