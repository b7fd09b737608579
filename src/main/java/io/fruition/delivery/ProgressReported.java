package io.fruition.delivery;

/**
 * A delivery owner reported progress on an idea's delivery. Published inside the reporting transaction, so a
 * report that is rolled back was never announced.
 */
public record ProgressReported(long ideaId, String ideaNumber, String ideaTitle, String partnershipPrefix,
        String reporter, Rag rag, int percentComplete, String summary) {
}
