package io.fruition.idea;

import java.time.Instant;

/** A comment on an idea, as members read it. */
public record IdeaComment(long id, String author, String body, Instant createdAt) {
}
