package io.fruition.process.steps;

import static io.fruition.process.IdeaProcess.BENEFIT_NOTE;
import static io.fruition.process.IdeaProcess.BENEFIT_SIDE;
import static io.fruition.process.IdeaProcess.IDEA_ID;
import static io.fruition.process.IdeaProcess.REALISED_BENEFIT;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import io.fruition.delivery.Benefits;

/** The benefits review: each side records what it actually gains per year. */
@Component("benefitReview")
public class BenefitSteps {

    private final Benefits benefits;

    BenefitSteps(Benefits benefits) {
        this.benefits = benefits;
    }

    public void recorded(DelegateTask task) {
        benefits.record(IDEA_ID.expected(task), BENEFIT_SIDE.expected(task), Actors.of(task),
                REALISED_BENEFIT.from(task), BENEFIT_NOTE.from(task));
    }
}
