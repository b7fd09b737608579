package io.fruition.commitment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One commitment of a partnership. {@code withinDays} belongs to a board-decision commitment, {@code fundYear} to a
 * fund, {@code targetDate} to a relationship score.
 */
public record Commitment(long id, String prefix, CommitmentKind kind, BigDecimal target, Integer withinDays,
        Integer fundYear, LocalDate targetDate, CommitmentState state, String note, String proposedBy,
        Instant proposedAt, String customerAgreedBy, Instant customerAgreedAt, String supplierAgreedBy,
        Instant supplierAgreedAt, Instant inForceAt, Instant endedAt) {

    public boolean inForce() {
        return state == CommitmentState.IN_FORCE;
    }
}
