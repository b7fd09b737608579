package io.fruition.idea;

/** What kind of value an idea is mainly about. */
public enum IdeaCategory {
    COST("Lower cost"), QUALITY("Better service quality"), CUSTOMER_EXPERIENCE("Customer experience"),
    SUSTAINABILITY("Sustainability"), SECURITY("Security and risk"), NEW_SERVICE("New service"), OTHER("Other");

    private final String label;

    IdeaCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
