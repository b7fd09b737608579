package io.fruition.pulse;

/**
 * What the customer rates the partnership on, 1 to 10 each. Each dimension names the fields of the pulse's forms
 * that carry its score and its comment ({@code valueScore}, {@code valueComment}): the forms, the process and the
 * page that amends an answer use these names.
 */
public enum Dimension {
    OVERALL_VALUE("Overall value", "value"),
    INNOVATION("Innovation", "innovation"),
    UNDERSTANDING("Understanding of our business", "understanding"),
    RESPONSIVENESS("Responsiveness", "responsiveness"),
    DELIVERY_QUALITY("Delivery quality", "delivery");

    private final String label;
    private final String key;

    Dimension(String label, String key) {
        this.label = label;
        this.key = key;
    }

    public String label() {
        return label;
    }

    /** The form field of its score. */
    public String scoreKey() {
        return key + "Score";
    }

    /** The form field of its comment. */
    public String commentKey() {
        return key + "Comment";
    }
}
