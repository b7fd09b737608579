package io.fruition.delivery;

import java.math.BigDecimal;
import java.time.Instant;

import io.fruition.partnership.Side;

/** What one side actually gains per year from a delivered idea. */
public record RealisedBenefitView(long ideaId, Side side, BigDecimal annualBenefit, String note, String recordedBy,
        Instant recordedAt) {
}
