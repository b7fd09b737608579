package io.fruition.pulse;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import io.fruition.pulse.ActionPlans.ActionView;
import io.fruition.pulse.ActionPlans.PlanView;
import io.fruition.pulse.PulseResults.Accuracy;
import io.fruition.pulse.PulseResults.Comment;
import io.fruition.pulse.PulseResults.DimensionResult;
import io.fruition.pulse.PulseResults.RoundResult;
import io.fruition.shared.Table;

/**
 * The pulse's figures as tables: what the page shows beside its chart, the CSV files it offers, and what the
 * portfolio and the board pack print. Scores are numbers with one decimal; dates are ISO days.
 */
public final class PulseTables {

    private PulseTables() {
    }

    /** Each closed round: answers, the median of each dimension and the relationship score. */
    public static Table scores(List<RoundResult> rounds) {
        List<String> columns = new ArrayList<>(List.of("Round", "Closed", "Answered", "Asked"));
        for (Dimension d : Dimension.values()) {
            columns.add(d.label());
        }
        columns.add("Relationship score");
        columns.add("Supplier's prediction");
        List<List<Object>> rows = new ArrayList<>();
        for (RoundResult r : rounds) {
            List<Object> row = new ArrayList<>(List.of(r.round().number(), day(r.round().closedAt()), r.answered(),
                    r.invited()));
            for (Dimension d : Dimension.values()) {
                row.add(r.of(d).map(x -> number(x.median())).orElse(null));
            }
            row.add(number(r.score()));
            row.add(number(r.predictedScore()));
            rows.add(row);
        }
        return new Table("Relationship scores by round", columns, rows);
    }

    /** One closed round by dimension: the median, the range, the supplier's prediction and the gap. */
    public static Table dimensions(RoundResult r) {
        List<List<Object>> rows = new ArrayList<>();
        for (DimensionResult d : r.dimensions()) {
            rows.add(Arrays.asList(d.dimension().label(), number(d.median()), d.low() + "–" + d.high(),
                    numberOrBlank(d.predicted()), numberOrBlank(d.gap()), d.concern() ? concern(d, r) : ""));
        }
        return new Table("Round " + r.round().number() + " by dimension", List.of("Dimension", "Median", "Range",
                "Supplier's prediction", "Gap", "Calls for an answer"), rows);
    }

    /** The perception gap of every closed round by dimension (the supplier's prediction minus the median). */
    public static Table gaps(List<RoundResult> rounds) {
        List<String> columns = new ArrayList<>(List.of("Round"));
        for (Dimension d : Dimension.values()) {
            columns.add(d.label());
        }
        List<List<Object>> rows = new ArrayList<>();
        for (RoundResult r : rounds) {
            if (!r.shown()) {
                continue;
            }
            List<Object> row = new ArrayList<>(List.of(r.round().number()));
            for (Dimension d : Dimension.values()) {
                row.add(r.of(d).map(x -> numberOrBlank(x.gap())).orElse(""));
            }
            rows.add(row);
        }
        return new Table("Perception gap by round", columns, rows);
    }

    public static Table accuracy(List<Accuracy> predictors) {
        List<List<Object>> rows = new ArrayList<>();
        for (Accuracy a : predictors) {
            rows.add(Arrays.asList(a.name(), a.rounds(), number(a.averageMiss()), number(a.bias()), bias(a.bias())));
        }
        return new Table("How well the supplier reads the customer", List.of("Predictor", "Rounds",
                "Average miss (points)", "Bias (points)", "Reading"), rows);
    }

    /** Comments the round's answers carry: the author's name only where they allowed quoting. */
    public static Table comments(RoundResult r) {
        List<List<Object>> rows = new ArrayList<>();
        for (Comment c : r.comments()) {
            rows.add(List.of(c.dimension().label(), c.text(), c.by() == null ? "A customer member" : c.by()));
        }
        return new Table("Round " + r.round().number() + " comments", List.of("Dimension", "Comment", "By"), rows);
    }

    /** Every action of every plan: the listening-and-response loop, row by row; {@code names}: owners' names. */
    public static Table actions(List<PlanView> plans, LocalDate today, Function<String, String> names) {
        List<List<Object>> rows = new ArrayList<>();
        for (PlanView p : plans) {
            if (p.actions().isEmpty()) {
                rows.add(List.of(p.roundNumber(), p.state().label(), "", "", "", ""));
            }
            for (ActionView a : p.actions()) {
                rows.add(List.of(p.roundNumber(), p.state().label(), a.title(), names.apply(a.owner()),
                        a.dueOn().toString(), status(p, a, today)));
            }
        }
        return new Table("Action plans and their actions", List.of("Round", "Plan", "Action", "Owner", "Due",
                "Status"), rows);
    }

    /** An action in words: proposed (its plan is not agreed yet), done (and when), overdue, or open. */
    public static String status(PlanView plan, ActionView a, LocalDate today) {
        if (plan.state() != PlanState.AGREED && plan.state() != PlanState.DONE) {
            return "Proposed";
        }
        return status(a, today);
    }

    private static String status(ActionView a, LocalDate today) {
        if (a.done()) {
            return "Done " + day(a.doneAt());
        }
        return a.overdue(today) ? "Overdue" + (a.escalatedAt() != null ? ", escalated" : "") : "Open";
    }

    /** "reads the customer 1.2 points too high". */
    public static String bias(BigDecimal bias) {
        if (bias == null) {
            return "";
        }
        int sign = bias.signum();
        return sign == 0 ? "on the mark" : "reads the customer " + PulseResults.plain(bias.abs()) + " points too "
                + (sign > 0 ? "high" : "low");
    }

    private static String concern(DimensionResult d, RoundResult r) {
        List<String> why = new ArrayList<>();
        if (d.belowThreshold()) {
            why.add("under " + r.settings().threshold());
        }
        if (d.misread()) {
            why.add("misread by " + PulseResults.plain(d.gap()));
        }
        return String.join("; ", why);
    }

    private static Double number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    private static Object numberOrBlank(BigDecimal value) {
        return value == null ? "" : value.doubleValue();
    }

    private static String day(Instant at) {
        return at == null ? "" : LocalDate.ofInstant(at, ZoneId.systemDefault()).toString();
    }
}
