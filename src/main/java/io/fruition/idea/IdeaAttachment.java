package io.fruition.idea;

import java.time.Instant;

/** A file attached to an idea (its metadata; the bytes live in the attachment store). */
public record IdeaAttachment(long id, long ideaId, String fileName, String contentType, long sizeBytes,
        String uploadedBy, Instant uploadedAt) {
}
