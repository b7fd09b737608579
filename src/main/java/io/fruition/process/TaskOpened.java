package io.fruition.process;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A user task opened and waits for these people (its assignee and every candidate, by user name): a task of an
 * idea's process ({@code ideaId} and {@code ideaNumber} say which), or of a pulse round (they are null, and
 * {@code ideaTitle} names the round). Published inside the engine's transaction, so a task that is rolled back was
 * never announced.
 */
public record TaskOpened(String taskId, String stepName, String partnership, Long ideaId, String ideaNumber,
        String ideaTitle, Set<String> recipients) {

    public TaskOpened {
        recipients = Collections.unmodifiableSet(new LinkedHashSet<>(recipients));
    }
}
