package io.fruition.pulse;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.fruition.partnership.Membership;
import io.fruition.partnership.Partnership;
import io.fruition.partnership.PartnershipRole;
import io.fruition.partnership.Side;
import io.fruition.shared.Audited;
import io.fruition.shared.InvalidInputException;
import io.fruition.shared.NotFoundException;

/**
 * The rounds of each partnership's pulse, as the pulse process moves them: started (by the calendar inside the
 * engine, or early by a lead), opened to the customer once the supplier's predictions are locked, and closed with
 * its results and the concerns that call for an action plan.
 */
@Service
@Transactional
public class PulseRounds {

    static final String COLUMNS = """
            r.id, p.prefix, p.name as partnership_name, r.number, r.state, r.started_at, r.opened_at, r.closes_at,
            r.closed_at""";

    private final JdbcClient jdbc;
    private final PulseAccess access;
    private final PulseResults results;
    private final ActionPlans plans;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PulseRounds(JdbcClient jdbc, PulseAccess access, PulseResults results, ActionPlans plans,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.results = results;
        this.plans = plans;
        this.events = events;
        this.clock = clock;
    }

    /** What closing a round found: the plan it opened, if anything calls for one, and the concerns in words. */
    public record Closing(Long planId, List<String> concerns) {

        public boolean needsPlan() {
            return planId != null;
        }

        public String concernsText() {
            return String.join("\n", concerns);
        }
    }

    /** Starts a round because the calendar says it is due: the supplier predicts first. */
    public PulseRound startDue(String prefix) {
        return start(prefix, null);
    }

    /** Starts a round now, at the request of a lead, an account manager or an administrator. */
    public PulseRound startEarly(String username, String prefix) {
        access.requireStarter(username, prefix);
        PulseRound round = start(prefix, username);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("round", round.number());
        after.put("state", round.state().label());
        events.publishEvent(new Audited(username, "Pulse round started", prefix + " · " + round.label(), null, after));
        return round;
    }

    private PulseRound start(String prefix, String username) {
        Partnership partnership = access.partnerships().byPrefix(prefix)
                .orElseThrow(() -> new NotFoundException("There is no partnership '" + prefix + "'."));
        if (!partnership.isActive()) {
            throw new InvalidInputException(partnership.getName() + " is archived: its pulse no longer runs.");
        }
        Optional<PulseRound> running = running(prefix);
        if (running.isPresent()) {
            throw new InvalidInputException(running.get().label() + " of " + partnership.getName() + " is still "
                    + running.get().state().label().toLowerCase() + "; a new round starts once it has closed.");
        }
        int number = jdbc.sql("select coalesce(max(number), 0) + 1 from pulse_round where partnership_id = ?")
                .param(partnership.getId()).query(Integer.class).single();
        jdbc.sql("insert into pulse_round (partnership_id, number, state, started_at) values (?, ?, ?, ?)")
                .params(partnership.getId(), number, RoundState.PREDICTING.name(), Timestamp.from(clock.instant()))
                .update();
        PulseRound round = byNumber(prefix, number).orElseThrow();
        events.publishEvent(new PulseRoundStarted(round.id(), prefix, number));
        return round;
    }

    public void attachProcess(long roundId, String processInstanceId) {
        jdbc.sql("update pulse_round set process_instance_id = ? where id = ?").params(processInstanceId, roundId)
                .update();
    }

    /**
     * The partnerships whose next round is due on this day: active ones that never had a round (the first round
     * is the baseline everything is measured against) or whose last round started a cadence ago or more, and that
     * have no round running.
     */
    @Transactional(readOnly = true)
    public List<String> due(LocalDate today) {
        List<String> due = new ArrayList<>();
        for (Partnership p : access.partnerships().all()) {
            if (!p.isActive() || running(p.getPrefix()).isPresent()) {
                continue;
            }
            Optional<Instant> last = jdbc.sql("select max(started_at) from pulse_round where partnership_id = ?")
                    .param(p.getId()).query(Timestamp.class).optional().map(Timestamp::toInstant);
            if (last.isEmpty() || !last.get().atZone(ZoneId.systemDefault()).toLocalDate()
                    .plusMonths(p.getPulse().cadenceMonths()).isAfter(today)) {
                due.add(p.getPrefix());
            }
        }
        return due;
    }

    /** Who predicts the customer's view: the supplier's innovation leads and account managers. */
    @Transactional(readOnly = true)
    public List<String> predictorsOf(long roundId) {
        PulseRound round = get(roundId);
        return access.partnerships().membersOf(round.prefix()).stream()
                .filter(m -> m.side() == Side.SUPPLIER && (m.has(PartnershipRole.INNOVATION_LEAD)
                        || m.has(PartnershipRole.ACCOUNT_MANAGER)))
                .map(Membership::username).sorted().toList();
    }

