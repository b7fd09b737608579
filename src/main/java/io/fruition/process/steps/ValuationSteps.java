package io.fruition.process.steps;

import static io.fruition.process.IdeaProcess.BENEFIT_HIGH;
import static io.fruition.process.IdeaProcess.BENEFIT_LIKELY;
import static io.fruition.process.IdeaProcess.BENEFIT_LOW;
import static io.fruition.process.IdeaProcess.CONFIDENCE;
import static io.fruition.process.IdeaProcess.CUSTOMER_BENEFIT;
import static io.fruition.process.IdeaProcess.EFFORT_DAYS;
import static io.fruition.process.IdeaProcess.ESTIMATE_SIDE;
import static io.fruition.process.IdeaProcess.IDEA_ID;
import static io.fruition.process.IdeaProcess.MONTHS_TO_VALUE;
import static io.fruition.process.IdeaProcess.MUTUAL_VALUE_SCORE;
import static io.fruition.process.IdeaProcess.ONE_OFF_COST;
import static io.fruition.process.IdeaProcess.PRIORITY;
import static io.fruition.process.IdeaProcess.RATIONALE;
import static io.fruition.process.IdeaProcess.SUPPLIER_BENEFIT;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import io.fruition.shared.InvalidInputException;
import io.fruition.valuation.EstimateInput;
import io.fruition.valuation.MutualValue;
import io.fruition.valuation.ValueEstimates;

/**
 * Value estimation and priority. Each side's numbers go from its task straight into the valuation module; the
 * priority decision only gets inputs once both estimates are in.
 */
@Component("valuation")
public class ValuationSteps {

    private final ValueEstimates estimates;

    ValuationSteps(ValueEstimates estimates) {
        this.estimates = estimates;
    }

    public void estimated(DelegateTask task) {
        estimates.record(IDEA_ID.expected(task), ESTIMATE_SIDE.expected(task), Actors.of(task),
                input(task.getVariables()));
    }

    /** What the valuation module says of an estimate's values, before anything is recorded. */
    Map<String, List<String>> problems(Map<String, Object> values) {
        try {
            return input(values).fieldProblems();
        } catch (InvalidInputException unreadable) {
            return Map.of("", unreadable.problems());
        }
    }

    private static EstimateInput input(Map<String, ?> values) {
        return new EstimateInput(BENEFIT_LOW.from(values), BENEFIT_LIKELY.from(values), BENEFIT_HIGH.from(values),
                ONE_OFF_COST.from(values), EFFORT_DAYS.from(values), MONTHS_TO_VALUE.from(values),
                CONFIDENCE.from(values), RATIONALE.from(values));
    }

    public void prepareDecision(DelegateExecution execution) {
        MutualValue value = estimates.mutualValue(IDEA_ID.expected(execution))
                .orElseThrow(() -> new IllegalStateException("Both estimates must be in before the priority is classified."));
        CUSTOMER_BENEFIT.on(execution).set(value.customerExpected());
        SUPPLIER_BENEFIT.on(execution).set(value.supplierExpected());
        MUTUAL_VALUE_SCORE.on(execution).set(value.score());
        ONE_OFF_COST.on(execution).set(value.oneOffCost());
        CONFIDENCE.on(execution).set(value.confidence());
    }

    public void prioritised(DelegateExecution execution) {
        estimates.recordPriority(IDEA_ID.expected(execution), PRIORITY.expected(execution));
    }
}
