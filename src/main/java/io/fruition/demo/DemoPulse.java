package io.fruition.demo;

import static io.fruition.process.PulseProcess.Element.ACTION_OVERDUE;
import static io.fruition.process.PulseProcess.Element.AGREE_PLAN;
import static io.fruition.process.PulseProcess.Element.CARRY_OUT_ACTION;
import static io.fruition.process.PulseProcess.Element.PREDICT_VIEW;
import static io.fruition.process.PulseProcess.Element.RATE_PARTNERSHIP;
import static io.fruition.process.PulseProcess.Element.RESPOND_WITH_PLAN;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.transaction.support.TransactionTemplate;

import io.fruition.commitment.CommitmentKind;
import io.fruition.commitment.Commitments;
import io.fruition.commitment.Commitments.Proposal;
import io.fruition.process.task.ProcessSteps;
import io.fruition.process.PulseProcess;
import io.fruition.process.PulseProcess.Var;
import io.fruition.pulse.ActionPlans;
import io.fruition.pulse.ActionPlans.ActionView;
import io.fruition.pulse.Dimension;
import io.fruition.pulse.PulseRound;
import io.fruition.pulse.PulseRounds;

/**
 * The demo's relationship pulse, driven through the real pulse process over the past months: three closed rounds
 * and one open now in each partnership (NorthGas rising from 4.2 to 6.1 while the supplier's misreading narrows),
 * action plans in every state, and the commitments both sides agreed, one of them at risk.
 */
final class DemoPulse {

    private final PulseRounds rounds;
    private final ActionPlans plans;
    private final ProcessSteps steps;
    private final Commitments commitments;
    private final TransactionTemplate transaction;
    private final DemoClock time;

    DemoPulse(PulseRounds rounds, ActionPlans plans, ProcessSteps steps, Commitments commitments,
            TransactionTemplate transaction, DemoClock time) {
        this.rounds = rounds;
        this.plans = plans;
        this.steps = steps;
        this.commitments = commitments;
        this.transaction = transaction;
        this.time = time;
    }

    /** Scores in the order of {@link Dimension}: overall value, innovation, understanding, responsiveness, delivery. */
    private static int[] s(int... scores) {
        return scores;
    }

