package io.fruition.process;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.fruition.idea.Idea;
import io.fruition.idea.IdeaProgress;
import io.fruition.idea.IdeaSubmitted;
import io.fruition.idea.Ideas;

/**
 * Starts the lifecycle of every submitted idea. It runs inside the submitting transaction, so an idea never
 * exists without its process, nor a process without its idea.
 */
@Component
class IdeaProcessStarter {

    private final RuntimeService runtimeService;
    private final Ideas ideas;
    private final IdeaProgress progress;

    IdeaProcessStarter(RuntimeService runtimeService, Ideas ideas, IdeaProgress progress) {
        this.runtimeService = runtimeService;
        this.ideas = ideas;
        this.progress = progress;
    }

    @EventListener
    void on(IdeaSubmitted submitted) {
        Idea idea = ideas.get(submitted.ideaId());
        ProcessInstance instance = runtimeService.createProcessInstanceByKey(IdeaProcess.KEY)
                .processDefinitionWithoutTenantId()
                .businessKey(submitted.number())
                .setVariables(Map.of(
                        IdeaProcess.Var.IDEA_ID, submitted.ideaId(),
                        IdeaProcess.Var.IDEA_NUMBER, submitted.number(),
                        IdeaProcess.Var.IDEA_TITLE, idea.getTitle(),
                        IdeaProcess.Var.PARTNERSHIP, submitted.partnershipPrefix(),
                        IdeaProcess.Var.SUBMITTER, submitted.submitter()))
                .execute();
        progress.attachProcess(submitted.ideaId(), instance.getId());
    }
}
