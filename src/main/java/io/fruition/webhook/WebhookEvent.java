package io.fruition.webhook;

import java.util.Arrays;
import java.util.Optional;

/** What an endpoint can subscribe to, by the name a receiver sees ({@code idea.submitted}). */
public enum WebhookEvent {
    IDEA_SUBMITTED("idea.submitted", "An idea is submitted"),
    IDEA_STATUS_CHANGED("idea.status_changed", "An idea's status changes"),
    IDEA_REALISED("idea.realised", "An idea's benefits are confirmed"),
    TASK_CREATED("task.created", "A task waits for someone"),
    TASK_OVERDUE("task.overdue", "A task or a milestone is overdue"),
    DELIVERY_REPORTED("delivery.reported", "Progress is reported on a delivery"),
    PULSE_ANSWERED("pulse.answered", "A customer member answers the pulse (never who, never the scores)");

    /** The CloudEvents type is the event's name under this prefix: {@code io.fruition.idea.submitted}. */
    static final String TYPE_PREFIX = "io.fruition.";

    private final String wire;
    private final String label;

    WebhookEvent(String wire, String label) {
        this.wire = wire;
        this.label = label;
    }

    public String wire() {
        return wire;
    }

    public String label() {
        return label;
    }

    public String cloudEventType() {
        return TYPE_PREFIX + wire;
    }

    static Optional<WebhookEvent> ofWire(String wire) {
        return Arrays.stream(values()).filter(e -> e.wire.equals(wire)).findFirst();
    }
}
