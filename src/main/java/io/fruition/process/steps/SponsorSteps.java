package io.fruition.process.steps;

import static io.fruition.process.IdeaProcess.IDEA_ID;
import static io.fruition.process.IdeaProcess.SPONSOR_DECISION;
import static io.fruition.process.IdeaProcess.SPONSOR_REASON;
import static io.fruition.process.IdeaProcess.SPONSOR_REASONS;
import static io.fruition.process.IdeaProcess.SPONSOR_REJECTED;
import static io.fruition.process.IdeaProcess.SPONSOR_SIDE;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import io.fruition.review.SponsorApprovals;
import io.fruition.review.Verdict;

/** A sponsor's decision; one rejection ends the approval round for every sponsor. */
@Component("sponsors")
public class SponsorSteps {

    private final SponsorApprovals approvals;

    SponsorSteps(SponsorApprovals approvals) {
        this.approvals = approvals;
    }

    public void decided(DelegateTask task) {
        Verdict verdict = SPONSOR_DECISION.required(task, "Choose a decision.");
        String reason = SPONSOR_REASON.from(task);
        approvals.record(IDEA_ID.expected(task), Actors.of(task), SPONSOR_SIDE.expected(task), verdict, reason);
        var instance = task.getExecution().getProcessInstance();
        boolean rejectedBefore = SPONSOR_REJECTED.from(instance, false);
        SPONSOR_REJECTED.on(instance).set(rejectedBefore || verdict == Verdict.REJECT);
        if (verdict == Verdict.REJECT) {
            SPONSOR_REASONS.on(instance).set("A sponsor declined the investment: " + reason);
        }
    }
}
