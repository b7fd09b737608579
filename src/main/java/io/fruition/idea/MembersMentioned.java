package io.fruition.idea;

import java.util.Set;

/** Members named with @ in a comment on an idea, published in the comment's transaction. */
public record MembersMentioned(long ideaId, String ideaNumber, String ideaTitle, String partnershipPrefix,
        String author, Set<String> mentioned, String comment) {
}
