package io.fruition.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import io.fruition.idea.IdeaStatus;
import io.fruition.idea.Ideas;

/**
 * Keeps the status users see in step with the process: BPMN elements call
 * {@code ${ideaStatus.set(execution, 'IN_SCREENING')}} as an execution listener, so the status each step means
 * is written in the model itself.
 */
@Component("ideaStatus")
public class IdeaStatusListener {

    private final Ideas ideas;

    IdeaStatusListener(Ideas ideas) {
        this.ideas = ideas;
    }

    public void set(DelegateExecution execution, String status) {
        ideas.changeStatus(IdeaProcess.ideaId(execution), IdeaStatus.valueOf(status));
    }
}
