package io.fruition.commitment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import io.fruition.wording.Formats;

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

    /** The commitment in a sentence: "At least 6 supplier ideas a quarter". */
    public String describe(String currency) {
        Formats f = Formats.home();
        return switch (kind) {
            case SUPPLIER_IDEAS_PER_QUARTER -> "At least " + f.whole(target) + " ideas from the supplier a quarter";
            case FIRST_RESPONSE_DAYS -> "Every idea gets its first answer within " + f.whole(target)
                    + " working days";
            case BOARD_DECISION_SHARE -> f.whole(target) + "% of accepted ideas decided by the board within "
                    + withinDays + " days";
            case INNOVATION_FUND -> "An innovation fund of " + f.amount(target, currency) + " for " + fundYear;
            case RELATIONSHIP_SCORE -> "A relationship score of " + target.stripTrailingZeros().toPlainString()
                    + " by " + f.date(targetDate);
        };
    }
}
