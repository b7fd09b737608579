package io.fruition.idea;

import java.math.BigDecimal;
import java.time.Instant;

import io.fruition.partnership.Side;

/** An idea as lists and search results show it. */
public record IdeaListItem(long id, String number, String title, IdeaStatus status, Side originSide, String submitter,
        Instant createdAt, Instant statusChangedAt, String priority, BigDecimal mutualValueScore, int supporters) {
}
