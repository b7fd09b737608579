package io.fruition.pulse;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.fruition.shared.Audited;
import io.fruition.shared.InvalidInputException;
import io.fruition.shared.NotFoundException;
import io.fruition.wording.Formats;

/**
 * The listening-and-response loop: every round whose answers call for it gets a plan — what the supplier will
 * do, who does it, by when — which the customer's innovation lead agrees or sends back; each action is then
 * followed until it is done, visible to both sides.
 */
@Service
@Transactional
public class ActionPlans {

    static final int MAX_ACTIONS = 12;
    static final int MAX_TITLE = 300;
    static final int MAX_SUMMARY = 4000;
    /** The agreement form's field for what the customer wants changed. */
    public static final String REQUESTED_CHANGES = "requestedChanges";

    private final JdbcClient jdbc;
    private final PulseAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ActionPlans(JdbcClient jdbc, PulseAccess access, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** An action as the supplier plans it. */
    public record ActionDraft(String title, String owner, LocalDate dueOn) {
    }

    public record ActionView(long id, long planId, int roundNumber, int number, String title, String owner,
            LocalDate dueOn, Instant doneAt, String doneNote, Instant escalatedAt) {

        public boolean done() {
            return doneAt != null;
        }

        public boolean overdue(LocalDate today) {
            return doneAt == null && dueOn.isBefore(today);
        }
    }

    public record PlanView(long id, long roundId, int roundNumber, String prefix, PlanState state, String concerns,
            String summary, String author, Instant createdAt, Instant submittedAt, int revision,
            String changesRequested, String decidedBy, Instant agreedAt, Instant doneAt, Instant escalatedAt,
            List<ActionView> actions) {
    }

    /** A plan opens for a round whose answers call for one. */
    Long open(long roundId, String concerns) {
        jdbc.sql("insert into action_plan (round_id, state, concerns, created_at) values (?, ?, ?, ?)")
                .params(roundId, PlanState.DRAFTING.name(), cut(concerns, 4000), Timestamp.from(clock.instant()))
                .update();
        return jdbc.sql("select id from action_plan where round_id = ?").param(roundId).query(Long.class).single();
    }

    /**
     * The supplier sends its plan to the customer: a summary in words and the actions, each with an owner who is a
     * member of the partnership and a due date ahead. A plan sent back for changes replaces its actions.
     */
    public PlanView submit(long planId, String author, String summary, List<ActionDraft> drafts) {
        PlanView plan = get(planId);
        if (plan.state() != PlanState.DRAFTING && plan.state() != PlanState.CHANGES_REQUESTED) {
            throw new InvalidInputException("This action plan is " + plan.state().label().toLowerCase()
                    + "; it cannot be sent again.");
        }
        List<ActionDraft> actions = drafts == null ? List.of() : drafts.stream()
                .filter(d -> d != null && !(blank(d.title()) && blank(d.owner()) && d.dueOn() == null)).toList();
        List<String> problems = new ArrayList<>();
        if (blank(summary)) {
            problems.add("Tell the customer in a few words what you heard and what you will do.");
        } else if (summary.strip().length() > MAX_SUMMARY) {
            problems.add("The answer to the customer has at most " + MAX_SUMMARY + " characters.");
        }
        if (actions.isEmpty()) {
            problems.add("Plan at least one action: what will be done, by whom and by when.");
        } else if (actions.size() > MAX_ACTIONS) {
            problems.add("A plan has at most " + MAX_ACTIONS + " actions; this one has " + actions.size() + ".");
        }
        LocalDate today = LocalDate.now(clock);
        Formats formats = Formats.forThisRequest();
        for (int i = 0; i < actions.size(); i++) {
            ActionDraft a = actions.get(i);
            String where = "Action " + (i + 1) + ": ";
            if (blank(a.title()) || a.title().strip().length() < 3 || a.title().strip().length() > MAX_TITLE) {
                problems.add(where + "say what will be done, in 3 to " + MAX_TITLE + " characters.");
            }
            if (blank(a.owner())) {
                problems.add(where + "choose who owns it.");
            } else if (access.partnerships().membership(a.owner().strip(), plan.prefix()).isEmpty()) {
                problems.add(where + a.owner().strip() + " is not a member of the partnership, so cannot own it.");
            }
            if (a.dueOn() == null) {
                problems.add(where + "choose the day it is due.");
            } else if (a.dueOn().isBefore(today)) {
                problems.add(where + "it is due on " + formats.date(a.dueOn()) + ", which is in the past.");
            } else if (a.dueOn().isAfter(today.plusYears(1))) {
                problems.add(where + "it is due more than a year ahead; plan something sooner.");
            }
        }
        InvalidInputException.refuseIf(problems);
        jdbc.sql("delete from plan_action where plan_id = ?").param(planId).update();
        for (int i = 0; i < actions.size(); i++) {
            ActionDraft a = actions.get(i);
            jdbc.sql("insert into plan_action (plan_id, number, title, owner, due_on) values (?, ?, ?, ?, ?)")
                    .params(planId, i + 1, a.title().strip(), a.owner().strip(), a.dueOn()).update();
        }
        jdbc.sql("""
                update action_plan set state = ?, summary = ?, author = ?, submitted_at = ?, revision = revision + 1
                where id = ?""")
                .params(PlanState.AWAITING_AGREEMENT.name(), summary.strip(), author, Timestamp.from(clock.instant()),
                        planId).update();
        PlanView sent = get(planId);
        events.publishEvent(new Audited(author, "Action plan sent", plan.prefix() + " · Round " + plan.roundNumber(),
                null, state(sent)));
        return sent;
    }

    /**
     * The customer's innovation lead agrees the plan, or sends it back saying what should change. Returns the
     * actions to follow once it is agreed.
     */
    public List<ActionView> decide(long planId, String lead, boolean agree, String changes) {
        PlanView plan = get(planId);
        if (plan.state() != PlanState.AWAITING_AGREEMENT) {
            throw new InvalidInputException("This action plan is " + plan.state().label().toLowerCase()
                    + "; there is nothing to agree now.");
        }
        if (!agree && blank(changes)) {
            String problem = "Say what should change.";
            throw new InvalidInputException(List.of(problem), Map.of(REQUESTED_CHANGES, List.of(problem)));
        }
        Timestamp now = Timestamp.from(clock.instant());
        if (agree) {
            // What the customer asked to change before agreeing stays with the plan: its history.
            jdbc.sql("update action_plan set state = ?, decided_by = ?, agreed_at = ? where id = ?")
                    .params(PlanState.AGREED.name(), lead, now, planId).update();
        } else {
            jdbc.sql("update action_plan set state = ?, decided_by = ?, changes_requested = ? where id = ?")
                    .params(PlanState.CHANGES_REQUESTED.name(), lead, cut(changes.strip(), 2000), planId).update();
        }
        PlanView decided = get(planId);
        events.publishEvent(new Audited(lead, agree ? "Action plan agreed" : "Action plan sent back",
                plan.prefix() + " · Round " + plan.roundNumber(), state(plan), state(decided)));
        return agree ? decided.actions() : List.of();
    }

    /** The plan was not taken on in time and went to the supplier's innovation leads. */
    public void escalated(long planId) {
        jdbc.sql("update action_plan set escalated_at = coalesce(escalated_at, ?) where id = ?")
                .params(Timestamp.from(clock.instant()), planId).update();
    }

    /** The action's owner says it is done, and how. */
    public void actionDone(long actionId, String owner, String note) {
        ActionView action = action(actionId);
        if (action.done()) {
            throw new InvalidInputException("This action is done already.");
        }
        if (!action.owner().equals(owner)) {
            throw new InvalidInputException("Only " + action.owner() + ", who owns this action, can say it is done.");
        }
        if (blank(note)) {
            throw new InvalidInputException("Say what was done, so the customer can judge whether it worked.");
        }
        jdbc.sql("update plan_action set done_at = ?, done_note = ? where id = ?")
                .params(Timestamp.from(clock.instant()), cut(note.strip(), 2000), actionId).update();
    }

    /** The action passed its due date without being done: escalated once. */
    public ActionView actionOverdue(long actionId) {
        jdbc.sql("update plan_action set escalated_at = coalesce(escalated_at, ?) where id = ? and done_at is null")
                .params(Timestamp.from(clock.instant()), actionId).update();
        return action(actionId);
    }

    /** Every action of the plan is done: nothing the customer said in that round is left unanswered. */
    public PlanView done(long planId) {
        jdbc.sql("update action_plan set state = ?, done_at = ? where id = ?")
                .params(PlanState.DONE.name(), Timestamp.from(clock.instant()), planId).update();
        PlanView done = get(planId);
        events.publishEvent(new ActionPlanDone(planId, done.prefix(), done.roundNumber(), done.author()));
        return done;
    }

    @Transactional(readOnly = true)
    public PlanView get(long planId) {
        return jdbc.sql(PLAN_SELECT + " where a.id = ?").param(planId).query(this::plan).optional()
                .orElseThrow(() -> new NotFoundException("There is no such action plan."));
    }

    @Transactional(readOnly = true)
    public Optional<PlanView> ofRound(long roundId) {
        return jdbc.sql(PLAN_SELECT + " where a.round_id = ?").param(roundId).query(this::plan).optional();
    }

    @Transactional(readOnly = true)
    public ActionView action(long actionId) {
        return jdbc.sql(ACTION_SELECT + " where x.id = ?").param(actionId).query(ActionPlans::actionOf).optional()
                .orElseThrow(() -> new NotFoundException("There is no such action."));
    }

    /** Every plan of a partnership the user belongs to, newest round first. */
    @Transactional(readOnly = true)
    public List<PlanView> of(String username, String prefix) {
        access.member(username, prefix);
        return jdbc.sql(PLAN_SELECT + " where p.prefix = ? order by r.number desc").param(prefix).query(this::plan)
                .list();
    }

    /** The actions of a partnership done in a period (the next round asks whether they worked). */
    @Transactional(readOnly = true)
    List<ActionView> doneBetween(String prefix, Instant since, Instant until) {
        return jdbc.sql(ACTION_SELECT + """

                 join action_plan a on a.id = x.plan_id join pulse_round r2 on r2.id = a.round_id
                 join partnership p on p.id = r2.partnership_id
                 where p.prefix = ? and x.done_at >= ? and x.done_at < ? order by x.done_at""")
                .params(prefix, Timestamp.from(since), Timestamp.from(until)).query(ActionPlans::actionOf).list();
    }

    private static final String PLAN_SELECT = """
            select a.*, r.number as round_number, p.prefix from action_plan a
            join pulse_round r on r.id = a.round_id join partnership p on p.id = r.partnership_id""";

    private static final String ACTION_SELECT = """
            select x.*, (select r.number from action_plan pa join pulse_round r on r.id = pa.round_id
                         where pa.id = x.plan_id) as round_number
            from plan_action x""";

    private PlanView plan(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        List<ActionView> actions = jdbc.sql(ACTION_SELECT + " where x.plan_id = ? order by x.number").param(id)
                .query(ActionPlans::actionOf).list();
        return new PlanView(id, rs.getLong("round_id"), rs.getInt("round_number"), rs.getString("prefix"),
                PlanState.valueOf(rs.getString("state")), rs.getString("concerns"), rs.getString("summary"),
                rs.getString("author"), PulseRounds.instant(rs, "created_at"), PulseRounds.instant(rs, "submitted_at"),
                rs.getInt("revision"), rs.getString("changes_requested"), rs.getString("decided_by"),
                PulseRounds.instant(rs, "agreed_at"), PulseRounds.instant(rs, "done_at"),
                PulseRounds.instant(rs, "escalated_at"), actions);
    }

    private static ActionView actionOf(ResultSet rs, int n) throws SQLException {
        return new ActionView(rs.getLong("id"), rs.getLong("plan_id"), rs.getInt("round_number"), rs.getInt("number"),
                rs.getString("title"), rs.getString("owner"), rs.getObject("due_on", LocalDate.class),
                PulseRounds.instant(rs, "done_at"), rs.getString("done_note"), PulseRounds.instant(rs, "escalated_at"));
    }

    private static Map<String, Object> state(PlanView plan) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("state", plan.state().label());
        state.put("actions", plan.actions().stream().map(a -> a.title() + " (" + a.owner() + ", due " + a.dueOn() + ")")
                .toList());
        if (plan.changesRequested() != null) {
            state.put("changes asked for", plan.changesRequested());
        }
        return state;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
