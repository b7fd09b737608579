package io.fruition.process;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.test.mock.Mocks;

import io.fruition.partnership.LifecycleSettings;
import io.fruition.process.steps.FormWords;
import io.fruition.process.steps.LifecycleTimers;

/**
 * Stand-ins for the beans the BPMN calls, so that the process tests see exactly what the models ask for and
 * decide the outcomes of domain rules themselves. The real beans are exercised by the application scenarios.
 */
final class LifecycleFakes {

    final List<String> statuses = new ArrayList<>();
    final List<String> calls = new ArrayList<>();
    final Valuation valuation = new Valuation();
    final Board board = new Board();
    final Fund fund = new Fund();

    void register() {
        Mocks.register("ideaStatus", new Status());
        Mocks.register("lifecycle", new LifecycleTimers(prefix -> LifecycleSettings.DEFAULTS));
        Mocks.register("screening", new Recorder("screening"));
        Mocks.register("clarification", new Recorder("clarification"));
        Mocks.register("duplicates", new Duplicates());
        Mocks.register("escalations", new Recorder("escalations"));
        Mocks.register("valuation", valuation);
        Mocks.register("board", board);
        Mocks.register("revision", new Recorder("revision"));
        Mocks.register("sponsors", new Sponsors());
        Mocks.register("delivery", new Delivery());
        Mocks.register("deliveryAlerts", new Recorder("deliveryAlerts"));
        Mocks.register("benefitReview", new Recorder("benefits"));
        Mocks.register("formWords", new FormWords(prefix -> "EUR"));
        Mocks.register("fund", fund);
    }

    /** Records status changes as the idea module makes them: setting the current status again changes nothing. */
    public class Status {
        public void screeningOpened(DelegateExecution execution) {
            if (!statuses.isEmpty()) {
                set(execution, "IN_SCREENING");
            }
        }

        public void set(DelegateExecution execution, String status) {
            if (statuses.isEmpty() || !statuses.get(statuses.size() - 1).equals(status)) {
                statuses.add(status);
            }
        }

        public void set(DelegateExecution execution, String status, Object reason) {
            set(execution, status);
        }

        public void parked(DelegateExecution execution) {
            set(execution, "PARKED");
        }
    }

    /** Records which step called which method; the methods the BPMN uses exist for every recorder name. */
    public class Recorder {
        private final String name;

        Recorder(String name) {
            this.name = name;
        }

        private void record(String method) {
            calls.add(name + "." + method);
        }

        public void decided(DelegateTask task) {
            record("decided");
        }

        public void answered(DelegateTask task) {
            record("answered");
        }

        public void screeningOverdue(DelegateExecution execution) {
            record("screeningOverdue");
        }

        public void requested(DelegateExecution execution) {
            record("requested");
        }

        public void revised(DelegateTask task) {
            record("revised");
        }

        public void reportDue(DelegateExecution execution) {
            record("reportDue");
        }

        public void reportOverdue(DelegateExecution execution) {
            record("reportOverdue");
        }

        public void overdueMilestones(DelegateExecution execution) {
            record("overdueMilestones");
        }

        public void recorded(DelegateTask task) {
            record("recorded:" + task.getVariable(IdeaProcess.Var.BENEFIT_SIDE));
        }
    }

    public class Duplicates {
        public void merge(DelegateExecution execution) {
            calls.add("duplicates.merge:" + execution.getVariable(IdeaProcess.Var.DUPLICATE_OF));
        }

        public String reason(DelegateExecution execution) {
            return "Duplicate of " + execution.getVariable(IdeaProcess.Var.DUPLICATE_OF);
        }
    }

    /** Sets the decision inputs the real valuation module would compute from both estimates. */
    public class Valuation {
        double customerBenefit = 120_000;
        double supplierBenefit = 80_000;
        double oneOffCost = 5_000;
        String confidence = "MEDIUM";

        public void estimated(DelegateTask task) {
            calls.add("valuation.estimated:" + task.getVariable(IdeaProcess.Var.ESTIMATE_SIDE));
        }

        public void prepareDecision(DelegateExecution execution) {
            execution.setVariable(IdeaProcess.Var.CUSTOMER_BENEFIT, customerBenefit);
            execution.setVariable(IdeaProcess.Var.SUPPLIER_BENEFIT, supplierBenefit);
            execution.setVariable(IdeaProcess.Var.MUTUAL_VALUE_SCORE, Math.sqrt(customerBenefit * supplierBenefit));
            execution.setVariable(IdeaProcess.Var.ONE_OFF_COST, oneOffCost);
            execution.setVariable(IdeaProcess.Var.CONFIDENCE, confidence);
        }

        public void prioritised(DelegateExecution execution) {
            calls.add("valuation.prioritised:" + execution.getVariable(IdeaProcess.Var.PRIORITY));
        }
    }

