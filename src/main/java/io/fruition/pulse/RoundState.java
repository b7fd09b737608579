package io.fruition.pulse;

/** Where a pulse round stands. */
public enum RoundState {
    /** The supplier predicts the customer's view; the customer is not asked yet. */
    PREDICTING("Predictions being made"),
    /** The customer's members answer; the predictions are locked. */
    OPEN("Open for answers"),
    /** Answers are in (or the time ran out): results, gap and concerns are known. */
    CLOSED("Closed");

    private final String label;

    RoundState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
