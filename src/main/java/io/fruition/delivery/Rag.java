package io.fruition.delivery;

/** The traffic-light status of a progress report. */
public enum Rag {
    GREEN("On track"), AMBER("At risk"), RED("Off track");

    private final String label;

    Rag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
