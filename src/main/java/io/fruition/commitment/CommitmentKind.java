package io.fruition.commitment;

/** What a commitment promises, and how it is measured. */
public enum CommitmentKind {
    /** Ideas the supplier's side submits each calendar quarter, at least. */
    SUPPLIER_IDEAS_PER_QUARTER("Supplier ideas per quarter", "ideas a quarter, at least"),
    /** Working days from an idea's submission to its first screening decision, at most, for every idea. */
    FIRST_RESPONSE_DAYS("Time to first response", "working days at most, for every idea"),
    /** Share of the ideas accepted for valuation that the board decides within a number of days of submission. */
    BOARD_DECISION_SHARE("Board decisions in time", "% of accepted ideas decided by the board in time"),
    /** The money a year the supplier puts into joint innovation; approved ideas' one-off costs draw on it. */
    INNOVATION_FUND("Innovation fund", "a year"),
    /** The relationship score the partnership means to reach by a date (the average of the pulse's dimensions). */
    RELATIONSHIP_SCORE("Target relationship score", "out of 10");

    private final String label;
    private final String unit;

    CommitmentKind(String label, String unit) {
        this.label = label;
        this.unit = unit;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }
}
