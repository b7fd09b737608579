package io.fruition.review;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.fruition.idea.Idea;
import io.fruition.idea.IdeaReviewed;
import io.fruition.partnership.Board;
import io.fruition.partnership.Membership;
import io.fruition.partnership.Side;
import io.fruition.shared.InvalidInputException;

/** The joint review board's rounds: who votes, the votes, the outcome by {@link BoardRule}, the chair's decision. */
@Service
@Transactional(readOnly = true)
public class BoardVotes {

    private final ReviewAccess access;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    BoardVotes(ReviewAccess access, JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.access = access;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** Who votes on the idea: the board without the idea's submitter. */
    public List<String> voters(long ideaId) {
        Idea idea = access.idea(ideaId);
        return board(idea).votersFor(idea.getSubmitter()).stream().map(Membership::username).toList();
    }

    @Transactional
    public Vote cast(long ideaId, int round, String voter, VoteDecision decision, String reason) {
        ReviewAccess.Access who = access.of(ideaId, voter);
        Idea idea = who.idea();
        List<String> problems = new ArrayList<>();
        if (idea.getSubmitter().equals(voter)) {
            problems.add("You cannot vote on your own idea.");
        } else if (!board(idea).includes(voter)) {
            problems.add(voter + " is not on the review board of " + idea.getPrefix() + ".");
        }
        if (round < 1) {
            problems.add("There is no voting round " + round + ".");
        } else if (outcomeOf(ideaId, round).isPresent()) {
            problems.add("Round " + round + " of the board on " + idea.getNumber() + " is decided already.");
        } else if (problems.isEmpty() && ofRound(ideaId, round).stream().anyMatch(v -> v.voter().equals(voter))) {
            problems.add("You have voted on " + idea.getNumber() + " in this round already.");
        }
        if (decision == null) {
            problems.add("Choose approve, reject or revise.");
        }
        String text = reason == null ? "" : reason.strip();
        if (text.length() < 5) {
            problems.add("Give a reason for your vote (at least 5 characters).");
        } else if (text.length() > 2000) {
            problems.add("The reason has at most 2000 characters.");
        }
        InvalidInputException.refuseIf(problems);
        Side side = who.member().side();
        jdbc.sql("insert into board_vote (idea_id, round, voter, side, decision, reason, cast_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(ideaId, round, voter, side.name(), decision.name(), text, Timestamp.from(clock.instant()))
                .update();
        return new Vote(ideaId, round, voter, side, decision, text, clock.instant());
    }

    /** How far the open round is: e.g. "3 of 4 votes cast"; empty when no round is open. */
    public Optional<String> progress(long ideaId) {
        int decided = jdbc.sql("select count(*) from board_round where idea_id = ?").param(ideaId).query(Integer.class).single();
        int round = decided + 1;
        int cast = ofRound(ideaId, round).size();
        int expected = voters(ideaId).size();
        return cast == 0 && decided == 0 && expected == 0 ? Optional.empty()
                : Optional.of(cast + " of " + expected + " votes cast in round " + round);
    }

    public List<Vote> ofRound(long ideaId, int round) {
        return votes("where idea_id = ? and round = ?", ideaId, round);
    }

    /** Decides a round by the joint-approval rule and records the outcome. */
    @Transactional
    public BoardDecision decideRound(long ideaId, int round, boolean deadlinePassed, int revisionRoundsUsed) {
        Idea idea = access.idea(ideaId);
        if (outcomeOf(ideaId, round).isPresent()) {
            throw new InvalidInputException("Round " + round + " of the board on " + idea.getNumber() + " is decided already.");
        }
        List<Vote> votes = ofRound(ideaId, round);
        Map<Side, Integer> votersPerSide = new EnumMap<>(Side.class);
        board(idea).votersFor(idea.getSubmitter()).forEach(m -> votersPerSide.merge(m.side(), 1, Integer::sum));
        int maxRounds = access.partnerships().lifecycleOf(idea.getPrefix()).maxRevisionRounds();
        BoardOutcome outcome = BoardRule.decide(
                votes.stream().map(v -> new BoardRule.CastVote(v.voter(), v.side(), v.decision())).toList(),
                votersPerSide, deadlinePassed, revisionRoundsUsed, maxRounds);
        Timestamp decidedAt = Timestamp.from(clock.instant());
        jdbc.sql("insert into board_round (idea_id, round, outcome, decided_at) values (?, ?, ?, ?)")
                .params(ideaId, round, outcome.name(), decidedAt).update();
        events.publishEvent(new IdeaReviewed(ideaId, IdeaReviewed.Moment.BOARD_DECIDED, decidedAt.toInstant()));
        int expected = votersPerSide.values().stream().mapToInt(Integer::intValue).sum();
        return new BoardDecision(round, outcome, count(votes, VoteDecision.APPROVE), count(votes, VoteDecision.REJECT),
                count(votes, VoteDecision.REVISE), votes.size(), expected,
                summary(outcome, votes, expected, revisionRoundsUsed >= maxRounds));
    }

    @Transactional
    public void recordChairDecision(long ideaId, int round, String chair, Verdict verdict, String reason) {
        ReviewAccess.Access who = access.of(ideaId, chair);
        Idea idea = who.idea();
        List<String> problems = new ArrayList<>();
        if (!board(idea).chair().map(chair::equals).orElse(false)) {
            problems.add(chair + " does not chair the review board of " + idea.getPrefix() + ".");
        }
        if (outcomeOf(ideaId, round).filter(o -> o == BoardOutcome.CHAIR_DECIDES).isEmpty()) {
            problems.add("Round " + round + " of " + idea.getNumber() + " is not waiting for the chair.");
        }
        if (verdict == null) {
            problems.add("Choose approve or reject.");
        }
        if (reason == null || reason.strip().length() < 10) {
            problems.add("The chair's decision needs a reason of at least 10 characters.");
        }
        InvalidInputException.refuseIf(problems);
        jdbc.sql("update board_round set chair = ?, chair_verdict = ?, chair_reason = ? where idea_id = ? and round = ?")
                .params(chair, verdict.name(), reason.strip(), ideaId, round).update();
    }

    /**
     * The votes a member may read: every vote of a decided round; of the open round only their own; the chair
     * every vote of a round waiting for the chair's decision.
     */
    public List<Vote> visibleTo(long ideaId, String username) {
        ReviewAccess.Access who = access.of(ideaId, username);
        boolean chair = board(who.idea()).chair().map(username::equals).orElse(false);
        return votes("where idea_id = ?", ideaId).stream()
                .filter(v -> {
                    Optional<BoardOutcome> outcome = outcomeOf(ideaId, v.round());
                    if (outcome.isEmpty()) {
                        return v.voter().equals(username);
                    }
                    return outcome.get() != BoardOutcome.CHAIR_DECIDES || chair || chairDecided(ideaId, v.round());
                })
                .toList();
    }

    /** The votes of a round as the chair reads them before deciding. */
    public String votesSummary(long ideaId, int round) {
        List<Vote> votes = ofRound(ideaId, round);
        if (votes.isEmpty()) {
            return "Nobody voted before the deadline.";
        }
        StringBuilder text = new StringBuilder();
        for (Vote v : votes) {
            text.append(v.voter()).append(" (").append(v.side().label().toLowerCase()).append("): ")
                    .append(v.decision().name().toLowerCase()).append(" — ").append(v.reason()).append('\n');
        }
        return text.toString().strip();
    }

    public Optional<BoardOutcome> outcomeOf(long ideaId, int round) {
        return jdbc.sql("select outcome from board_round where idea_id = ? and round = ?").params(ideaId, round)
                .query(String.class).optional().map(BoardOutcome::valueOf);
    }

    private boolean chairDecided(long ideaId, int round) {
        return jdbc.sql("select count(*) from board_round where idea_id = ? and round = ? and chair_verdict is not null")
                .params(ideaId, round).query(Integer.class).single() > 0;
    }

    private Board board(Idea idea) {
        return access.partnerships().board(idea.getPrefix());
    }

    private List<Vote> votes(String where, Object... params) {
        return jdbc.sql("select * from board_vote " + where + " order by round, cast_at, voter").params(params)
                .query((rs, n) -> new Vote(rs.getLong("idea_id"), rs.getInt("round"), rs.getString("voter"),
                        Side.valueOf(rs.getString("side")), VoteDecision.valueOf(rs.getString("decision")),
                        rs.getString("reason"), rs.getTimestamp("cast_at").toInstant()))
                .list();
    }

    private static int count(List<Vote> votes, VoteDecision decision) {
        return (int) votes.stream().filter(v -> v.decision() == decision).count();
    }

    private static String summary(BoardOutcome outcome, List<Vote> votes, int expected, boolean roundsUsedUp) {
        String head = switch (outcome) {
            case APPROVED -> "The board approved the idea";
            case REVISE -> "The board asks for a revision";
            case CHAIR_DECIDES -> "Too few board members voted in time; the chair decides";
            case REJECTED -> roundsUsedUp && count(votes, VoteDecision.REVISE) * 2 > votes.size()
                    ? "The board wanted another revision, but the revision rounds are used up, so the idea is rejected"
                    : "The board rejected the idea";
        };
        StringBuilder text = new StringBuilder(head).append(" (").append(votes.size()).append(" of ").append(expected)
                .append(" votes cast).");
        // Until the chair decides, only the chair reads the votes (votesSummary); the summary names none.
        votes.stream().filter(v -> v.decision() != VoteDecision.APPROVE && outcome != BoardOutcome.CHAIR_DECIDES)
                .forEach(v -> text.append("\n- ").append(v.side().label()).append(" side, ")
                        .append(v.decision().name().toLowerCase()).append(": ").append(v.reason()));
        return text.toString();
    }
}
