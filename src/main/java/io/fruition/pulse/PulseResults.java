package io.fruition.pulse;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.fruition.partnership.PartnershipRole;
import io.fruition.partnership.PulseSettings;
import io.fruition.partnership.Side;
import io.fruition.shared.InvalidInputException;
import io.fruition.shared.NotFoundException;
import io.fruition.wording.Names;

/**
 * What a round says, as any member of the partnership may read it: scores by dimension (median and range), the
 * relationship score, the supplier's prediction beside them and the gap, comments without names unless their
 * author allowed quoting, and what calls for an answer. Nothing is shown of an open round but who may still answer,
 * and nothing per dimension where fewer than {@value #MIN_ANSWERS} members answered, so that nobody's answer can
 * be told from the figures.
 */
@Service
@Transactional(readOnly = true)
public class PulseResults {

    /** The fewest answers whose figures are shown: below it a single answer could be recognised. */
    public static final int MIN_ANSWERS = 3;
    /** A key contact's score at or under this is told to the supplier's leads, whatever the average. */
    public static final int KEY_CONTACT_ALERT = 5;

    private final JdbcClient jdbc;
    private final PulseAccess access;
    private final Names names;

    PulseResults(JdbcClient jdbc, PulseAccess access, Names names) {
        this.jdbc = jdbc;
        this.access = access;
        this.names = names;
    }

    /** One dimension of a closed round. {@code gap}: the supplier's prediction minus the customer's median. */
    public record DimensionResult(Dimension dimension, BigDecimal median, int low, int high, BigDecimal predicted,
            BigDecimal gap, boolean belowThreshold, boolean misread) {

        public boolean concern() {
            return belowThreshold || misread;
        }
    }

    /** A comment; {@code by} is the author's name only where they allowed quoting. */
    public record Comment(Dimension dimension, String text, String by) {
    }

    /** The relationship score of one group of the customer's members, where enough of them answered. */
    public record RoleBreakdown(String group, int answered, BigDecimal score) {
    }

    /** A supplier's prediction, shown once the round has closed. */
    public record Prediction(String predictor, String name, String confidence, Map<Dimension, Integer> scores) {
    }

    /** How the customer judged an action done since the previous round. */
    public record Verdict(ActionPlans.ActionView action, int worked, int judged) {
    }

    public record RoundResult(PulseRound round, PulseSettings settings, int invited, int answered, boolean shown,
            List<DimensionResult> dimensions, BigDecimal score, BigDecimal predictedScore, List<Comment> comments,
            List<RoleBreakdown> byRole, List<Prediction> predictions, List<String> concerns,
            List<String> keyContactAlerts, List<Verdict> verdicts) {

        /** Answers per invitation, in percent. */
        public int responseRate() {
            return invited == 0 ? 0 : Math.round(100f * answered / invited);
        }

        public Optional<DimensionResult> of(Dimension d) {
            return dimensions.stream().filter(r -> r.dimension() == d).findFirst();
        }
    }

    /** The round running now, as its partnership sees it: who is asked and who may still answer; no scores. */
    public record CurrentRound(PulseRound round, int invited, int answered, List<String> stillToAnswer,
            int predictors, int predicted, boolean youAreAsked, boolean youAnswered) {

        public int responseRate() {
            return invited == 0 ? 0 : Math.round(100f * answered / invited);
        }
    }

    /** How well a predictor reads the customer, over the closed rounds: average miss and its direction. */
    public record Accuracy(String predictor, String name, int rounds, BigDecimal averageMiss, BigDecimal bias) {
    }

    /** The closed round's results, for a member of its partnership. */
    public RoundResult of(String username, long roundId) {
        PulseRound round = jdbc.sql("select " + PulseRounds.COLUMNS
                + " from pulse_round r join partnership p on p.id = r.partnership_id where r.id = ?")
                .param(roundId).query(PulseRounds::round).optional()
                .filter(r -> access.partnerships().membership(username, r.prefix()).isPresent())
                .orElseThrow(() -> new NotFoundException("There is no such pulse round of yours."));
        if (!round.isClosed()) {
            throw new InvalidInputException(round.label() + " is still open: its answers are shown when it closes.");
        }
        return compute(round);
    }

