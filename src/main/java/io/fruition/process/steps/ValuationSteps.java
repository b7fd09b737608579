package io.fruition.process.steps;

import static io.fruition.process.IdeaProcess.decimal;
import static io.fruition.process.IdeaProcess.integer;
import static io.fruition.process.IdeaProcess.text;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import io.fruition.partnership.Side;
import io.fruition.process.IdeaProcess;
import io.fruition.process.IdeaProcess.Var;
import io.fruition.shared.InvalidInputException;
import io.fruition.valuation.Confidence;
import io.fruition.valuation.EstimateInput;
import io.fruition.valuation.MutualValue;
import io.fruition.valuation.Priority;
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
        Side side = Side.valueOf(text(task, Var.ESTIMATE_SIDE));
        estimates.record(IdeaProcess.ideaId(task), side, Actors.of(task), input(task::getVariable));
    }

    /** What the valuation module says of an estimate's values, before anything is recorded. */
    Map<String, List<String>> problems(Map<String, Object> values) {
        try {
            return input(values::get).fieldProblems();
        } catch (InvalidInputException unreadable) {
            return Map.of("", unreadable.problems());
        }
    }

    private static EstimateInput input(Function<String, Object> value) {
        return new EstimateInput(
                decimal(value.apply(Var.BENEFIT_LOW), Var.BENEFIT_LOW),
                decimal(value.apply(Var.BENEFIT_LIKELY), Var.BENEFIT_LIKELY),
                decimal(value.apply(Var.BENEFIT_HIGH), Var.BENEFIT_HIGH),
                decimal(value.apply(Var.ONE_OFF_COST), Var.ONE_OFF_COST),
                integer(value.apply(Var.EFFORT_DAYS), Var.EFFORT_DAYS),
                integer(value.apply(Var.MONTHS_TO_VALUE), Var.MONTHS_TO_VALUE),
                confidence(string(value.apply(Var.CONFIDENCE))), string(value.apply(Var.RATIONALE)));
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }

    public void prepareDecision(DelegateExecution execution) {
        MutualValue value = estimates.mutualValue(IdeaProcess.ideaId(execution))
                .orElseThrow(() -> new IllegalStateException("Both estimates must be in before the priority is classified."));
        execution.setVariable(Var.CUSTOMER_BENEFIT, value.customerExpected().doubleValue());
        execution.setVariable(Var.SUPPLIER_BENEFIT, value.supplierExpected().doubleValue());
        execution.setVariable(Var.MUTUAL_VALUE_SCORE, value.score().doubleValue());
        execution.setVariable(Var.ONE_OFF_COST, value.oneOffCost().doubleValue());
        execution.setVariable(Var.CONFIDENCE, value.confidence().name());
    }

    public void prioritised(DelegateExecution execution) {
        estimates.recordPriority(IdeaProcess.ideaId(execution), Priority.valueOf(text(execution, Var.PRIORITY)));
    }

    private static Confidence confidence(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Confidence.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("'" + value + "' is not a confidence level (LOW, MEDIUM or HIGH).");
        }
    }
}
