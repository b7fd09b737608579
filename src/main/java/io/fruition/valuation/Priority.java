package io.fruition.valuation;

/** The priority class bpmn/idea-priority.dmn gives an idea. */
public enum Priority {
    QUICK_WIN("Quick win", 80), STRATEGIC_BET("Strategic bet", 70), FILL_IN("Fill-in", 50),
    DEPRIORITISE("Deprioritise", 30);

    private final String label;
    private final int taskPriority;

    Priority(String label, int taskPriority) {
        this.label = label;
        this.taskPriority = taskPriority;
    }

    /** The priority the idea's tasks get, so the inbox can sort by it (the engine's default is 50). */
    public int taskPriority() {
        return taskPriority;
    }

    public String label() {
        return label;
    }
}