    /** Every closed round of a partnership the user belongs to, oldest first. */
    public List<RoundResult> history(String username, String prefix) {
        access.member(username, prefix);
        return closedRounds(prefix).stream().map(this::compute).toList();
    }

    /** The round that runs now, if any. */
    public Optional<CurrentRound> current(String username, String prefix) {
        access.member(username, prefix);
        return jdbc.sql("select " + PulseRounds.COLUMNS + " from pulse_round r join partnership p on p.id = "
                + "r.partnership_id where p.prefix = ? and r.state <> 'CLOSED' order by r.number desc")
                .param(prefix).query(PulseRounds::round).list().stream().findFirst().map(round -> {
                    List<String> invited = jdbc.sql("select username from pulse_invitation where round_id = ? "
                            + "order by username").param(round.id()).query(String.class).list();
                    List<String> answered = jdbc.sql("select username from pulse_answer where round_id = ?")
                            .param(round.id()).query(String.class).list();
                    List<String> still = invited.stream().filter(u -> !answered.contains(u)).toList();
                    Map<String, String> display = names.of(still);
                    int predicted = jdbc.sql("select count(*) from pulse_prediction where round_id = ?")
                            .param(round.id()).query(Integer.class).single();
                    int predictors = round.state() == RoundState.PREDICTING
                            ? (int) access.partnerships().membersOf(prefix).stream()
                                    .filter(m -> m.side() == Side.SUPPLIER
                                            && (m.has(PartnershipRole.INNOVATION_LEAD)
                                                    || m.has(PartnershipRole.ACCOUNT_MANAGER)))
                                    .count()
                            : predicted;
                    return new CurrentRound(round, invited.size(), answered.size(),
                            still.stream().map(u -> display.getOrDefault(u, u)).toList(), predictors, predicted,
                            invited.contains(username), answered.contains(username));
                });
    }

    /** The relationship score of each closed round where enough answered, oldest first: the trend. */
    public List<Map.Entry<PulseRound, BigDecimal>> scores(String prefix) {
        List<Map.Entry<PulseRound, BigDecimal>> scores = new ArrayList<>();
        for (PulseRound round : closedRounds(prefix)) {
            RoundResult result = compute(round);
            if (result.shown()) {
                scores.add(Map.entry(round, result.score()));
            }
        }
        return scores;
    }

    /** Each predictor's accuracy over the closed rounds with shown results. */
    public List<Accuracy> accuracy(String username, String prefix) {
        access.member(username, prefix);
        Map<String, List<BigDecimal>> misses = new LinkedHashMap<>();
        Map<String, List<BigDecimal>> biases = new LinkedHashMap<>();
        Map<String, Integer> rounds = new LinkedHashMap<>();
        for (PulseRound round : closedRounds(prefix)) {
            RoundResult result = compute(round);
            if (!result.shown()) {
                continue;
            }
            for (Prediction p : result.predictions()) {
                rounds.merge(p.predictor(), 1, Integer::sum);
                for (DimensionResult d : result.dimensions()) {
                    Integer predicted = p.scores().get(d.dimension());
                    if (predicted != null) {
                        BigDecimal diff = BigDecimal.valueOf(predicted).subtract(d.median());
                        biases.computeIfAbsent(p.predictor(), k -> new ArrayList<>()).add(diff);
                        misses.computeIfAbsent(p.predictor(), k -> new ArrayList<>()).add(diff.abs());
                    }
                }
            }
        }
        Map<String, String> display = names.of(rounds.keySet());
        return rounds.keySet().stream().sorted().map(u -> new Accuracy(u, display.getOrDefault(u, u), rounds.get(u),
                mean(misses.get(u)), mean(biases.get(u)))).toList();
    }

    private List<PulseRound> closedRounds(String prefix) {
        return jdbc.sql("select " + PulseRounds.COLUMNS + " from pulse_round r join partnership p on p.id = "
                + "r.partnership_id where p.prefix = ? and r.state = 'CLOSED' order by r.number")
                .param(prefix).query(PulseRounds::round).list();
    }