    void northGas() {
        // Round 1: the baseline. Everything is under the threshold, and the supplier thinks far better of itself.
        Round r1 = start("NG", 285);
        r1.predict("sam", s(7, 6, 7, 7, 7), "MEDIUM");
        time.after(1);
        r1.rate("nora", s(4, 3, 5, 4, 5), Map.of(Dimension.RESPONSIVENESS,
                "Requests wait a week before anyone answers."), false);
        r1.rate("carl", s(4, 2, 5, 3, 6), Map.of(Dimension.INNOVATION,
                "We hear about new ideas only when we ask for them."), true);
        r1.rate("cathy", s(5, 4, 6, 4, 5), Map.of(Dimension.OVERALL_VALUE,
                "We pay for a service and get a service; nothing more."), false);
        r1.rate("nils", s(4, 3, 4, 5, 5), Map.of(Dimension.DELIVERY_QUALITY,
                "The depots' systems work; the paperwork around them does not."), true);
        time.after(2);
        r1.plan("sam", "We heard that NorthGas sees a service and no partner: nothing new unless you ask, and "
                + "requests that wait. We will bring ideas to you every month and answer every request within a day.",
                action("A monthly innovation session with NorthGas's operations team", "sam", 36),
                action("A named responder answers every NorthGas request within one working day", "steve", 26));
        time.after(1);
        r1.agree("nora");
        time.after(20);
        r1.done("steve", "Anna from the service desk is the named responder; 94% of requests answered in a day.");
        time.after(10);
        r1.done("sam", "The first monthly session ran with six of NorthGas's operators; three ideas came of it.");

        // Round 2: better, not good; the supplier's view is closer.
        Round r2 = start("NG", 195);
        r2.predict("sam", s(6, 6, 7, 6, 6), "MEDIUM");
        time.after(1);
        List<Long> r1Actions = r1.actionIds();
        r2.rate("nora", s(5, 5, 6, 5, 5), Map.of(Dimension.RESPONSIVENESS,
                "Faster now; the named responder helps."), true, r1Actions);
        r2.rate("carl", s(5, 4, 6, 5, 6), Map.of(), false, r1Actions.subList(0, 1));
        r2.rate("cathy", s(6, 5, 7, 4, 5), Map.of(Dimension.DELIVERY_QUALITY,
                "Delivery slips and we learn of it late."), false, r1Actions);
        r2.rate("nils", s(5, 6, 5, 6, 4), Map.of(Dimension.DELIVERY_QUALITY,
                "Nobody from the delivery team has been to a depot."), true, List.of());
        time.after(2);
        r2.plan("sam", "Delivery is where we lose you: we will be at the depots and report delivery quality openly.",
                action("Quarterly depot visits by the delivery team", "dave", 50),
                action("A monthly delivery quality report to NorthGas", "steve", 80));
        time.after(1);
        r2.sendBack("nora", "Give the first depot visit a date and say who from NorthGas joins it.");
        time.after(1);
        r2.plan("sam", "Delivery is where we lose you: we will be at the depots and report delivery quality openly. "
                + "The first visit is at the Bergen depot, with Nils.",
                action("Quarterly depot visits by the delivery team, the first at Bergen with Nils", "dave", 48),
                action("A monthly delivery quality report to NorthGas", "steve", 78));
        time.after(1);
        r2.agree("nora");
        time.after(40);
        r2.done("dave", "Bergen and Stavanger visited with Nils; the paperwork steps are listed.");
        // The quality report never came: the day after it was due, it is escalated.
        time.after(40);
        r2.overdue();

        // Round 3: 6.1; only delivery is still under the threshold.
        Round r3 = start("NG", 105);
        r3.predict("sam", s(6, 7, 7, 7, 6), "HIGH");
        time.after(1);
        List<Long> visits = r2.actionIds().subList(0, 1);
        r3.rate("nora", s(6, 5, 7, 6, 4), Map.of(Dimension.DELIVERY_QUALITY,
                "Still no delivery report, months after it was promised."), true, visits);
        r3.rate("carl", s(6, 6, 7, 6, 5), Map.of(Dimension.INNOVATION,
                "The monthly sessions bring real ideas now."), true, visits);
        r3.rate("cathy", s(6, 6, 7, 7, 5), Map.of(), false, visits);
        r3.rate("nils", s(7, 7, 8, 7, 6), Map.of(Dimension.UNDERSTANDING,
                "They know our depots now."), true, List.of());
        time.after(2);
        r3.plan("sam", "The delivery report is late and we own that. We will send it and fix the depot paperwork.",
                action("Send the delivery quality report, then every month", "steve", 20));

        // Round 4, open now: the supplier has predicted; two of four have answered.
        Round r4 = start("NG", 8);
        r4.predict("sam", s(7, 7, 7, 7, 6), "MEDIUM");
        time.after(2);
        r4.rate("cathy", s(7, 6, 7, 7, 6), Map.of(), false, List.of());
        r4.rate("nils", s(7, 7, 7, 7, 6), Map.of(Dimension.OVERALL_VALUE,
                "A partner now, not a vendor."), true, List.of());
        // Round 3's plan: NorthGas's lead asked for changes after talking to the depots; sam is redrafting it.
        r3.sendBack("nora", "Add the depot paperwork fix, and who tells the depot staff what changes and when.");
        r3.takeOn("sam");
    }

