package io.fruition.process.steps;

import static io.fruition.process.IdeaProcess.IDEA_ID;
import static io.fruition.process.IdeaProcess.SCREENING_NOTE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import io.fruition.idea.IdeaStatus;
import io.fruition.idea.IdeaProgress;
import io.fruition.idea.Ideas;

/**
 * Keeps the status users see in step with the process: BPMN elements call
 * {@code ${ideaStatus.set(execution, 'IN_SCREENING')}} as an execution listener, so the status each step means
 * is written in the model itself. The reason, where given, is what the followers are told.
 */
@Component("ideaStatus")
public class IdeaStatusListener {

    private final Ideas ideas;
    private final IdeaProgress progress;

    IdeaStatusListener(Ideas ideas, IdeaProgress progress) {
        this.ideas = ideas;
        this.progress = progress;
    }

    /**
     * The screening task opens: a new idea stays "submitted" until an innovation lead picks it up; an idea that
     * comes back (answered clarification, end of parking) is in screening again at once.
     */
    public void screeningOpened(DelegateExecution execution) {
        long ideaId = IDEA_ID.expected(execution);
        if (ideas.get(ideaId).getStatus() != IdeaStatus.SUBMITTED) {
            progress.changeStatus(ideaId, IdeaStatus.IN_SCREENING, null);
        }
    }

    public void set(DelegateExecution execution, String status) {
        set(execution, status, null);
    }

    /** Parked by the screening, with its note (optional) as the reason. */
    public void parked(DelegateExecution execution) {
        set(execution, IdeaStatus.PARKED.name(), SCREENING_NOTE.from(execution));
    }

    public void set(DelegateExecution execution, String status, Object reason) {
        progress.changeStatus(IDEA_ID.expected(execution), IdeaStatus.valueOf(status),
                reason == null ? null : reason.toString());
    }
}