    /** Everything about a round, before anyone's visibility is applied; only closed rounds are ever shown. */
    RoundResult compute(PulseRound round) {
        PulseSettings settings = access.partnerships().pulseOf(round.prefix());
        record Row(long answer, String username, boolean mayQuote, boolean keyContact, Dimension dimension, int score,
                String comment) {
        }
        List<Row> rows = jdbc.sql("""
                select a.id, a.username, a.may_quote, coalesce(i.key_contact, false) as key_contact, s.dimension,
                       s.score, s.comment
                from pulse_answer a join pulse_score s on s.answer_id = a.id
                left join pulse_invitation i on i.round_id = a.round_id and i.username = a.username
                where a.round_id = ? order by a.id""").param(round.id())
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("username"), rs.getBoolean("may_quote"),
                        rs.getBoolean("key_contact"), Dimension.valueOf(rs.getString("dimension")), rs.getInt("score"),
                        rs.getString("comment"))).list();
        int invited = jdbc.sql("select count(*) from pulse_invitation where round_id = ?").param(round.id())
                .query(Integer.class).single();
        int answered = (int) rows.stream().map(Row::answer).distinct().count();
        boolean shown = answered >= MIN_ANSWERS;

        List<Prediction> predictions = predictions(round.id());
        Map<Dimension, BigDecimal> predicted = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            List<Integer> values = predictions.stream().map(p -> p.scores().get(d)).filter(v -> v != null).toList();
            if (!values.isEmpty()) {
                predicted.put(d, median(values));
            }
        }

        List<DimensionResult> dimensions = new ArrayList<>();
        if (shown) {
            for (Dimension d : Dimension.values()) {
                List<Integer> scores = rows.stream().filter(r -> r.dimension() == d).map(Row::score).sorted().toList();
                BigDecimal median = median(scores);
                BigDecimal p = predicted.get(d);
                BigDecimal gap = p == null ? null : p.subtract(median);
                dimensions.add(new DimensionResult(d, median, scores.get(0), scores.get(scores.size() - 1), p, gap,
                        median.compareTo(BigDecimal.valueOf(settings.threshold())) < 0,
                        gap != null && gap.compareTo(BigDecimal.valueOf(settings.gapThreshold())) >= 0));
            }
        }
        BigDecimal score = shown ? mean(dimensions.stream().map(DimensionResult::median).toList()) : null;
        BigDecimal predictedScore = predicted.size() == Dimension.values().length ? mean(List.copyOf(predicted.values()))
                : null;

        Map<String, String> display = names.of(rows.stream().map(Row::username).distinct().toList());
        List<Comment> comments = !shown ? List.of() : rows.stream().filter(r -> r.comment() != null)
                .map(r -> new Comment(r.dimension(), r.comment(), r.mayQuote() ? display.get(r.username()) : null))
                .toList();

        // By role only where every group has enough answers: one group shown beside the whole would give away the
        // answers of the other.
        List<RoleBreakdown> byRole = new ArrayList<>();
        boolean everyGroupLargeEnough = List.of(true, false).stream().allMatch(key -> rows.stream()
                .filter(r -> r.keyContact() == key).map(Row::answer).distinct().count() >= MIN_ANSWERS);
        if (shown && everyGroupLargeEnough) {
            for (boolean key : List.of(true, false)) {
                List<Row> group = rows.stream().filter(r -> r.keyContact() == key).toList();
                int people = (int) group.stream().map(Row::answer).distinct().count();
                List<BigDecimal> medians = new ArrayList<>();
                for (Dimension d : Dimension.values()) {
                    medians.add(median(group.stream().filter(r -> r.dimension() == d).map(Row::score).sorted()
                            .toList()));
                }
                byRole.add(new RoleBreakdown(key ? "Key contacts (innovation lead, board)" : "Other members", people,
                        mean(medians)));
            }
        }

        List<String> alerts = new ArrayList<>();
        for (Row r : rows) {
            if (r.keyContact() && r.score() <= KEY_CONTACT_ALERT) {
                alerts.add((r.mayQuote() ? display.get(r.username()) + ", a key contact," : "A key contact")
                        + " scored " + r.dimension().label().toLowerCase() + " " + r.score() + " out of 10.");
            }
        }

        List<String> concerns = new ArrayList<>();
        if (round.isClosed()) {
            if (answered == 0) {
                concerns.add("Nobody answered (0 of " + invited + " asked): silence is a risk, not a blank. Find out "
                        + "why the customer's people did not answer.");
            } else if (!shown) {
                concerns.add("Only " + answered + " of " + invited + " asked answered: too few to show scores without "
                        + "making someone recognisable. Find out why the others did not answer.");
            }
            for (DimensionResult d : dimensions) {
                if (d.belowThreshold()) {
                    concerns.add(d.dimension().label() + ": the customer's median is " + plain(d.median())
                            + ", under the threshold of " + settings.threshold() + ".");
                }
                if (d.misread()) {
                    concerns.add(d.dimension().label() + ": the supplier predicted " + plain(d.predicted())
                            + ", the customer's median is " + plain(d.median()) + " (a gap of " + plain(d.gap())
                            + ").");
                }
            }
        }

        List<Verdict> verdicts = verdicts(round.id());
        return new RoundResult(round, settings, invited, answered, shown, dimensions, score, predictedScore, comments,
                byRole, predictions, concerns, alerts, verdicts);
    }

    private List<Prediction> predictions(long roundId) {
        Map<Long, String[]> heads = new LinkedHashMap<>();
        jdbc.sql("select id, username, confidence from pulse_prediction where round_id = ? order by username")
                .param(roundId).query(rs -> {
                    heads.put(rs.getLong("id"), new String[] {rs.getString("username"), rs.getString("confidence")});
                });
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<Dimension, Integer>> scores = new LinkedHashMap<>();
        jdbc.sql("""
                select s.prediction_id, s.dimension, s.score from pulse_predicted_score s
                join pulse_prediction p on p.id = s.prediction_id where p.round_id = ?""").param(roundId)
                .query(rs -> {
                    scores.computeIfAbsent(rs.getLong("prediction_id"), k -> new EnumMap<>(Dimension.class))
                            .put(Dimension.valueOf(rs.getString("dimension")), rs.getInt("score"));
                });
        Map<String, String> display = names.of(heads.values().stream().map(h -> h[0]).toList());
        return heads.entrySet().stream().map(e -> new Prediction(e.getValue()[0],
                display.getOrDefault(e.getValue()[0], e.getValue()[0]), e.getValue()[1],
                scores.getOrDefault(e.getKey(), Map.of()))).toList();
    }

    private List<Verdict> verdicts(long roundId) {
        List<Verdict> verdicts = new ArrayList<>();
        Map<Long, int[]> counts = new LinkedHashMap<>();
        jdbc.sql("""
                select v.action_id, sum(case when v.worked then 1 else 0 end) as worked, count(*) as judged
                from action_verdict v join pulse_answer a on a.id = v.answer_id where a.round_id = ?
                group by v.action_id order by v.action_id""").param(roundId)
                .query(rs -> {
                    counts.put(rs.getLong("action_id"), new int[] {rs.getInt("worked"), rs.getInt("judged")});
                });
        // Read outside the callback above: reading an action runs queries of its own.
        counts.forEach((id, c) -> verdicts.add(new Verdict(actionOf(id), c[0], c[1])));
        return verdicts;
    }

    private ActionPlans.ActionView actionOf(long id) {
        return jdbc.sql("""
                select x.*, r.number as round_number from plan_action x join action_plan a on a.id = x.plan_id
                join pulse_round r on r.id = a.round_id where x.id = ?""").param(id)
                .query((rs, n) -> new ActionPlans.ActionView(rs.getLong("id"), rs.getLong("plan_id"),
                        rs.getInt("round_number"), rs.getInt("number"), rs.getString("title"), rs.getString("owner"),
                        rs.getObject("due_on", LocalDate.class), PulseRounds.instant(rs, "done_at"),
                        rs.getString("done_note"), PulseRounds.instant(rs, "escalated_at"))).single();
    }

    /** The median of whole scores, to one decimal (the mean of the middle two for an even count). */
    static BigDecimal median(List<Integer> sorted) {
        List<Integer> values = sorted.stream().sorted().toList();
        int n = values.size();
        if (n == 0) {
            return null;
        }
        BigDecimal median = n % 2 == 1 ? BigDecimal.valueOf(values.get(n / 2))
                : BigDecimal.valueOf(values.get(n / 2 - 1) + values.get(n / 2)).divide(BigDecimal.valueOf(2));
        return median.setScale(1, RoundingMode.HALF_UP);
    }

    static BigDecimal mean(Collection<BigDecimal> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(values.size()), 1, RoundingMode.HALF_UP);
    }

    /** 6 rather than 6.0; 5.5 as it is. */
    public static String plain(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
