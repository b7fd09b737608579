package io.fruition.process;

import static io.fruition.process.ProcessVariable.choice;
import static io.fruition.process.ProcessVariable.count;
import static io.fruition.process.ProcessVariable.flag;
import static io.fruition.process.ProcessVariable.moment;
import static io.fruition.process.ProcessVariable.names;
import static io.fruition.process.ProcessVariable.number;
import static io.fruition.process.ProcessVariable.text;
import static io.fruition.process.ProcessVariable.wholeNumber;
import static io.fruition.process.ProcessVariable.asSent;

import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.fruition.pulse.ActionPlans;
import io.fruition.pulse.Dimension;
import io.fruition.pulse.RatingForm;
import io.fruition.valuation.Confidence;

/**
 * The relationship pulse (bpmn/relationship-pulse.bpmn: one round of a partnership's pulse and the action plan that
 * answers it) and the partnership calendar (bpmn/partnership-calendar.bpmn: the engine's daily look at what is
 * due): their keys, the element ids code and tests refer to, and their variables, each named once and typed.
 */
public final class PulseProcess {

    public static final String KEY = "relationship-pulse";
    public static final String CALENDAR_KEY = "partnership-calendar";

    /** Element ids of the pulse. */
    public static final class Element {
        public static final String ROUND_DUE = "StartEvent_RoundDue";
        public static final String PREPARE_ROUND = "ServiceTask_PrepareRound";
        public static final String PREDICT_VIEW = "UserTask_PredictView";
        public static final String PREDICTIONS_CLOSE = "BoundaryEvent_PredictionsClose";
        public static final String OPEN_ROUND = "ServiceTask_OpenRound";
        public static final String RATE_PARTNERSHIP = "UserTask_RatePartnership";
        public static final String REMINDER_DUE = "BoundaryEvent_ReminderDue";
        public static final String REMIND_RESPONDENTS = "ServiceTask_RemindRespondents";
        public static final String ROUND_CLOSES = "BoundaryEvent_RoundCloses";
        public static final String CLOSE_ROUND = "ServiceTask_CloseRound";
        public static final String NOTHING_TO_ANSWER = "EndEvent_NothingToAnswer";
        public static final String RESPOND_WITH_PLAN = "UserTask_RespondWithPlan";
        public static final String PLAN_NOT_TAKEN_ON = "BoundaryEvent_PlanNotTakenOn";
        public static final String ESCALATE_PLAN = "ServiceTask_EscalatePlan";
        public static final String AGREE_PLAN = "UserTask_AgreePlan";
        public static final String TRACK_ACTIONS = "SubProcess_TrackActions";
        public static final String CARRY_OUT_ACTION = "UserTask_CarryOutAction";
        public static final String ACTION_OVERDUE = "BoundaryEvent_ActionOverdue";
        public static final String ESCALATE_ACTION = "ServiceTask_EscalateAction";
        public static final String ALL_ANSWERED = "EndEvent_AllAnswered";

        private Element() {
        }
    }

    /** Element ids of the partnership calendar. */
    public static final class CalendarElement {
        public static final String EVERY_MORNING = "StartEvent_EveryMorning";
        public static final String OPEN_DUE_ROUNDS = "ServiceTask_OpenDueRounds";
        public static final String REVIEW_COMMITMENTS = "ServiceTask_ReviewCommitments";

        private CalendarElement() {
        }
    }

    /** The pulse's user steps, in the order a round meets them: the inbox's step filter lists them after the idea's. */
    public static final List<String> USER_STEPS = List.of(Element.PREDICT_VIEW, Element.RATE_PARTNERSHIP,
            Element.RESPOND_WITH_PLAN, Element.AGREE_PLAN, Element.CARRY_OUT_ACTION);

    /** Variable names; form field keys are variables too, and the scores' and comments' are {@link Dimension}'s. */
    public static final class Var {
        public static final String PARTNERSHIP = IdeaProcess.Var.PARTNERSHIP;
        public static final String PARTNERSHIP_NAME = "partnershipName";
        public static final String ROUND_ID = "roundId";
        public static final String ROUND_NUMBER = "roundNumber";
        public static final String PREDICTORS = "predictors";
        public static final String PREDICTOR = "predictor";
        public static final String PREDICTIONS_CLOSE_AT = "predictionsCloseAt";
        public static final String RESPONDENTS = "respondents";
        public static final String RESPONDENT = "respondent";
        public static final String ROUND_CLOSES_AT = "roundClosesAt";
        public static final String REMINDER_AT = "reminderAt";
        public static final String MAY_QUOTE = RatingForm.MAY_QUOTE;
        public static final String ACTIONS_THAT_WORKED = RatingForm.ACTIONS_THAT_WORKED;
        public static final String CONFIDENCE = RatingForm.CONFIDENCE;
        public static final String NEEDS_ACTION_PLAN = "needsActionPlan";
        public static final String CONCERNS = "concerns";
        public static final String PLAN_ID = "planId";
        public static final String PLAN_SUMMARY = "planSummary";
        public static final String PLAN_ACTIONS = "planActions";
        public static final String PLAN_AGREEMENT = "planAgreement";
        public static final String REQUESTED_CHANGES = ActionPlans.REQUESTED_CHANGES;
        public static final String ACTIONS = "actions";
        public static final String ACTION = "action";
        public static final String ACTION_OWNER = "actionOwner";
        public static final String ACTION_TITLE = "actionTitle";
        public static final String ACTION_DUE = "actionDue";
        public static final String ACTION_OVERDUE_AT = "actionOverdueAt";
        public static final String ACTION_NOTE = "actionNote";

