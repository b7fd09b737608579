package io.fruition.valuation;

import java.time.Instant;

/** An idea's priority class and the mutual value it was decided on. */
public record IdeaPriority(long ideaId, Priority priority, MutualValue value, Instant decidedAt) {
}
