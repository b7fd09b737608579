package io.fruition.demo;

import static io.fruition.process.IdeaProcess.DeliveryElement.ACCEPT_DELIVERY;
import static io.fruition.process.IdeaProcess.DeliveryElement.PLAN_DELIVERY;
import static io.fruition.process.IdeaProcess.DeliveryElement.REPORT_PROGRESS;
import static io.fruition.process.IdeaProcess.Element.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.fruition.idea.IdeaStatus;
import io.fruition.process.IdeaProcess.Var;
import io.fruition.process.task.ProcessSteps;

/**
 * Takes one demo idea through the real steps of its lifecycle, as the people of its partnership would, until it
 * reaches the status the demo wants. Timers that would take weeks (the benefits review, an unanswered
 * clarification) are fired at once.
 */
final class Journey {

    /** Who does what in a demo partnership. */
    record Cast(String customerLead, String supplierLead, String customerEstimator, String supplierEstimator,
            String deliveryOwner, String supplierSponsor, String customerSponsor) {
    }

    private final ProcessSteps steps;
    private final Cast cast;
    private final String number;
    private final long oneOffCost;
    private final DemoClock time;
    private final long customerLikely;
    private final long supplierLikely;

    Journey(ProcessSteps steps, Cast cast, String number, long oneOffCost, DemoClock time) {
        this.steps = steps;
        this.cast = cast;
        this.number = number;
        this.oneOffCost = oneOffCost;
        this.time = time;
        // Different ideas are worth different amounts to each side, so the value map has something to show.
        long spread = Math.abs((long) number.hashCode());
        this.customerLikely = 20_000 + (spread % 9) * 10_000;
        this.supplierLikely = 10_000 + (spread / 9 % 8) * 8_000;
    }

    /**
     * How many days before today the journey to a status starts: long enough for each step to take a realistic
     * time, short enough that the deadline of the step it stops at lies ahead (a clarification's 14 days, the
     * board's 7, a progress report's 14, the benefits review's 90), so that the demo does not move on by itself.
     */
    static double daysBefore(IdeaStatus target, DemoIdeas.Stop stop) {
        return switch (stop) {
            case AT_BOTH_ESTIMATES -> 6;
            case AT_CHAIR -> 22;
            case AT_ACCEPTANCE -> 39;
            case AT_BENEFITS_REVIEW -> 140;
            case AT_OVERDRAFT -> 12;
            case NONE -> switch (target) {
                case SUBMITTED -> 9;
                case IN_SCREENING -> 3;
                case NEEDS_CLARIFICATION -> 6;
                case WITHDRAWN -> 40;
                case REJECTED -> 30;
                case DUPLICATE -> 25;
                case PARKED -> 20;
                case IN_VALUATION -> 10;
                case IN_REVIEW -> 13;
                case IN_REVISION -> 16;
                case AWAITING_SPONSOR -> 15;
                case APPROVED -> 20;
                case IN_DELIVERY -> 40;
                case DELIVERED -> 60;
                case REALISED -> 200;
            };
        };
    }

    void to(IdeaStatus target, String duplicateOf, DemoIdeas.Stop stop) {
        switch (stop) {
            case AT_BOTH_ESTIMATES -> {
                accept();
                return;
            }
            case AT_CHAIR -> {
                // Only the supplier side votes before the deadline: too few customers, so the chair decides.
                toBoard();
                for (String voter : steps.assigneesAt(number, BOARD_VOTE)) {
                    if (voter.equals(cast.supplierLead()) || voter.equals(cast.supplierEstimator())
                            || voter.equals(cast.supplierSponsor())) {
                        steps.complete(voter, number, BOARD_VOTE, Map.of(Var.VOTE, "APPROVE", Var.VOTE_REASON,
                                "A service we would gladly run."));
                    }
                }
                time.after(7);
                steps.fireTimer(number, VOTING_DEADLINE);
                return;
            }
            case AT_ACCEPTANCE -> {
                approved();
                plan();
                report(true);
                return;
            }
            case AT_OVERDRAFT -> {
                approved();
                return;
            }
            case AT_BENEFITS_REVIEW -> {
                delivered();
                time.after(90);
                steps.fireTimer(number, BENEFITS_REVIEW_DUE);
                return;
            }
            case NONE -> {
            }
        }
        switch (target) {
            case SUBMITTED -> {
            }
            case IN_SCREENING -> {
                time.after(1);
                steps.claim(cast.customerLead(), number, SCREEN_IDEA);
            }
            case NEEDS_CLARIFICATION -> askForClarification();
            case WITHDRAWN -> {
                askForClarification();
                time.after(14);
                steps.fireTimer(number, CLARIFICATION_EXPIRED);
            }
            case REJECTED -> screen(Map.of(Var.SCREENING_DECISION, "REJECT", Var.REJECTION_REASON,
                    "The disputes are about estimated readings, not tampering; the smart-meter roll-out addresses them."));
            case DUPLICATE -> screen(Map.of(Var.SCREENING_DECISION, "DUPLICATE", Var.DUPLICATE_OF, duplicateOf));
            case PARKED -> screen(Map.of(Var.SCREENING_DECISION, "PARK", Var.SCREENING_NOTE,
                    "Good idea, but the budget for this year is spent; back on the table in spring."));
            case IN_VALUATION -> {
                accept();
                estimate(cast.customerEstimator(), ESTIMATE_CUSTOMER_VALUE, customerLikely);
            }
            case IN_REVIEW -> {
                toBoard();
                votes(1, "APPROVE");
            }
            case IN_REVISION -> {
                toBoard();
                votes(Integer.MAX_VALUE, "REVISE");
            }
            case AWAITING_SPONSOR -> {
                toBoard();
                votes(Integer.MAX_VALUE, "APPROVE");
            }
            case APPROVED -> approved();
            case IN_DELIVERY -> {
                approved();
                plan();
                report(false);
            }
            case DELIVERED -> delivered();
            case REALISED -> {
                delivered();
                time.after(90);
                steps.fireTimer(number, BENEFITS_REVIEW_DUE);
                time.after(3);
                steps.complete(cast.customerLead(), number, RECORD_CUSTOMER_BENEFIT,
                        Map.of(Var.REALISED_BENEFIT, expected(customerLikely) * 9 / 10, Var.BENEFIT_NOTE,
                                "Measured over the last quarter."));
                time.after(2);
                steps.complete(cast.supplierLead(), number, RECORD_SUPPLIER_BENEFIT,
                        Map.of(Var.REALISED_BENEFIT, expected(supplierLikely) * 8 / 10, Var.BENEFIT_NOTE,
                                "Margin of the new service line."));
            }
        }
    }

