package io.fruition.process.task;

import java.time.Instant;

/** A user task as the inbox and dashboard show it. */
public record TaskSummary(String id, String name, String stepKey, String ideaNumber, String ideaTitle,
        String partnershipPrefix, Instant created, Instant due, Instant followUp, String assignee, int priority) {

    public boolean isOverdue(Instant now) {
        return due != null && due.isBefore(now);
    }
}
