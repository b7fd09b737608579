package io.fruition.process.steps;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.fruition.process.IdeaProcess;
import io.fruition.process.IdeaProcess.DeliveryElement;
import io.fruition.process.IdeaProcess.Element;
import io.fruition.process.PulseProcess;
import io.fruition.process.engine.StepFormContext;
import io.fruition.process.engine.StepInputRules;
import io.fruition.wording.Formats;

/**
 * The features' own rules for a step's input, by step (the estimate's, which relate fields to each other; an action
 * plan's due dates), and what a step's form shows beside the task's variables (the open milestones a progress report
 * ticks, the actions a pulse round asks about, who may own an action, the plan the customer agrees).
 */
@Component
class StepRules implements StepInputRules, StepFormContext {

    /** The progress report's checklist of the plan's open milestones ({@code valuesKey} in the form). */
    static final String OPEN_MILESTONES = "openMilestones";

    private final ValuationSteps valuation;
    private final DeliverySteps delivery;
    private final PulseSteps pulse;

    StepRules(ValuationSteps valuation, DeliverySteps delivery, PulseSteps pulse) {
        this.valuation = valuation;
        this.delivery = delivery;
        this.pulse = pulse;
    }

    @Override
    public Map<String, List<String>> problems(String stepKey, Map<String, Object> values) {
        return switch (stepKey) {
            case Element.ESTIMATE_CUSTOMER_VALUE, Element.ESTIMATE_SUPPLIER_VALUE -> valuation.problems(values);
            case PulseProcess.Element.RESPOND_WITH_PLAN -> pulse.planProblems(values);
            default -> Map.of();
        };
    }

    @Override
    public Map<String, Object> context(String stepKey, Map<String, Object> variables, Locale reader) {
        Long ideaId = IdeaProcess.IDEA_ID.from(variables);
        if (DeliveryElement.REPORT_PROGRESS.equals(stepKey) && ideaId != null) {
            return Map.of(OPEN_MILESTONES, delivery.openMilestones(ideaId, Formats.of(reader)));
        }
        Long roundId = PulseProcess.ROUND_ID.from(variables);
        String partnership = PulseProcess.PARTNERSHIP.from(variables);
        if (roundId == null || partnership == null) {
            return Map.of();
        }
        return switch (stepKey) {
            case PulseProcess.Element.RATE_PARTNERSHIP ->
                Map.of(PulseSteps.CLOSED_ACTIONS, pulse.closedActions(roundId, Formats.of(reader)));
            case PulseProcess.Element.RESPOND_WITH_PLAN ->
                pulse.planContext(partnership, PulseProcess.PLAN_ID.from(variables));
            case PulseProcess.Element.AGREE_PLAN ->
                pulse.agreementContext(partnership, PulseProcess.PLAN_ID.expected(variables), reader);
            case PulseProcess.Element.CARRY_OUT_ACTION -> pulse.actionContext(PulseProcess.ACTION.from(variables), reader);
            default -> Map.of();
        };
    }
}
