package io.fruition.process;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.fruition.idea.Idea;
import io.fruition.idea.Ideas;

/**
 * A submitter withdraws their idea: the idea module says whether they may, then the application ends the
 * lifecycle (a member has no right to change a process instance in the engine; the idea module's check is the
 * one that applies).
 */
@Service
public class IdeaWithdrawal {

    private final Ideas ideas;
    private final RuntimeService runtimeService;

    IdeaWithdrawal(Ideas ideas, RuntimeService runtimeService) {
        this.ideas = ideas;
        this.runtimeService = runtimeService;
    }

    @Transactional
    public void withdraw(String username, String number) {
        Idea idea = ideas.checkWithdrawable(username, number);
        runtimeService.createMessageCorrelation(IdeaProcess.WITHDRAWN_MESSAGE)
                .processInstanceBusinessKey(idea.getNumber())
                .correlate();
    }
}
