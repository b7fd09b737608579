package io.fruition.process;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.fruition.process.IdeaProcess.Element;
import io.fruition.process.engine.StepInputRules;

/** The features' own rules for a step's input, by step: today the estimate's, which relate fields to each other. */
@Component
class StepRules implements StepInputRules {

    private final ValuationSteps valuation;

    StepRules(ValuationSteps valuation) {
        this.valuation = valuation;
    }

    @Override
    public Map<String, List<String>> problems(String stepKey, Map<String, Object> values) {
        return switch (stepKey) {
            case Element.ESTIMATE_CUSTOMER_VALUE, Element.ESTIMATE_SUPPLIER_VALUE -> valuation.problems(values);
            default -> Map.of();
        };
    }
}
