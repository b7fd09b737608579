package io.fruition.process;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.fruition.pulse.PulseRoundStarted;
import io.fruition.pulse.PulseRounds;

/**
 * Starts the process of every pulse round that begins, in the transaction that began it, so that a round never
 * exists without its process, nor a process without its round.
 */
@Component
class PulseProcessStarter {

    private final RuntimeService runtimeService;
    private final PulseRounds rounds;

    PulseProcessStarter(RuntimeService runtimeService, PulseRounds rounds) {
        this.runtimeService = runtimeService;
        this.rounds = rounds;
    }

    @EventListener
    void on(PulseRoundStarted started) {
        ProcessInstance instance = runtimeService.createProcessInstanceByKey(PulseProcess.KEY)
                .processDefinitionWithoutTenantId()
                .businessKey(PulseProcess.businessKey(started.prefix(), started.number()))
                .setVariables(Map.of(
                        PulseProcess.Var.PARTNERSHIP, started.prefix(),
                        PulseProcess.Var.ROUND_ID, started.roundId(),
                        PulseProcess.Var.ROUND_NUMBER, started.number()))
                .execute();
        rounds.attachProcess(started.roundId(), instance.getId());
    }
}
