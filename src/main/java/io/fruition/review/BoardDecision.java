package io.fruition.review;

/** The outcome of one board round, with the counts behind it and a summary the submitter can read. */
public record BoardDecision(int round, BoardOutcome outcome, int approvals, int rejections, int revisions,
        int votesCast, int votersExpected, String summary) {
}
