package io.fruition.process;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.fruition.idea.Idea;
import io.fruition.idea.Ideas;

/** A submitter withdraws their idea: the idea module says whether they may, the process ends the lifecycle. */
@Service
public class IdeaWithdrawal {

    private final Ideas ideas;
    private final RuntimeService runtimeService;
    private final Actors actors;

    IdeaWithdrawal(Ideas ideas, RuntimeService runtimeService, Actors actors) {
        this.ideas = ideas;
        this.runtimeService = runtimeService;
        this.actors = actors;
    }

    @Transactional
    public void withdraw(String username, String number) {
        Idea idea = ideas.checkWithdrawable(username, number);
        actors.as(username, () -> runtimeService.createMessageCorrelation(IdeaProcess.WITHDRAWN_MESSAGE)
                .processInstanceBusinessKey(idea.getNumber())
                .correlate());
    }
}
