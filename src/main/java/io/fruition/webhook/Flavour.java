package io.fruition.webhook;

/** How a delivery is written: a CloudEvent for programs, or a short text with the link for a chat's incoming webhook. */
public enum Flavour {
    CLOUDEVENTS("CloudEvents 1.0 (JSON)"),
    SLACK("Slack incoming webhook"),
    TEAMS("Microsoft Teams incoming webhook");

    private final String label;

    Flavour(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
