package io.fruition.process.steps;

import static io.fruition.process.IdeaProcess.FUND_COVERS;
import static io.fruition.process.IdeaProcess.FUND_SHORTFALL_WORDS;
import static io.fruition.process.IdeaProcess.IDEA_ID;
import static io.fruition.process.IdeaProcess.OVERDRAFT_CUSTOMER_LEAD;
import static io.fruition.process.IdeaProcess.OVERDRAFT_DECISION;
import static io.fruition.process.IdeaProcess.OVERDRAFT_REASON;
import static io.fruition.process.IdeaProcess.OVERDRAFT_REASONS;
import static io.fruition.process.IdeaProcess.OVERDRAFT_REFUSED;
import static io.fruition.process.IdeaProcess.OVERDRAFT_SIDE;
import static io.fruition.process.IdeaProcess.OVERDRAFT_SIDES;
import static io.fruition.process.IdeaProcess.OVERDRAFT_SUPPLIER_LEAD;
import static io.fruition.process.IdeaProcess.PARTNERSHIP;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import io.fruition.commitment.InnovationFund;
import io.fruition.partnership.Side;
import io.fruition.review.Verdict;
import io.fruition.wording.Formats;

/**
 * The innovation fund at the moment of approval: within it, the idea is approved; beyond it, both sides'
 * innovation leads must agree to overdraw it, and one refusal leaves the idea unfunded.
 */
@Component("fund")
public class FundSteps {

    private final InnovationFund fund;
    private final FormWords words;

    FundSteps(InnovationFund fund, FormWords words) {
        this.fund = fund;
        this.words = words;
    }

    public void check(DelegateExecution execution) {
        long ideaId = IDEA_ID.expected(execution);
        BigDecimal shortfall = fund.shortfall(ideaId);
        FUND_COVERS.on(execution).set(shortfall.signum() == 0);
        if (shortfall.signum() > 0) {
            String partnership = PARTNERSHIP.expected(execution);
            int year = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault())
                    .getYear();
            FUND_SHORTFALL_WORDS.on(execution).set("Approving it draws " + words.amount(fund.costOf(ideaId),
                    partnership) + " on the " + year + " innovation fund, which would take the fund "
                    + words.amount(shortfall, partnership) + " below zero.");
            OVERDRAFT_SIDES.on(execution).set(List.of(Side.CUSTOMER.name(), Side.SUPPLIER.name()));
            OVERDRAFT_REFUSED.on(execution).set(false);
        }
    }

    public void overdraftDecided(DelegateTask task) {
        Verdict verdict = OVERDRAFT_DECISION.required(task, "Choose a decision.");
        Side side = OVERDRAFT_SIDE.expected(task);
        var instance = task.getExecution().getProcessInstance();
        if (verdict == Verdict.APPROVE) {
            (side == Side.CUSTOMER ? OVERDRAFT_CUSTOMER_LEAD : OVERDRAFT_SUPPLIER_LEAD).on(instance)
                    .set(Actors.of(task));
        } else {
            OVERDRAFT_REFUSED.on(instance).set(true);
            OVERDRAFT_REASONS.on(instance).set("The " + Formats.words(side) + "'s innovation lead would not "
                    + "overdraw the innovation fund: " + OVERDRAFT_REASON.from(task));
        }
    }

    public void overdraw(DelegateExecution execution) {
        fund.override(IDEA_ID.expected(execution), OVERDRAFT_CUSTOMER_LEAD.expected(execution),
                OVERDRAFT_SUPPLIER_LEAD.expected(execution));
    }
}