    void initech() {
        // Round 1: a good start; nothing to answer.
        Round r1 = start("IR", 280);
        r1.predict("iris", s(7, 7, 7, 7, 8), "HIGH");
        time.after(1);
        r1.rate("ivan", s(7, 6, 7, 7, 8), Map.of(), false);
        r1.rate("ines", s(7, 7, 8, 6, 7), Map.of(), false);
        r1.rate("ida", s(6, 6, 7, 7, 7), Map.of(Dimension.INNOVATION, "Good service; few new ideas."), false);

        // Round 2: innovation falls under the threshold and the supplier did not see it; nobody takes the plan on.
        Round r2 = start("IR", 190);
        r2.predict("iris", s(7, 7, 7, 7, 7), "HIGH");
        time.after(1);
        r2.rate("ivan", s(6, 5, 7, 6, 7), Map.of(Dimension.INNOVATION,
                "We have not seen one idea from your retail practice this year."), true);
        r2.rate("ines", s(7, 5, 7, 6, 7), Map.of(), false);
        r2.rate("ida", s(6, 6, 6, 7, 8), Map.of(), false);
        time.after(3);
        r2.notTakenOn();

        // Round 3: the plan that answers it waits for the customer's agreement.
        Round r3 = start("IR", 100);
        r3.predict("iris", s(7, 7, 7, 7, 7), "MEDIUM");
        time.after(1);
        r3.rate("ivan", s(6, 5, 7, 5, 7), Map.of(Dimension.RESPONSIVENESS,
                "Store issues wait too long over the weekend."), true);
        r3.rate("ines", s(6, 6, 7, 5, 8), Map.of(), false);
        r3.rate("ida", s(7, 5, 7, 6, 7), Map.of(), false);
        time.after(3);
        r3.notTakenOn();

        // Round 4, open now.
        Round r4 = start("IR", 6);
        r4.predict("iris", s(7, 6, 7, 6, 7), "MEDIUM");
        time.after(1);
        r4.rate("ivan", s(7, 6, 7, 6, 7), Map.of(), false, List.of());
        // Round 3's plan came late, after its escalation; it waits for the customer's agreement.
        r3.plan("iris", "Two things: ideas from our retail practice, and weekend cover for store issues.",
                action("Bring two retail ideas to every quarterly review", "iris", 60),
                action("Weekend on-call cover for store systems", "iris", 30));
    }

    /**
     * The commitments both sides agreed, laid out from 250 days ago; NorthGas's supplier ideas fall behind, and
     * Initech's small fund is nearly spent (an idea beyond it waits for both leads, see DemoIdeas.beyondTheFund).
     */
    void commitments() {
        int year = LocalDate.ofInstant(Instant.now(), ZoneId.systemDefault()).getYear();
        time.startDaysAgo(250);
        LocalDate scoreBy = LocalDate.now().minusDays(285).plusMonths(18);
        agreed("NG", "sam", "nora", new Proposal(CommitmentKind.SUPPLIER_IDEAS_PER_QUARTER, new BigDecimal(10), null,
                null, null, "Globex brings ideas, not only the customer."));
        agreed("NG", "nora", "sam", new Proposal(CommitmentKind.FIRST_RESPONSE_DAYS, new BigDecimal(5), null, null,
                null, null));
        agreed("NG", "sam", "nora", new Proposal(CommitmentKind.BOARD_DECISION_SHARE, new BigDecimal(80), 30, null,
                null, null));
        agreed("NG", "sam", "nora", new Proposal(CommitmentKind.INNOVATION_FUND, new BigDecimal(400_000), null, year,
                null, "For the one-off costs of approved ideas."));
        agreed("NG", "nora", "sam", new Proposal(CommitmentKind.RELATIONSHIP_SCORE, new BigDecimal("7.0"), null,
                null, scoreBy, "From 4.2 at the first round to 7 within 18 months."));
        agreed("IR", "iris", "ivan", new Proposal(CommitmentKind.INNOVATION_FUND, new BigDecimal(50_000), null, year,
                null, null));
        agreed("IR", "ivan", "iris", new Proposal(CommitmentKind.RELATIONSHIP_SCORE, new BigDecimal("7.5"), null,
                null, LocalDate.now().plusMonths(9), null));
        // Proposed, waiting for the other side.
        time.startDaysAgo(3);
        transaction.executeWithoutResult(s -> commitments.propose("nora", "NG", new Proposal(
                CommitmentKind.FIRST_RESPONSE_DAYS, new BigDecimal(3), null, null, null,
                "Five days was the start; three is what we need now.")));
        transaction.executeWithoutResult(s -> commitments.propose("iris", "IR", new Proposal(
                CommitmentKind.SUPPLIER_IDEAS_PER_QUARTER, new BigDecimal(3), null, null, null, null)));
    }

