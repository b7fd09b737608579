package io.fruition.process.steps;

import static io.fruition.process.IdeaProcess.BOARD_COMMENTS;
import static io.fruition.process.IdeaProcess.BOARD_OUTCOME;
import static io.fruition.process.IdeaProcess.CHAIR_DECISION;
import static io.fruition.process.IdeaProcess.CHAIR_REASON;
import static io.fruition.process.IdeaProcess.IDEA_ID;
import static io.fruition.process.IdeaProcess.PARTNERSHIP;
import static io.fruition.process.IdeaProcess.REVIEW_ROUND;
import static io.fruition.process.IdeaProcess.REVISED_PROPOSAL;
import static io.fruition.process.IdeaProcess.REVISION_NOTE;
import static io.fruition.process.IdeaProcess.VOTE;
import static io.fruition.process.IdeaProcess.VOTERS;
import static io.fruition.process.IdeaProcess.VOTES_SUMMARY;
import static io.fruition.process.IdeaProcess.VOTE_REASON;
import static io.fruition.process.IdeaProcess.VOTING_DEADLINE;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import io.fruition.idea.IdeaProgress;
import io.fruition.idea.Ideas;
import io.fruition.review.BoardDecision;
import io.fruition.review.BoardVotes;
import io.fruition.review.Verdict;

/** The joint review board: who votes, each vote, the count and the chair's decision. */
@Component("board")
public class BoardSteps {

    private final BoardVotes votes;
    private final Ideas ideas;
    private final LifecycleTimers lifecycle;

    BoardSteps(BoardVotes votes, Ideas ideas, LifecycleTimers lifecycle) {
        this.votes = votes;
        this.ideas = ideas;
        this.lifecycle = lifecycle;
    }

    public void convene(DelegateExecution execution) {
        VOTERS.on(execution).set(List.copyOf(votes.voters(IDEA_ID.expected(execution))));
        REVIEW_ROUND.on(execution).set(REVIEW_ROUND.from(execution, 0) + 1);
        VOTING_DEADLINE.on(execution).set(lifecycle.boardVoteDeadline(PARTNERSHIP.from(execution)));
    }

    public void voted(DelegateTask task) {
        votes.cast(IDEA_ID.expected(task), REVIEW_ROUND.from(task, 0), Actors.of(task),
                VOTE.required(task, "Choose a vote."), VOTE_REASON.from(task));
    }

    public void tally(DelegateExecution execution) {
        long ideaId = IDEA_ID.expected(execution);
        int round = REVIEW_ROUND.from(execution, 0);
        List<String> voters = VOTERS.from(execution, List.of());
        boolean deadlinePassed = votes.ofRound(ideaId, round).size() < voters.size();
        BoardDecision decision = votes.decideRound(ideaId, round, deadlinePassed, ideas.get(ideaId).getRevisionRounds());
        BOARD_OUTCOME.on(execution).set(decision.outcome());
        BOARD_COMMENTS.on(execution).set(decision.summary());
    }

    /** The chair reads the votes cast so far; they live on the chair's task only, hidden from everyone else. */
    public void chairAsked(DelegateTask task) {
        VOTES_SUMMARY.on(task).setLocal(votes.votesSummary(IDEA_ID.expected(task), REVIEW_ROUND.from(task, 0)));
    }

    public void chairDecided(DelegateTask task) {
        Verdict verdict = CHAIR_DECISION.required(task, "Choose the chair's decision.");
        String reason = CHAIR_REASON.from(task);
        votes.recordChairDecision(IDEA_ID.expected(task), REVIEW_ROUND.from(task, 0), Actors.of(task), verdict,
                reason);
        BOARD_COMMENTS.on(task).set("The board's chair decided: " + reason);
    }

    /** A revision round asked for by the board. */
    @Component("revision")
    public static class RevisionSteps {
        private final IdeaProgress progress;

        RevisionSteps(IdeaProgress progress) {
            this.progress = progress;
        }

        public void requested(DelegateExecution execution) {
            progress.startRevision(IDEA_ID.expected(execution));
        }

        public void revised(DelegateTask task) {
            progress.revise(IDEA_ID.expected(task), Actors.of(task), REVISED_PROPOSAL.from(task),
                    REVISION_NOTE.from(task));
        }
    }
}
