package io.fruition.process.steps;

import static io.fruition.process.IdeaProcess.text;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import io.fruition.idea.Ideas;
import io.fruition.process.IdeaProcess;
import io.fruition.process.IdeaProcess.Var;
import io.fruition.review.BoardDecision;
import io.fruition.review.BoardVotes;
import io.fruition.review.Verdict;
import io.fruition.review.VoteDecision;
import io.fruition.shared.InvalidInputException;

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
        execution.setVariable(Var.VOTERS, new ArrayList<>(votes.voters(IdeaProcess.ideaId(execution))));
        execution.setVariable(Var.REVIEW_ROUND, IdeaProcess.reviewRound(execution) + 1);
        execution.setVariable(Var.VOTING_DEADLINE, lifecycle.boardVoteDeadline(IdeaProcess.partnership(execution)));
    }

    public void voted(DelegateTask task) {
        votes.cast(IdeaProcess.ideaId(task), IdeaProcess.reviewRound(task), Actors.of(task),
                parse(VoteDecision.class, text(task, Var.VOTE), "a vote"), text(task, Var.VOTE_REASON));
    }

    public void tally(DelegateExecution execution) {
        long ideaId = IdeaProcess.ideaId(execution);
        int round = IdeaProcess.reviewRound(execution);
        List<String> voters = IdeaProcess.strings(execution, Var.VOTERS);
        boolean deadlinePassed = votes.ofRound(ideaId, round).size() < voters.size();
        BoardDecision decision = votes.decideRound(ideaId, round, deadlinePassed, ideas.get(ideaId).getRevisionRounds());
        execution.setVariable(Var.BOARD_OUTCOME, decision.outcome().name());
        execution.setVariable(Var.BOARD_COMMENTS, decision.summary());
    }

    /** The chair reads the votes cast so far; they live on the chair's task only, hidden from everyone else. */
    public void chairAsked(DelegateTask task) {
        task.setVariableLocal(Var.VOTES_SUMMARY, votes.votesSummary(IdeaProcess.ideaId(task), IdeaProcess.reviewRound(task)));
    }

    public void chairDecided(DelegateTask task) {
        Verdict verdict = parse(Verdict.class, text(task, Var.CHAIR_DECISION), "the chair's decision");
        String reason = text(task, Var.CHAIR_REASON);
        votes.recordChairDecision(IdeaProcess.ideaId(task), IdeaProcess.reviewRound(task), Actors.of(task), verdict,
                reason);
        task.setVariable(Var.BOARD_COMMENTS, "The board's chair decided: " + reason);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String what) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("Choose " + what + ".");
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("'" + value + "' is not a valid choice for " + what + ".");
        }
    }

    /** A revision round asked for by the board. */
    @Component("revision")
    public static class RevisionSteps {
        private final Ideas ideas;

        RevisionSteps(Ideas ideas) {
            this.ideas = ideas;
        }

        public void requested(DelegateExecution execution) {
            ideas.startRevision(IdeaProcess.ideaId(execution));
        }

        public void revised(DelegateTask task) {
            ideas.revise(IdeaProcess.ideaId(task), Actors.of(task), text(task, Var.REVISED_PROPOSAL),
                    text(task, Var.REVISION_NOTE));
        }
    }
}
