package io.fruition.process.steps;

import static io.fruition.process.IdeaProcess.CLARIFICATION_ANSWER;
import static io.fruition.process.IdeaProcess.CLARIFICATION_QUESTION;
import static io.fruition.process.IdeaProcess.DUPLICATE_OF;
import static io.fruition.process.IdeaProcess.DUPLICATE_OF_ID;
import static io.fruition.process.IdeaProcess.IDEA_ID;
import static io.fruition.process.IdeaProcess.REJECTION_REASON;
import static io.fruition.process.IdeaProcess.REVISED_PROPOSAL;
import static io.fruition.process.IdeaProcess.SCREENING_DECISION;
import static io.fruition.process.IdeaProcess.SCREENING_NOTE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import io.fruition.idea.IdeaProgress;
import io.fruition.idea.Ideas;
import io.fruition.review.ScreeningOutcome;
import io.fruition.review.ScreeningRecord;
import io.fruition.review.Screenings;

/** The screening step and what follows from it: clarification, duplicates. */
@Component("screening")
public class ScreeningSteps {

    private final Screenings screenings;

    ScreeningSteps(Screenings screenings) {
        this.screenings = screenings;
    }

    public void decided(DelegateTask task) {
        ScreeningOutcome outcome = SCREENING_DECISION.required(task, "Choose a screening decision.");
        String reason = switch (outcome) {
            case CLARIFY -> CLARIFICATION_QUESTION.from(task);
            case REJECT -> REJECTION_REASON.from(task);
            default -> null;
        };
        ScreeningRecord record = screenings.record(IDEA_ID.expected(task), Actors.of(task), outcome, reason,
                DUPLICATE_OF.from(task), SCREENING_NOTE.from(task));
        if (outcome == ScreeningOutcome.DUPLICATE) {
            DUPLICATE_OF_ID.on(task).set(record.duplicateOfId());
        }
    }

    /** The submitter's answer to a clarification request. */
    @Component("clarification")
    public static class ClarificationSteps {
        private final IdeaProgress progress;

        ClarificationSteps(IdeaProgress progress) {
            this.progress = progress;
        }

        public void answered(DelegateTask task) {
            progress.clarify(IDEA_ID.expected(task), Actors.of(task), CLARIFICATION_ANSWER.from(task),
                    REVISED_PROPOSAL.from(task));
        }
    }

    /** Closing an idea as a duplicate of another. */
    @Component("duplicates")
    public static class DuplicateSteps {
        private final Ideas ideas;
        private final IdeaProgress progress;

        DuplicateSteps(Ideas ideas, IdeaProgress progress) {
            this.ideas = ideas;
            this.progress = progress;
        }

        public void merge(DelegateExecution execution) {
            progress.mergeDuplicate(IDEA_ID.expected(execution), DUPLICATE_OF_ID.expected(execution));
        }

        public String reason(DelegateExecution execution) {
            return "Duplicate of " + ideas.get(DUPLICATE_OF_ID.expected(execution)).getNumber()
                    + "; its submitter and supporters now support the original.";
        }
    }
}
