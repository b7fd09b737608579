package io.fruition.pulse;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.fruition.partnership.Membership;
import io.fruition.partnership.PartnershipRole;
import io.fruition.partnership.Side;
import io.fruition.shared.Audited;
import io.fruition.shared.InvalidInputException;

/**
 * What the customer's members say in a round and what the supplier predicted they would say. A member answers a
 * round once and may amend the answer while the round is open, and only their own: nobody, an administrator
 * included, changes a customer's score. Every answer and amendment is in the audit log, without the scores (the
 * audit log is read by administrators, who must not read a member's scores either).
 */
@Service
@Transactional
public class PulseAnswers {

    static final int MAX_COMMENT = 2000;

    private final JdbcClient jdbc;
    private final PulseRounds rounds;
    private final ActionPlans plans;
    private final PulseAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PulseAnswers(JdbcClient jdbc, PulseRounds rounds, ActionPlans plans, PulseAccess access,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.plans = plans;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** A member's answer: a score per dimension, comments where given, consent to be quoted, actions that worked. */
    public record Answer(Map<Dimension, Integer> scores, Map<Dimension, String> comments, boolean mayQuote,
            Set<Long> actionsThatWorked) {

        public Answer {
            scores = scores == null ? Map.of() : Map.copyOf(scores);
            Map<Dimension, String> cleaned = new EnumMap<>(Dimension.class);
            if (comments != null) {
                comments.forEach((d, c) -> {
                    if (c != null && !c.isBlank()) {
                        cleaned.put(d, c.strip());
                    }
                });
            }
            comments = Map.copyOf(cleaned);
            actionsThatWorked = actionsThatWorked == null ? Set.of() : Set.copyOf(actionsThatWorked);
        }
    }

    /** The actions whose effect this round asks about: those done since the partnership's previous round opened. */
    @Transactional(readOnly = true)
    public List<ActionPlans.ActionView> askedAbout(long roundId) {
        PulseRound round = rounds.get(roundId);
        Instant until = round.openedAt() != null ? round.openedAt() : clock.instant();
        Instant since = rounds.all(round.prefix()).stream().filter(r -> r.number() < round.number())
                .map(PulseRound::openedAt).filter(o -> o != null).reduce((a, b) -> b).orElse(Instant.EPOCH);
        return plans.doneBetween(round.prefix(), since, until);
    }

    /** The member answers the round, once, while it is open; they must be one of those it asks. */
    public void answer(long roundId, String username, Answer answer) {
        PulseRound round = rounds.get(roundId);
        requireOpen(round);
        if (!isInvited(roundId, username)) {
            throw new InvalidInputException("This round asks the customer's members who belonged to "
                    + round.partnershipName() + " when it opened; you are not one of them.");
        }
        if (answerId(roundId, username).isPresent()) {
            throw new InvalidInputException("You have answered " + round.label().toLowerCase()
                    + " already; change your answer on the pulse page while the round is open.");
        }
        check(roundId, answer);
        Instant now = clock.instant();
        jdbc.sql("insert into pulse_answer (round_id, username, may_quote, answered_at) values (?, ?, ?, ?)")
                .params(roundId, username, answer.mayQuote(), Timestamp.from(now)).update();
        long id = answerId(roundId, username).orElseThrow();
        write(roundId, id, answer);
        events.publishEvent(new Audited(username, "Pulse answer given", round.prefix() + " · " + round.label(), null,
                auditable(answer)));
        events.publishEvent(new PulseAnswered(roundId, round.prefix(), round.number(), username, false));
    }

    /** The member changes their own answer while the round is open. */
    public void amend(long roundId, String username, Answer answer) {
        PulseRound round = rounds.visible(username, roundId);
        requireOpen(round);
        long id = answerId(roundId, username).orElseThrow(() -> new InvalidInputException(
                "You have not answered " + round.label().toLowerCase() + "; only your own answer can be changed."));
        check(roundId, answer);
        Map<String, Object> before = auditable(ownAnswer(username, roundId).orElseThrow());
        jdbc.sql("delete from pulse_score where answer_id = ?").param(id).update();
        jdbc.sql("delete from action_verdict where answer_id = ?").param(id).update();
        jdbc.sql("update pulse_answer set may_quote = ?, amended_at = ? where id = ?")
                .params(answer.mayQuote(), Timestamp.from(clock.instant()), id).update();
        write(roundId, id, answer);
        events.publishEvent(new Audited(username, "Pulse answer amended", round.prefix() + " · " + round.label(),
                before, auditable(answer)));
        events.publishEvent(new PulseAnswered(roundId, round.prefix(), round.number(), username, true));
    }

    /** The member's own answer to the round, as only they may read it. */
    @Transactional(readOnly = true)
    public Optional<Answer> ownAnswer(String username, long roundId) {
        return answerId(roundId, username).map(id -> {
            Map<Dimension, Integer> scores = new EnumMap<>(Dimension.class);
            Map<Dimension, String> comments = new EnumMap<>(Dimension.class);
            jdbc.sql("select dimension, score, comment from pulse_score where answer_id = ?").param(id)
                    .query(rs -> {
                        Dimension d = Dimension.valueOf(rs.getString("dimension"));
                        scores.put(d, rs.getInt("score"));
                        if (rs.getString("comment") != null) {
                            comments.put(d, rs.getString("comment"));
                        }
                    });
            boolean mayQuote = jdbc.sql("select may_quote from pulse_answer where id = ?").param(id)
                    .query(Boolean.class).single();
            Set<Long> worked = new LinkedHashSet<>(jdbc.sql(
                    "select action_id from action_verdict where answer_id = ? and worked = true")
                    .param(id).query(Long.class).list());
            return new Answer(scores, comments, mayQuote, worked);
        });
    }

    /**
     * A predictor's view of what the customer will say, while the round takes predictions: a score per dimension
     * and how confident they are.
     */
    public void predict(long roundId, String username, Map<Dimension, Integer> scores, String confidence) {
        PulseRound round = rounds.get(roundId);
        if (round.state() != RoundState.PREDICTING) {
            throw new InvalidInputException("The predictions of " + round.label().toLowerCase()
                    + " are locked: the customer is being asked now.");
        }
        Membership m = access.partnerships().membership(username, round.prefix())
                .filter(x -> x.side() == Side.SUPPLIER && (x.has(PartnershipRole.INNOVATION_LEAD)
                        || x.has(PartnershipRole.ACCOUNT_MANAGER)))
                .orElseThrow(() -> new InvalidInputException("Only the supplier's innovation leads and account "
                        + "managers predict the customer's view."));
        if (jdbc.sql("select count(*) from pulse_prediction where round_id = ? and username = ?")
                .params(roundId, m.username()).query(Long.class).single() > 0) {
            throw new InvalidInputException("You have made your prediction for " + round.label().toLowerCase() + ".");
        }
        Map<String, List<String>> problems = scoreProblems(scores);
        if (confidence == null || !List.of("LOW", "MEDIUM", "HIGH").contains(confidence)) {
            problems.put(RatingForm.CONFIDENCE, List.of("Say how confident you are: low, medium or high."));
        }
        refuseIf(problems);
        jdbc.sql("insert into pulse_prediction (round_id, username, confidence, predicted_at) values (?, ?, ?, ?)")
                .params(roundId, username, confidence, Timestamp.from(clock.instant())).update();
        long id = jdbc.sql("select id from pulse_prediction where round_id = ? and username = ?")
                .params(roundId, username).query(Long.class).single();
        scores.forEach((d, s) -> jdbc.sql(
                "insert into pulse_predicted_score (prediction_id, dimension, score) values (?, ?, ?)")
                .params(id, d.name(), s).update());
    }

    private void check(long roundId, Answer answer) {
        Map<String, List<String>> problems = scoreProblems(answer.scores());
        answer.comments().forEach((d, c) -> {
            if (c.length() > MAX_COMMENT) {
                problems.put(d.commentKey(), List.of("A comment has at most " + MAX_COMMENT + " characters; this one has "
                        + c.length() + "."));
            }
        });
        Set<Long> offered = new LinkedHashSet<>(askedAbout(roundId).stream().map(ActionPlans.ActionView::id).toList());
        if (!offered.containsAll(answer.actionsThatWorked())) {
            problems.put(RatingForm.ACTIONS_THAT_WORKED, List.of("Only the actions done since the last round can be "
                    + "ticked."));
        }
        refuseIf(problems);
    }

    /** Every dimension needs a whole score from 1 to 10; each problem is said of its field. */
    static Map<String, List<String>> scoreProblems(Map<Dimension, Integer> scores) {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        for (Dimension d : Dimension.values()) {
            Integer score = scores == null ? null : scores.get(d);
            if (score == null) {
                problems.put(d.scoreKey(), List.of("Give " + d.label().toLowerCase() + " a score from "
                        + RatingForm.LOWEST + " to " + RatingForm.HIGHEST + "."));
            } else if (score < RatingForm.LOWEST || score > RatingForm.HIGHEST) {
                problems.put(d.scoreKey(), List.of("A score is from " + RatingForm.LOWEST + " to " + RatingForm.HIGHEST
                        + "; " + score + " is not."));
            }
        }
        return problems;
    }

    private static void refuseIf(Map<String, List<String>> problems) {
        if (!problems.isEmpty()) {
            List<String> all = new ArrayList<>();
            problems.values().forEach(all::addAll);
            throw new InvalidInputException(all, problems);
        }
    }

    private void write(long roundId, long answerId, Answer answer) {
        for (Dimension d : Dimension.values()) {
            jdbc.sql("insert into pulse_score (answer_id, dimension, score, comment) values (?, ?, ?, ?)")
                    .params(answerId, d.name(), answer.scores().get(d), answer.comments().get(d)).update();
        }
        for (ActionPlans.ActionView action : askedAbout(roundId)) {
            jdbc.sql("insert into action_verdict (answer_id, action_id, worked) values (?, ?, ?)")
                    .params(answerId, action.id(), answer.actionsThatWorked().contains(action.id())).update();
        }
    }

    private static void requireOpen(PulseRound round) {
        if (round.state() != RoundState.OPEN) {
            throw new InvalidInputException(round.state() == RoundState.CLOSED
                    ? round.label() + " has closed; its answers can no longer change."
                    : round.label() + " is not open for answers yet.");
        }
    }

    private boolean isInvited(long roundId, String username) {
        return jdbc.sql("select count(*) from pulse_invitation where round_id = ? and username = ?")
                .params(roundId, username).query(Long.class).single() > 0;
    }

    private Optional<Long> answerId(long roundId, String username) {
        return jdbc.sql("select id from pulse_answer where round_id = ? and username = ?").params(roundId, username)
                .query(Long.class).optional();
    }

    /** What the audit log keeps of an answer: which dimensions have a comment and the consent, never the scores. */
    private static Map<String, Object> auditable(Answer answer) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("scores", answer.scores().size() + " dimensions scored (the scores are confidential)");
        state.put("comments on", answer.comments().isEmpty() ? "none"
                : String.join(", ", answer.comments().keySet().stream().map(Dimension::label).toList()));
        state.put("may be quoted", answer.mayQuote() ? "yes" : "no");
        state.put("actions that worked", answer.actionsThatWorked().size());
        return state;
    }

    /** The ticked actions of a checklist (their ids as text), as ids. */
    public static Set<Long> ids(Collection<?> raw) {
        Set<Long> ids = new LinkedHashSet<>();
        if (raw != null) {
            for (Object o : raw) {
                try {
                    ids.add(Long.parseLong(o.toString().strip()));
                } catch (NumberFormatException e) {
                    String problem = "'" + o + "' is not one of the actions offered.";
                    throw new InvalidInputException(List.of(problem),
                            Map.of(RatingForm.ACTIONS_THAT_WORKED, List.of(problem)));
                }
            }
        }
        return ids;
    }
}
