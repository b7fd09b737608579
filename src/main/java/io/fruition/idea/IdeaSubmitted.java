package io.fruition.idea;

/** Published inside the submitting transaction, so the idea and its process instance commit together. */
public record IdeaSubmitted(long ideaId, String number, String partnershipPrefix, String submitter) {
}