    private void askForClarification() {
        screen(Map.of(Var.SCREENING_DECISION, "CLARIFY", Var.CLARIFICATION_QUESTION,
                "Which sites would take part in a pilot, and who would run it?"));
    }

    private void screen(Map<String, Object> decision) {
        time.after(3);
        steps.complete(cast.customerLead(), number, SCREEN_IDEA, decision);
    }

    private void accept() {
        screen(Map.of(Var.SCREENING_DECISION, "ACCEPT", Var.SCREENING_NOTE,
                "Clear problem and a plausible benefit for both sides."));
    }

    private void estimate(String estimator, String step, long likely) {
        Map<String, Object> values = new HashMap<>();
        values.put(Var.BENEFIT_LOW, likely * 6 / 10);
        values.put(Var.BENEFIT_LIKELY, likely);
        values.put(Var.BENEFIT_HIGH, likely * 15 / 10);
        values.put(Var.ONE_OFF_COST, oneOffCost);
        values.put(Var.EFFORT_DAYS, 25L);
        values.put(Var.MONTHS_TO_VALUE, 4L);
        values.put(Var.CONFIDENCE, "MEDIUM");
        values.put(Var.RATIONALE, "Based on last year's ticket and outage figures.");
        time.after(ESTIMATE_CUSTOMER_VALUE.equals(step) ? 5 : 2);
        steps.complete(estimator, number, step, values);
    }

    private void toBoard() {
        accept();
        estimate(cast.customerEstimator(), ESTIMATE_CUSTOMER_VALUE, customerLikely);
        estimate(cast.supplierEstimator(), ESTIMATE_SUPPLIER_VALUE, supplierLikely);
    }

    /** The PERT expectation of the demo's three-point estimates (0.6, 1 and 1.5 times the likely value). */
    private static long expected(long likely) {
        return (likely * 6 / 10 + 4 * likely + likely * 15 / 10) / 6;
    }

    private void votes(int howMany, String vote) {
        int cast = 0;
        for (String voter : steps.assigneesAt(number, BOARD_VOTE)) {
            if (cast++ == howMany) {
                return;
            }
            time.after(cast == 1 ? 1 : 0.5);
            steps.complete(voter, number, BOARD_VOTE, Map.of(Var.VOTE, vote, Var.VOTE_REASON,
                    "REVISE".equals(vote) ? "Please show the effort per site before we decide." : "Worth doing for both sides."));
        }
    }

    /** Approved by the board and, where the cost needs them, by the sponsors. */
    private void approved() {
        toBoard();
        votes(Integer.MAX_VALUE, "APPROVE");
        for (String sponsor : new String[] {cast.supplierSponsor(), cast.customerSponsor()}) {
            if (steps.isOpenTo(sponsor, number, SPONSOR_APPROVAL)) {
                time.after(3);
                steps.complete(sponsor, number, SPONSOR_APPROVAL, Map.of(Var.SPONSOR_DECISION, "APPROVE",
                        Var.SPONSOR_REASON, "Within the innovation budget agreed for this year."));
            }
        }
    }

    private void plan() {
        time.after(5);
        LocalDate today = LocalDate.now();
        steps.complete(cast.deliveryOwner(), number, PLAN_DELIVERY, Map.of(
                Var.DELIVERY_TARGET_DATE, today.plusMonths(3).toString(),
                Var.MILESTONES, List.of(Map.of("dueOn", today.plusWeeks(4).toString(), "title", "Pilot at the first site"),
                        Map.of("dueOn", today.plusWeeks(10).toString(), "title", "Roll-out complete")),
                Var.DELIVERY_NOTE, "Kick-off with both sides next week."));
    }

    private void report(boolean finished) {
        time.after(14);
        steps.complete(cast.deliveryOwner(), number, REPORT_PROGRESS, Map.of(
                Var.RAG, finished ? "GREEN" : "AMBER",
                Var.PERCENT_COMPLETE, finished ? 100L : 40L,
                Var.PROGRESS_SUMMARY, finished ? "Live at every site; hand-over done." : "Pilot running; one site waits for network access.",
                Var.MILESTONES_DONE, finished ? List.of("1", "2") : List.of(),
                Var.DELIVERY_FINISHED, finished));
    }

    private void delivered() {
        approved();
        plan();
        report(true);
        time.after(10);
        steps.complete(cast.customerLead(), number, ACCEPT_DELIVERY, Map.of(Var.ACCEPTANCE, "ACCEPT",
                Var.ACCEPTANCE_NOTE, "Works as agreed."));
    }
}