    /**
     * Locks the predictions and asks every customer-side member, until {@code closesAt}: who is asked, and who of
     * them is a key contact, is kept with the round, so that later changes of roles do not change it.
     */
    public List<String> open(long roundId, Instant closesAt) {
        PulseRound round = get(roundId);
        if (round.state() != RoundState.PREDICTING) {
            throw new IllegalStateException(round.label() + " of " + round.prefix() + " is " + round.state() + ".");
        }
        List<Membership> customers = access.partnerships().membersOf(round.prefix()).stream()
                .filter(m -> m.side() == Side.CUSTOMER).sorted((a, b) -> a.username().compareTo(b.username()))
                .toList();
        for (Membership m : customers) {
            jdbc.sql("insert into pulse_invitation (round_id, username, key_contact) values (?, ?, ?)")
                    .params(roundId, m.username(), PulseAccess.isKeyContact(m)).update();
        }
        jdbc.sql("update pulse_round set state = ?, opened_at = ?, closes_at = ? where id = ?")
                .params(RoundState.OPEN.name(), Timestamp.from(clock.instant()), Timestamp.from(closesAt), roundId)
                .update();
        return customers.stream().map(Membership::username).toList();
    }

    /**
     * Closes the round: what the customer said is now the partnership's to see, and what calls for an answer opens
     * an action plan (a dimension under the threshold, a gap of the supplier's making, too few answers).
     */
    public Closing close(long roundId) {
        PulseRound round = get(roundId);
        if (round.state() != RoundState.OPEN) {
            throw new IllegalStateException(round.label() + " of " + round.prefix() + " is " + round.state() + ".");
        }
        jdbc.sql("update pulse_round set state = ?, closed_at = ? where id = ?")
                .params(RoundState.CLOSED.name(), Timestamp.from(clock.instant()), roundId).update();
        PulseResults.RoundResult result = results.compute(get(roundId));
        List<String> concerns = result.concerns();
        Long planId = concerns.isEmpty() ? null : plans.open(roundId, String.join("\n", concerns));
        events.publishEvent(new PulseRoundClosed(roundId, round.prefix(), round.number(), result.invited(),
                result.answered(), result.shown() ? result.score() : null, concerns, result.keyContactAlerts()));
        return new Closing(planId, concerns);
    }

    @Transactional(readOnly = true)
    public PulseRound get(long roundId) {
        return jdbc.sql("select " + COLUMNS + " from pulse_round r join partnership p on p.id = r.partnership_id "
                + "where r.id = ?").param(roundId).query(PulseRounds::round).optional()
                .orElseThrow(() -> new NotFoundException("There is no such pulse round."));
    }

    /** The round, if the user is a member of its partnership. */
    @Transactional(readOnly = true)
    public PulseRound visible(String username, long roundId) {
        Optional<PulseRound> round = jdbc.sql("select " + COLUMNS
                + " from pulse_round r join partnership p on p.id = r.partnership_id where r.id = ?")
                .param(roundId).query(PulseRounds::round).optional();
        if (round.isEmpty() || access.partnerships().membership(username, round.get().prefix()).isEmpty()) {
            throw new NotFoundException("There is no such pulse round of yours.");
        }
        return round.get();
    }

    @Transactional(readOnly = true)
    public Optional<PulseRound> byNumber(String prefix, int number) {
        return jdbc.sql("select " + COLUMNS + " from pulse_round r join partnership p on p.id = r.partnership_id "
                + "where p.prefix = ? and r.number = ?").params(prefix, number).query(PulseRounds::round).optional();
    }

    /** The round that is predicting or open, if any. */
    @Transactional(readOnly = true)
    public Optional<PulseRound> running(String prefix) {
        return jdbc.sql("select " + COLUMNS + " from pulse_round r join partnership p on p.id = r.partnership_id "
                + "where p.prefix = ? and r.state <> ? order by r.number desc")
                .params(prefix, RoundState.CLOSED.name()).query(PulseRounds::round).list().stream().findFirst();
    }

    /** Every round of a partnership the user belongs to, oldest first. */
    @Transactional(readOnly = true)
    public List<PulseRound> of(String username, String prefix) {
        access.member(username, prefix);
        return all(prefix);
    }

    @Transactional(readOnly = true)
    List<PulseRound> all(String prefix) {
        return jdbc.sql("select " + COLUMNS + " from pulse_round r join partnership p on p.id = r.partnership_id "
                + "where p.prefix = ? order by r.number").param(prefix).query(PulseRounds::round).list();
    }

    static PulseRound round(ResultSet rs, int n) throws SQLException {
        return new PulseRound(rs.getLong("id"), rs.getString("prefix"), rs.getString("partnership_name"),
                rs.getInt("number"), RoundState.valueOf(rs.getString("state")), instant(rs, "started_at"),
                instant(rs, "opened_at"), instant(rs, "closes_at"), instant(rs, "closed_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