    private void agreed(String prefix, String proposer, String agreer, Proposal proposal) {
        transaction.executeWithoutResult(s -> {
            var proposed = commitments.propose(proposer, prefix, proposal);
            commitments.agree(agreer, proposed.id());
        });
        time.after(1);
    }

    private static Map<String, Object> action(String title, String owner, int dueInDays) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("title", title);
        row.put("owner", owner);
        row.put("dueIn", dueInDays);
        return row;
    }

    private Round start(String prefix, double daysAgo) {
        time.startDaysAgo(daysAgo);
        PulseRound round = transaction.execute(s -> rounds.startDue(prefix));
        return new Round(round, PulseProcess.businessKey(prefix, round.number()));
    }

    /** One round being driven: every step is the real task, completed as its person. */
    private final class Round {
        private final PulseRound round;
        private final String key;

        Round(PulseRound round, String key) {
            this.round = round;
            this.key = key;
        }

        void predict(String predictor, int[] scores, String confidence) {
            Map<String, Object> values = scores(scores);
            values.put(Var.CONFIDENCE, confidence);
            steps.complete(predictor, key, PREDICT_VIEW, values);
        }

        void rate(String member, int[] scores, Map<Dimension, String> comments, boolean mayQuote) {
            rate(member, scores, comments, mayQuote, List.of());
        }

        void rate(String member, int[] scores, Map<Dimension, String> comments, boolean mayQuote, List<Long> worked) {
            Map<String, Object> values = scores(scores);
            comments.forEach((d, c) -> values.put(d.commentKey(), c));
            values.put(Var.MAY_QUOTE, mayQuote);
            if (!worked.isEmpty()) {
                values.put(Var.ACTIONS_THAT_WORKED, worked.stream().map(String::valueOf).toList());
            }
            steps.complete(member, key, RATE_PARTNERSHIP, values);
            time.after(1);
        }

        @SafeVarargs
        final void plan(String planner, String summary, Map<String, Object>... actions) {
            LocalDate today = LocalDate.ofInstant(time.now(), ZoneId.systemDefault());
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Map<String, Object> a : actions) {
                rows.add(Map.of("title", a.get("title"), "owner", a.get("owner"),
                        "dueOn", today.plusDays((Integer) a.get("dueIn")).toString()));
            }
            Map<String, Object> values = new HashMap<>();
            values.put(Var.PLAN_SUMMARY, summary);
            values.put(Var.PLAN_ACTIONS, rows);
            steps.complete(planner, key, RESPOND_WITH_PLAN, values);
        }

        void agree(String lead) {
            steps.complete(lead, key, AGREE_PLAN, Map.of(Var.PLAN_AGREEMENT, "AGREE"));
        }

        void sendBack(String lead, String changes) {
            steps.complete(lead, key, AGREE_PLAN, Map.of(Var.PLAN_AGREEMENT, "CHANGES", Var.REQUESTED_CHANGES, changes));
        }

        void done(String owner, String note) {
            steps.complete(owner, key, CARRY_OUT_ACTION, Map.of(Var.ACTION_NOTE, note));
        }

        /** The open action's due date passed: its escalation fires, as the engine would fire it. */
        void overdue() {
            steps.fireTimer(key, ACTION_OVERDUE);
        }

        /** The planner takes the plan on (claims it), so it is not escalated. */
        void takeOn(String planner) {
            steps.claim(planner, key, RESPOND_WITH_PLAN);
        }

        /** Nobody took the plan on within the acknowledgement time: its escalation fires. */
        void notTakenOn() {
            steps.fireTimer(key, PulseProcess.Element.PLAN_NOT_TAKEN_ON);
        }

        List<Long> actionIds() {
            return plans.ofRound(round.id()).map(p -> p.actions().stream().map(ActionView::id).toList())
                    .orElse(List.of());
        }
    }

    private static Map<String, Object> scores(int[] scores) {
        Map<String, Object> values = new HashMap<>();
        Dimension[] dimensions = Dimension.values();
        for (int i = 0; i < dimensions.length; i++) {
            values.put(dimensions[i].scoreKey(), (long) scores[i]);
        }
        return values;
    }
}
