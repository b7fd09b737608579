package io.fruition.commitment;

/** How a commitment in force is doing. */
public enum Mark {
    ON_TRACK("On track"),
    AT_RISK("At risk"),
    MISSED("Missed");

    private final String label;

    Mark(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
