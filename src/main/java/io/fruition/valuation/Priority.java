package io.fruition.valuation;

/** The priority class bpmn/idea-priority.dmn gives an idea. */
public enum Priority {
    QUICK_WIN("Quick win"), STRATEGIC_BET("Strategic bet"), FILL_IN("Fill-in"), DEPRIORITISE("Deprioritise");

    private final String label;

    Priority(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
