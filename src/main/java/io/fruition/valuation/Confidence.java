package io.fruition.valuation;

/** How sure an estimator is of their numbers. */
public enum Confidence {
    LOW("Low"), MEDIUM("Medium"), HIGH("High");

    private final String label;

    Confidence(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The lower of two confidences: a joint figure is only as sure as its weaker half. */
    public static Confidence lower(Confidence a, Confidence b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }
}
