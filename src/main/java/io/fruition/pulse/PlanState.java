package io.fruition.pulse;

/** Where the supplier's answer to a round stands. */
public enum PlanState {
    /** The account manager is making the plan. */
    DRAFTING("Being drafted by the supplier"),
    /** Sent to the customer's innovation lead. */
    AWAITING_AGREEMENT("Waiting for the customer's agreement"),
    /** The customer asked for changes; the account manager is changing it. */
    CHANGES_REQUESTED("Changes asked for by the customer"),
    /** Agreed by the customer; its actions are being carried out. */
    AGREED("Agreed: actions under way"),
    /** Every action is done. */
    DONE("Done");

    private final String label;

    PlanState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
