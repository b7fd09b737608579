package io.fruition.process.steps;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.fruition.process.IdeaProcess;
import io.fruition.process.IdeaProcess.DeliveryElement;
import io.fruition.process.IdeaProcess.Element;
import io.fruition.process.engine.StepFormContext;
import io.fruition.process.engine.StepInputRules;
import io.fruition.wording.Formats;

/**
 * The features' own rules for a step's input, by step (today the estimate's, which relate fields to each other),
 * and what a step's form shows beside the task's variables (the open milestones a progress report ticks).
 */
@Component
class StepRules implements StepInputRules, StepFormContext {

    /** The progress report's checklist of the plan's open milestones ({@code valuesKey} in the form). */
    static final String OPEN_MILESTONES = "openMilestones";

    private final ValuationSteps valuation;
    private final DeliverySteps delivery;

    StepRules(ValuationSteps valuation, DeliverySteps delivery) {
        this.valuation = valuation;
        this.delivery = delivery;
    }

    @Override
    public Map<String, List<String>> problems(String stepKey, Map<String, Object> values) {
        return switch (stepKey) {
            case Element.ESTIMATE_CUSTOMER_VALUE, Element.ESTIMATE_SUPPLIER_VALUE -> valuation.problems(values);
            default -> Map.of();
        };
    }

    @Override
    public Map<String, Object> context(String stepKey, Map<String, Object> variables, Locale reader) {
        Long ideaId = IdeaProcess.IDEA_ID.from(variables);
        if (DeliveryElement.REPORT_PROGRESS.equals(stepKey) && ideaId != null) {
            return Map.of(OPEN_MILESTONES, delivery.openMilestones(ideaId, Formats.of(reader)));
        }
        return Map.of();
    }
}
