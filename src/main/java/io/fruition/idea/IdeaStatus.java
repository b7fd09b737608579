package io.fruition.idea;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The status users see. The BPMN process decides it; this table only refuses what can never happen, so a
 * modelling mistake shows up as an error instead of a nonsensical history.
 */
public enum IdeaStatus {
    SUBMITTED("Submitted"),
    IN_SCREENING("In screening"),
    NEEDS_CLARIFICATION("Needs clarification"),
    IN_VALUATION("In valuation"),
    IN_REVIEW("In review"),
    IN_REVISION("In revision"),
    AWAITING_SPONSOR("Awaiting sponsor"),
    APPROVED("Approved"),
    IN_DELIVERY("In delivery"),
    DELIVERED("Delivered"),
    REALISED("Realised"),
    REJECTED("Rejected"),
    DUPLICATE("Duplicate"),
    WITHDRAWN("Withdrawn"),
    PARKED("Parked");

    private final String label;

    IdeaStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The stages of the main line, from submission to fruition, in order: the portfolio's funnel. */
    public static final List<IdeaStatus> FUNNEL = List.of(SUBMITTED, IN_SCREENING, IN_VALUATION,
            IN_REVIEW, APPROVED, IN_DELIVERY, DELIVERED, REALISED);

    /**
     * The stage of the main line this status belongs to: a clarification or a parked idea is still in screening,
     * a revision or a sponsor's approval still in review; the terminal states elsewhere reach no stage of their own.
     */
    public IdeaStatus stage() {
        return switch (this) {
            case NEEDS_CLARIFICATION, PARKED -> IN_SCREENING;
            case IN_REVISION, AWAITING_SPONSOR -> IN_REVIEW;
            case REJECTED, DUPLICATE, WITHDRAWN -> SUBMITTED;
            default -> this;
        };
    }

    public boolean isTerminal() {
        return this == REALISED || this == REJECTED || this == DUPLICATE || this == WITHDRAWN;
    }

    public boolean canMoveTo(IdeaStatus next) {
        return next != this && successors().contains(next);
    }

    private Set<IdeaStatus> successors() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(IN_SCREENING, WITHDRAWN);
            case IN_SCREENING -> EnumSet.of(NEEDS_CLARIFICATION, IN_VALUATION, REJECTED, DUPLICATE, PARKED, WITHDRAWN);
            case NEEDS_CLARIFICATION -> EnumSet.of(IN_SCREENING, WITHDRAWN);
            case IN_VALUATION -> EnumSet.of(IN_REVIEW, WITHDRAWN);
            case IN_REVIEW -> EnumSet.of(IN_REVISION, AWAITING_SPONSOR, APPROVED, REJECTED, WITHDRAWN);
            case IN_REVISION -> EnumSet.of(IN_REVIEW, WITHDRAWN);
            case AWAITING_SPONSOR -> EnumSet.of(APPROVED, REJECTED, WITHDRAWN);
            case APPROVED -> EnumSet.of(IN_DELIVERY);
            case IN_DELIVERY -> EnumSet.of(DELIVERED);
            case DELIVERED -> EnumSet.of(REALISED, IN_DELIVERY);
            case PARKED -> EnumSet.of(IN_SCREENING, WITHDRAWN);
            case REALISED, REJECTED, DUPLICATE, WITHDRAWN -> EnumSet.noneOf(IdeaStatus.class);
        };
    }
}
