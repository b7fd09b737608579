package io.fruition.process.steps;

import static io.fruition.process.PulseProcess.ACTION;
import static io.fruition.process.PulseProcess.ACTIONS;
import static io.fruition.process.PulseProcess.ACTIONS_THAT_WORKED;
import static io.fruition.process.PulseProcess.ACTION_DUE;
import static io.fruition.process.PulseProcess.ACTION_NOTE;
import static io.fruition.process.PulseProcess.ACTION_OVERDUE_AT;
import static io.fruition.process.PulseProcess.ACTION_OWNER;
import static io.fruition.process.PulseProcess.ACTION_TITLE;
import static io.fruition.process.PulseProcess.CONCERNS;
import static io.fruition.process.PulseProcess.CONFIDENCE;
import static io.fruition.process.PulseProcess.MAY_QUOTE;
import static io.fruition.process.PulseProcess.NEEDS_ACTION_PLAN;
import static io.fruition.process.PulseProcess.PARTNERSHIP;
import static io.fruition.process.PulseProcess.PARTNERSHIP_NAME;
import static io.fruition.process.PulseProcess.PLAN_ACTIONS;
import static io.fruition.process.PulseProcess.PLAN_AGREEMENT;
import static io.fruition.process.PulseProcess.PLAN_ID;
import static io.fruition.process.PulseProcess.PLAN_SUMMARY;
import static io.fruition.process.PulseProcess.PREDICTIONS_CLOSE_AT;
import static io.fruition.process.PulseProcess.PREDICTORS;
import static io.fruition.process.PulseProcess.REMINDER_AT;
import static io.fruition.process.PulseProcess.REQUESTED_CHANGES;
import static io.fruition.process.PulseProcess.RESPONDENTS;
import static io.fruition.process.PulseProcess.ROUND_CLOSES_AT;
import static io.fruition.process.PulseProcess.ROUND_ID;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import io.fruition.partnership.MemberGroups;
import io.fruition.partnership.PartnershipRole;
import io.fruition.partnership.Partnerships;
import io.fruition.partnership.Side;
import io.fruition.process.PulseProcess;
import io.fruition.process.PulseProcess.Agreement;
import io.fruition.pulse.ActionPlans;
import io.fruition.pulse.ActionPlans.ActionDraft;
import io.fruition.pulse.ActionPlans.ActionView;
import io.fruition.pulse.ActionPlans.PlanView;
import io.fruition.pulse.Dimension;
import io.fruition.pulse.PulseAnswers;
import io.fruition.pulse.PulseRound;
import io.fruition.pulse.PulseRounds;
import io.fruition.pulse.RatingForm;
import io.fruition.shared.InvalidInputException;
import io.fruition.wording.Formats;
import io.fruition.wording.Names;

/**
 * The steps of a pulse round (bpmn/relationship-pulse.bpmn): they read the tasks' typed values and hand them to the
 * pulse module, which keeps scores and predictions in its own tables; the engine never holds them.
 */
@Component("pulse")
public class PulseSteps {

    /** The plan form's choices of owner ({@code valuesKey}). */
    static final String PLAN_OWNERS = "planOwners";
    /** The agreement form's text of the plan, in Markdown. */
    static final String PLAN_TEXT = "planText";
    /** The rating form's choices of actions done since the last round. */
    static final String CLOSED_ACTIONS = RatingForm.CLOSED_ACTIONS;
    /** The action form's words for its due date. */
    static final String ACTION_DUE_WORDS = "actionDueWords";

    private final PulseRounds rounds;
    private final PulseAnswers answers;
    private final ActionPlans plans;
    private final Partnerships partnerships;
    private final PulseTimers timers;
    private final Names names;

    PulseSteps(PulseRounds rounds, PulseAnswers answers, ActionPlans plans, Partnerships partnerships,
            PulseTimers timers, Names names) {
        this.rounds = rounds;
        this.answers = answers;
        this.plans = plans;
        this.partnerships = partnerships;
        this.timers = timers;
        this.names = names;
    }

    /** The round begins: who predicts, and until when. */
    public void prepare(DelegateExecution execution) {
        PulseRound round = rounds.get(ROUND_ID.expected(execution));
        PARTNERSHIP_NAME.on(execution).set(round.partnershipName());
        PREDICTORS.on(execution).set(rounds.predictorsOf(round.id()));
        PREDICTIONS_CLOSE_AT.on(execution).set(timers.predictionsClose(round.prefix()));
    }

