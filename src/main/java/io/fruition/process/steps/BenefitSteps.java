package io.fruition.process.steps;

import static io.fruition.process.IdeaProcess.decimal;
import static io.fruition.process.IdeaProcess.text;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import io.fruition.delivery.Benefits;
import io.fruition.partnership.Side;
import io.fruition.process.IdeaProcess;
import io.fruition.process.IdeaProcess.Var;

/** The benefits review: each side records what it actually gains per year. */
@Component("benefitReview")
public class BenefitSteps {

    private final Benefits benefits;

    BenefitSteps(Benefits benefits) {
        this.benefits = benefits;
    }

    public void recorded(DelegateTask task) {
        benefits.record(IdeaProcess.ideaId(task), Side.valueOf(text(task, Var.BENEFIT_SIDE)), Actors.of(task),
                decimal(task, Var.REALISED_BENEFIT), text(task, Var.BENEFIT_NOTE));
    }
}
