package io.fruition.idea;

import java.time.Instant;

/** What a member has typed into the submission form so far. */
public record IdeaDraft(String partnership, String title, String problem, String proposal, String expectedBenefit,
        Instant updatedAt) {

    public boolean isEmpty() {
        return blank(title) && blank(problem) && blank(proposal) && blank(expectedBenefit);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