    public void predicted(DelegateTask task) {
        Map<Dimension, Integer> scores = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            Integer score = PulseProcess.score(d).from(task);
            if (score != null) {
                scores.put(d, score);
            }
        }
        var confidence = CONFIDENCE.from(task);
        answers.predict(ROUND_ID.expected(task), Actors.of(task), scores, confidence == null ? null : confidence.name());
    }

    /** The predictions are locked; every customer-side member is asked until the round closes. */
    public void open(DelegateExecution execution) {
        String partnership = PARTNERSHIP.expected(execution);
        Date closes = timers.roundCloses(partnership);
        RESPONDENTS.on(execution).set(rounds.open(ROUND_ID.expected(execution), closes.toInstant()));
        ROUND_CLOSES_AT.on(execution).set(closes);
        REMINDER_AT.on(execution).set(timers.reminder(partnership, closes));
    }

    public void answered(DelegateTask task) {
        Map<Dimension, Integer> scores = new EnumMap<>(Dimension.class);
        Map<Dimension, String> comments = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            Integer score = PulseProcess.score(d).from(task);
            if (score != null) {
                scores.put(d, score);
            }
            String comment = PulseProcess.comment(d).from(task);
            if (comment != null) {
                comments.put(d, comment);
            }
        }
        Object worked = ACTIONS_THAT_WORKED.from(task);
        answers.answer(ROUND_ID.expected(task), Actors.of(task), new PulseAnswers.Answer(scores, comments,
                MAY_QUOTE.from(task, false), PulseAnswers.ids(worked instanceof Collection<?> c ? c
                        : worked == null ? List.of() : List.of(worked.toString().split("\\s*,\\s*")))));
    }

    /** The round closes: what it says is the partnership's now, and what calls for an answer opens a plan. */
    public void close(DelegateExecution execution) {
        PulseRounds.Closing closing = rounds.close(ROUND_ID.expected(execution));
        NEEDS_ACTION_PLAN.on(execution).set(closing.needsPlan());
        PLAN_ID.on(execution).set(closing.planId());
        CONCERNS.on(execution).set(closing.concerns().isEmpty() ? null
                : String.join("\n", closing.concerns().stream().map(c -> "- " + c).toList()));
    }

    /** Who makes the action plan: the supplier's account managers, or its innovation leads where it has none. */
    public String planners(String partnership) {
        boolean managers = !partnerships.withRole(partnership, PartnershipRole.ACCOUNT_MANAGER,
                Optional.of(Side.SUPPLIER)).isEmpty();
        return MemberGroups.of(partnership, managers ? PartnershipRole.ACCOUNT_MANAGER
                : PartnershipRole.INNOVATION_LEAD, Side.SUPPLIER);
    }

    public void planSubmitted(DelegateTask task) {
        plans.submit(PLAN_ID.expected(task), Actors.of(task), PLAN_SUMMARY.from(task), drafts(PLAN_ACTIONS.from(task)));
    }

    /** The plan's rows as the form sends them ({@code [{title, owner, dueOn}, …]}). */
    static List<ActionDraft> drafts(Object rows) {
        List<ActionDraft> drafts = new ArrayList<>();
        if (!(rows instanceof Collection<?> list)) {
            return drafts;
        }
        for (Object row : list) {
            if (row instanceof Map<?, ?> item) {
                Object due = item.get("dueOn");
                LocalDate day = null;
                if (due != null && !due.toString().isBlank()) {
                    String text = due.toString().strip();
                    try {
                        day = LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
                    } catch (DateTimeParseException e) {
                        throw new InvalidInputException("'" + text + "' is not a date like 2027-03-31.");
                    }
                }
                drafts.add(new ActionDraft(text(item.get("title")), text(item.get("owner")), day));
            }
        }
        return drafts;
    }

    /** The plan's rows, before the plan is sent: each problem on the row and field it concerns. */
    Map<String, List<String>> planProblems(Map<String, Object> values) {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        Object rows = PLAN_ACTIONS.from(values);
        if (!(rows instanceof Collection<?> list)) {
            return problems;
        }
        LocalDate today = LocalDate.ofInstant(EngineDays.now().toInstant(), ZoneId.systemDefault());
        int i = 0;
        for (Object row : list) {
            if (row instanceof Map<?, ?> item && item.get("dueOn") != null && !item.get("dueOn").toString().isBlank()) {
                String text = item.get("dueOn").toString().strip();
                try {
                    LocalDate due = LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
                    if (due.isBefore(today)) {
                        problems.put(PLAN_ACTIONS.name() + "[" + i + "].dueOn", List.of("This day is in the past."));
                    }
                } catch (DateTimeParseException e) {
                    // The form's own check says the date is not valid.
                }
            }
            i++;
        }
        return problems;
    }

    public void planDecided(DelegateTask task) {
        Agreement agreement = PLAN_AGREEMENT.required(task, "Agree the plan or ask for changes.");
        List<ActionView> actions = plans.decide(PLAN_ID.expected(task), Actors.of(task), agreement == Agreement.AGREE,
                REQUESTED_CHANGES.from(task));
        if (agreement == Agreement.AGREE) {
            ACTIONS.on(task.getExecution().getProcessInstance())
                    .set(actions.stream().map(a -> String.valueOf(a.id())).toList());
        }
    }

    /** An action is followed on its own: its owner, its due date, and the moment it is overdue. */
    public void trackAction(DelegateExecution execution) {
        ActionView action = plans.action(ACTION.expected(execution));
        ACTION_OWNER.on(execution).setLocal(action.owner());
        ACTION_TITLE.on(execution).setLocal(action.title());
        ACTION_DUE.on(execution).setLocal(EngineDays.at(action.dueOn(), LocalTime.of(17, 0)));
        ACTION_OVERDUE_AT.on(execution).setLocal(EngineDays.at(action.dueOn().plusDays(1), LocalTime.of(9, 0)));
    }

    public void actionDone(DelegateTask task) {
        plans.actionDone(ACTION.expected(task), Actors.of(task), ACTION_NOTE.from(task));
    }

    /** Every action of the plan is done. */
    public void planDone(DelegateExecution execution) {
        plans.done(PLAN_ID.expected(execution));
    }

    // What the pulse's forms show beside the task's variables.

    /** The rating form's checklist: the actions done since the last round, each by its id. */
    List<Map<String, String>> closedActions(long roundId, Formats formats) {
        return answers.askedAbout(roundId).stream().map(a -> Map.of("value", String.valueOf(a.id()), "label",
                a.title() + " (done " + formats.date(a.doneAt()) + ")")).toList();
    }

    /** The plan form: who may own an action, and the plan as sent before when the customer asked for changes. */
    Map<String, Object> planContext(String partnership, Long planId) {
        Map<String, Object> context = new LinkedHashMap<>();
        var book = names.in(partnership);
        context.put(PLAN_OWNERS, partnerships.membersOf(partnership).stream()
                .sorted((a, b) -> a.username().compareTo(b.username()))
                .map(m -> Map.of("value", m.username(), "label", book.withSide(m.username()))).toList());
        if (planId != null) {
            PlanView plan = plans.get(planId);
            if (plan.summary() != null) {
                context.put(PLAN_SUMMARY.name(), plan.summary());
                context.put(PLAN_ACTIONS.name(), plan.actions().stream().map(a -> Map.of("title", (Object) a.title(),
                        "owner", a.owner(), "dueOn", a.dueOn().toString())).toList());
            }
            if (plan.changesRequested() != null) {
                context.put(REQUESTED_CHANGES.name(), plan.changesRequested());
            }
        }
        return context;
    }

    /** The agreement form: the plan in words. */
    Map<String, Object> agreementContext(String partnership, long planId, Locale reader) {
        PlanView plan = plans.get(planId);
        Formats formats = Formats.of(reader);
        var book = names.in(partnership);
        StringBuilder text = new StringBuilder(plan.summary() == null ? "" : plan.summary().strip()).append("\n\n");
        for (ActionView a : plan.actions()) {
            text.append("- ").append(a.title()).append(" — ").append(book.withSide(a.owner())).append(", by ")
                    .append(formats.date(a.dueOn())).append('\n');
        }
        return Map.of(PLAN_TEXT, text.toString());
    }

    /** The action form: its due date in words. */
    Map<String, Object> actionContext(Long actionId, Locale reader) {
        if (actionId == null) {
            return Map.of();
        }
        return Map.of(ACTION_DUE_WORDS, Formats.of(reader).date(plans.action(actionId).dueOn()));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
