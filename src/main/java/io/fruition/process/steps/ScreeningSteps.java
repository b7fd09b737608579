package io.fruition.process.steps;

import static io.fruition.process.IdeaProcess.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import io.fruition.idea.Ideas;
import io.fruition.process.IdeaProcess;
import io.fruition.process.IdeaProcess.Var;
import io.fruition.review.ScreeningOutcome;
import io.fruition.review.ScreeningRecord;
import io.fruition.review.Screenings;
import io.fruition.shared.InvalidInputException;

/** The screening step and what follows from it: clarification, duplicates. */
@Component("screening")
public class ScreeningSteps {

    private final Screenings screenings;

    ScreeningSteps(Screenings screenings) {
        this.screenings = screenings;
    }

    public void decided(DelegateTask task) {
        ScreeningOutcome outcome = outcome(text(task, Var.SCREENING_DECISION));
        String reason = switch (outcome) {
            case CLARIFY -> text(task, Var.CLARIFICATION_QUESTION);
            case REJECT -> text(task, Var.REJECTION_REASON);
            default -> null;
        };
        ScreeningRecord record = screenings.record(IdeaProcess.ideaId(task), Actors.of(task), outcome, reason,
                text(task, Var.DUPLICATE_OF), text(task, Var.SCREENING_NOTE));
        if (outcome == ScreeningOutcome.DUPLICATE) {
            task.setVariable(Var.DUPLICATE_OF_ID, record.duplicateOfId());
        }
    }

    private static ScreeningOutcome outcome(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("Choose a screening decision.");
        }
        try {
            return ScreeningOutcome.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("'" + value + "' is not a screening decision.");
        }
    }

    /** The submitter's answer to a clarification request. */
    @Component("clarification")
    public static class ClarificationSteps {
        private final Ideas ideas;

        ClarificationSteps(Ideas ideas) {
            this.ideas = ideas;
        }

        public void answered(DelegateTask task) {
            ideas.clarify(IdeaProcess.ideaId(task), Actors.of(task), text(task, Var.CLARIFICATION_ANSWER),
                    text(task, Var.REVISED_PROPOSAL));
        }
    }

    /** Closing an idea as a duplicate of another. */
    @Component("duplicates")
    public static class DuplicateSteps {
        private final Ideas ideas;

        DuplicateSteps(Ideas ideas) {
            this.ideas = ideas;
        }

        public void merge(DelegateExecution execution) {
            ideas.mergeDuplicate(IdeaProcess.ideaId(execution), originalId(execution));
        }

        public String reason(DelegateExecution execution) {
            return "Duplicate of " + ideas.get(originalId(execution)).getNumber()
                    + "; its submitter and supporters now support the original.";
        }

        private static long originalId(DelegateExecution execution) {
            Object id = execution.getVariable(Var.DUPLICATE_OF_ID);
            if (id instanceof Number number) {
                return number.longValue();
            }
            throw new IllegalStateException("The screening named no original idea.");
        }
    }
}
