package io.fruition.process.task;

import java.time.Instant;

/**
 * A user task as the inbox and dashboard show it. A task of an idea has its number and title; a pulse round's task
 * has no idea number, and its title names the round ("Pulse round 4").
 */
public record TaskSummary(String id, String name, String stepKey, String ideaNumber, String ideaTitle,
        String partnershipPrefix, Instant created, Instant due, Instant followUp, String assignee, int priority) {

    /** What the task is about, in a word or two: the idea's number, or the pulse round. */
    public String about() {
        return ideaNumber != null ? ideaNumber : ideaTitle != null ? ideaTitle : "Task";
    }

    public boolean isOverdue(Instant now) {
        return due != null && due.isBefore(now);
    }
}