    /** Convenes the board with fixed voters and answers each tally with the next queued outcome. */
    public class Board {
        List<String> voters = List.of("carl", "cathy", "steve", "sue");
        final Deque<String> outcomes = new ArrayDeque<>();
        final List<String> votes = new ArrayList<>();

        public void convene(DelegateExecution execution) {
            execution.setVariable(IdeaProcess.Var.VOTERS, new ArrayList<>(voters));
            execution.setVariable(IdeaProcess.Var.REVIEW_ROUND, IdeaProcess.REVIEW_ROUND.from(execution, 0) + 1);
            execution.setVariable(IdeaProcess.Var.VOTING_DEADLINE,
                    new LifecycleTimers(p -> LifecycleSettings.DEFAULTS).boardVoteDeadline("NG"));
        }

        public void voted(DelegateTask task) {
            votes.add(task.getAssignee() + ":" + task.getVariable(IdeaProcess.Var.VOTE));
        }

        public void tally(DelegateExecution execution) {
            String outcome = outcomes.isEmpty() ? "APPROVED" : outcomes.pop();
            execution.setVariable(IdeaProcess.Var.BOARD_OUTCOME, outcome);
            execution.setVariable(IdeaProcess.Var.BOARD_COMMENTS, "Board says " + outcome);
            calls.add("board.tally:" + outcome);
        }

        public void chairAsked(DelegateTask task) {
            calls.add("board.chairAsked");
        }

        public void chairDecided(DelegateTask task) {
            calls.add("board.chairDecided:" + task.getVariable(IdeaProcess.Var.CHAIR_DECISION));
        }
    }

    public class Sponsors {
        public void decided(DelegateTask task) {
            boolean rejected = "REJECT".equals(task.getVariable(IdeaProcess.Var.SPONSOR_DECISION));
            Object before = task.getVariable(IdeaProcess.Var.SPONSOR_REJECTED);
            task.getExecution().getProcessInstance().setVariable(IdeaProcess.Var.SPONSOR_REJECTED,
                    rejected || Boolean.TRUE.equals(before));
            if (rejected) {
                task.getExecution().getProcessInstance().setVariable(IdeaProcess.Var.SPONSOR_REASONS,
                        task.getVariable(IdeaProcess.Var.SPONSOR_REASON));
            }
            calls.add("sponsors.decided:" + task.getVariable(IdeaProcess.Var.SPONSOR_SIDE) + ":"
                    + task.getVariable(IdeaProcess.Var.SPONSOR_DECISION));
        }
    }

    /** The innovation fund: it covers every approval unless a test says it falls short. */
    public class Fund {
        boolean short_;

        public void check(DelegateExecution execution) {
            execution.setVariable(IdeaProcess.Var.FUND_COVERS, !short_);
            if (short_) {
                execution.setVariable(IdeaProcess.Var.FUND_SHORTFALL_WORDS, "EUR 12,000 below zero");
                execution.setVariable(IdeaProcess.Var.OVERDRAFT_SIDES, new ArrayList<>(List.of("CUSTOMER", "SUPPLIER")));
                execution.setVariable(IdeaProcess.Var.OVERDRAFT_REFUSED, false);
            }
            calls.add("fund.check");
        }

        public void overdraftDecided(DelegateTask task) {
            if ("REJECT".equals(task.getVariable(IdeaProcess.Var.OVERDRAFT_DECISION))) {
                task.getExecution().getProcessInstance().setVariable(IdeaProcess.Var.OVERDRAFT_REFUSED, true);
                task.getExecution().getProcessInstance().setVariable(IdeaProcess.Var.OVERDRAFT_REASONS,
                        task.getVariable(IdeaProcess.Var.OVERDRAFT_REASON));
            }
            calls.add("fund.overdraftDecided:" + task.getVariable(IdeaProcess.Var.OVERDRAFT_SIDE) + ":"
                    + task.getVariable(IdeaProcess.Var.OVERDRAFT_DECISION));
        }

        public void overdraw(DelegateExecution execution) {
            calls.add("fund.overdraw");
        }
    }

    public class Delivery {
        public void planned(DelegateTask task) {
            task.getExecution().getProcessInstance().setVariable(IdeaProcess.Var.DELIVERY_OWNER, "dave");
            calls.add("delivery.planned");
        }

        public void reported(DelegateTask task) {
            calls.add("delivery.reported");
        }

        public void acceptanceDecided(DelegateTask task) {
            calls.add("delivery.acceptanceDecided:" + task.getVariable(IdeaProcess.Var.ACCEPTANCE));
        }
    }

    static Date at(int year, int month, int day, int hour) {
        return Date.from(LocalDateTime.of(year, month, day, hour, 0)
                .atZone(ZoneId.systemDefault()).toInstant());
    }

    static Date later(Date from, long days) {
        return new Date(from.getTime() + days * 24 * 3600 * 1000L);
    }
}