        private Var() {
        }
    }

    /** The customer's innovation lead's decision on an action plan. */
    public enum Agreement {
        AGREE, CHANGES
    }

    public static final ProcessVariable<String> PARTNERSHIP = text(Var.PARTNERSHIP);
    public static final ProcessVariable<String> PARTNERSHIP_NAME = text(Var.PARTNERSHIP_NAME);
    public static final ProcessVariable<Long> ROUND_ID = number(Var.ROUND_ID);
    public static final ProcessVariable<Integer> ROUND_NUMBER = count(Var.ROUND_NUMBER);
    public static final ProcessVariable<List<String>> PREDICTORS = names(Var.PREDICTORS);
    public static final ProcessVariable<Date> PREDICTIONS_CLOSE_AT = moment(Var.PREDICTIONS_CLOSE_AT);
    public static final ProcessVariable<List<String>> RESPONDENTS = names(Var.RESPONDENTS);
    public static final ProcessVariable<Date> ROUND_CLOSES_AT = moment(Var.ROUND_CLOSES_AT);
    public static final ProcessVariable<Date> REMINDER_AT = moment(Var.REMINDER_AT);
    public static final ProcessVariable<Boolean> MAY_QUOTE = flag(Var.MAY_QUOTE);
    public static final ProcessVariable<Object> ACTIONS_THAT_WORKED = asSent(Var.ACTIONS_THAT_WORKED);
    public static final ProcessVariable<Confidence> CONFIDENCE =
            choice(Var.CONFIDENCE, Confidence.class, "the confidence (LOW, MEDIUM or HIGH)");
    public static final ProcessVariable<Boolean> NEEDS_ACTION_PLAN = flag(Var.NEEDS_ACTION_PLAN);
    public static final ProcessVariable<String> CONCERNS = text(Var.CONCERNS);
    public static final ProcessVariable<Long> PLAN_ID = number(Var.PLAN_ID);
    public static final ProcessVariable<String> PLAN_SUMMARY = text(Var.PLAN_SUMMARY);
    public static final ProcessVariable<Object> PLAN_ACTIONS = asSent(Var.PLAN_ACTIONS);
    public static final ProcessVariable<Agreement> PLAN_AGREEMENT =
            choice(Var.PLAN_AGREEMENT, Agreement.class, "a decision on the plan (AGREE or CHANGES)");
    public static final ProcessVariable<String> REQUESTED_CHANGES = text(Var.REQUESTED_CHANGES);
    public static final ProcessVariable<List<String>> ACTIONS = names(Var.ACTIONS);
    public static final ProcessVariable<Long> ACTION = number(Var.ACTION);
    public static final ProcessVariable<String> ACTION_OWNER = text(Var.ACTION_OWNER);
    public static final ProcessVariable<String> ACTION_TITLE = text(Var.ACTION_TITLE);
    public static final ProcessVariable<Date> ACTION_DUE = moment(Var.ACTION_DUE);
    public static final ProcessVariable<Date> ACTION_OVERDUE_AT = moment(Var.ACTION_OVERDUE_AT);
    public static final ProcessVariable<String> ACTION_NOTE = text(Var.ACTION_NOTE);

    private static final Map<Dimension, ProcessVariable<Integer>> SCORES = new EnumMap<>(Dimension.class);
    private static final Map<Dimension, ProcessVariable<String>> COMMENTS = new EnumMap<>(Dimension.class);

    static {
        for (Dimension d : Dimension.values()) {
            SCORES.put(d, wholeNumber(d.scoreKey()));
            COMMENTS.put(d, text(d.commentKey()));
        }
    }

    /** A dimension's score, as the rating and prediction forms submit it. */
    public static ProcessVariable<Integer> score(Dimension d) {
        return SCORES.get(d);
    }

    /** A dimension's comment, as the rating form submits it. */
    public static ProcessVariable<String> comment(Dimension d) {
        return COMMENTS.get(d);
    }

    private static final Pattern BUSINESS_KEY = Pattern.compile("([A-Z][A-Z0-9]{1,7})-PULSE-(\\d+)");

    /** A round's instance is known by its partnership and number: NG-PULSE-4. */
    public static String businessKey(String prefix, int number) {
        return prefix + "-PULSE-" + number;
    }

    /** "Pulse round 4", for an instance's business key of the pulse; empty for any other key (an idea's number). */
    public static Optional<String> roundLabel(String businessKey) {
        if (businessKey == null) {
            return Optional.empty();
        }
        Matcher m = BUSINESS_KEY.matcher(businessKey);
        return m.matches() ? Optional.of("Pulse round " + m.group(2)) : Optional.empty();
    }

    private PulseProcess() {
    }
}
