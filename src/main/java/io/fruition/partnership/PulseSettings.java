package io.fruition.partnership;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * How a partnership listens to its customer: how often the relationship pulse runs, how long each step of a round
 * may take, and which scores call for an answer. The spec's values are the defaults; the pulse process reads them
 * when it sets a due date or a timer, and its forms say them.
 */
@Embeddable
public record PulseSettings(
        @Column(name = "pulse_cadence_months") int cadenceMonths,
        @Column(name = "pulse_prediction_days") int predictionDays,
        @Column(name = "pulse_answer_days") int answerDays,
        @Column(name = "pulse_reminder_days") int reminderDays,
        @Column(name = "pulse_threshold") int threshold,
        @Column(name = "pulse_gap_threshold") int gapThreshold,
        @Column(name = "action_plan_ack_days") int acknowledgeDays,
        @Column(name = "action_plan_days") int actionPlanDays,
        @Column(name = "action_plan_agreement_days") int agreementDays) {

    /**
     * Quarterly; predictions within 5 working days; answers within 10, reminded 3 before the close; a dimension under
     * 6 or misread by 2 or more calls for an action plan, acknowledged within 2 working days, made within 10 and
     * agreed within 5.
     */
    public static final PulseSettings DEFAULTS = new PulseSettings(3, 5, 10, 3, 6, 2, 2, 10, 5);

    /** These settings with another cadence (months between rounds). */
    public PulseSettings withCadenceMonths(int months) {
        return new PulseSettings(months, predictionDays, answerDays, reminderDays, threshold, gapThreshold,
                acknowledgeDays, actionPlanDays, agreementDays);
    }

    /** These settings with another threshold (a dimension's median under it calls for an action plan). */
    public PulseSettings withThreshold(int score) {
        return new PulseSettings(cadenceMonths, predictionDays, answerDays, reminderDays, score, gapThreshold,
                acknowledgeDays, actionPlanDays, agreementDays);
    }

    /** These settings with another answering period (working days). */
    public PulseSettings withAnswerDays(int days) {
        return new PulseSettings(cadenceMonths, predictionDays, days, reminderDays, threshold, gapThreshold,
                acknowledgeDays, actionPlanDays, agreementDays);
    }

    /** What is wrong with these settings, in plain words; empty when they are usable. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        between(problems, "The pulse's cadence", cadenceMonths, 1, 12, "months");
        between(problems, "The time to predict the customer's view", predictionDays, 1, 20, "working days");
        between(problems, "The time to answer a pulse round", answerDays, 2, 30, "working days");
        between(problems, "The reminder before a round closes", reminderDays, 1, 29, "working days");
        if (reminderDays >= answerDays && answerDays >= 2) {
            problems.add("The reminder must come before the round closes: at most " + (answerDays - 1)
                    + " working days before; it is " + reminderDays + ".");
        }
        between(problems, "The pulse's threshold", threshold, 2, 10, "");
        between(problems, "The perception gap that calls for a plan", gapThreshold, 1, 9, "points");
        between(problems, "The time to take on an action plan", acknowledgeDays, 1, 10, "working days");
        between(problems, "The time to make an action plan", actionPlanDays, 1, 30, "working days");
        between(problems, "The customer's time to agree an action plan", agreementDays, 1, 30, "working days");
        return problems;
    }

    private static void between(List<String> problems, String what, int value, int min, int max, String unit) {
        if (value < min || value > max) {
            problems.add(what + " must be between " + min + " and " + max + (unit.isEmpty() ? "" : " " + unit)
                    + "; it is " + value + ".");
        }
    }
}
