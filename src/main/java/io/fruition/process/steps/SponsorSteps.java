package io.fruition.process.steps;

import static io.fruition.process.IdeaProcess.text;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import io.fruition.partnership.Side;
import io.fruition.process.IdeaProcess;
import io.fruition.process.IdeaProcess.Var;
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
        Verdict verdict = BoardSteps.parse(Verdict.class, text(task, Var.SPONSOR_DECISION), "a decision");
        String reason = text(task, Var.SPONSOR_REASON);
        approvals.record(IdeaProcess.ideaId(task), Actors.of(task), Side.valueOf(text(task, Var.SPONSOR_SIDE)),
                verdict, reason);
        var instance = task.getExecution().getProcessInstance();
        boolean rejectedBefore = Boolean.TRUE.equals(instance.getVariable(Var.SPONSOR_REJECTED));
        instance.setVariable(Var.SPONSOR_REJECTED, rejectedBefore || verdict == Verdict.REJECT);
        if (verdict == Verdict.REJECT) {
            instance.setVariable(Var.SPONSOR_REASONS, "A sponsor declined the investment: " + reason);
        }
    }
}
