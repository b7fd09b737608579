package io.fruition.idea;

import java.util.Set;

/**
 * Published inside the transaction that changed an idea's status, so that listeners (notifications) write in
 * the same transaction and nothing is announced for a change that rolls back. {@code followers} are the
 * submitter, the supporters and the watchers; {@code reason} is what the deciding step said, when it said
 * something the followers should read (a rejection reason, a clarification question), otherwise null.
 */
public record IdeaStatusChanged(long ideaId, String ideaNumber, String ideaTitle, String partnershipPrefix,
        IdeaStatus from, IdeaStatus to, Set<String> followers, String reason) {
}
