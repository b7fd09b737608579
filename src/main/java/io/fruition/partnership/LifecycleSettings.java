package io.fruition.partnership;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The deadlines and limits of the idea lifecycle that a partnership may set for itself; the spec's values are
 * the defaults. The process reads them when it sets a timer or a due date.
 */
@Embeddable
public record LifecycleSettings(
        @Column(name = "screening_sla_days") int screeningSlaDays,
        @Column(name = "clarification_days") int clarificationDays,
        @Column(name = "board_vote_days") int boardVoteDays,
        @Column(name = "progress_report_days") int progressReportDays,
        @Column(name = "benefits_review_days") int benefitsReviewDays,
        @Column(name = "park_days") int parkDays,
        @Column(name = "max_revision_rounds") int maxRevisionRounds,
        @Column(name = "estimate_days") int estimateDays,
        @Column(name = "chair_decision_days") int chairDecisionDays,
        @Column(name = "sponsor_decision_days") int sponsorDecisionDays,
        @Column(name = "delivery_plan_days") int deliveryPlanDays,
        @Column(name = "acceptance_days") int acceptanceDays,
        @Column(name = "benefit_record_days") int benefitRecordDays,
        @Column(name = "report_escalation_days") int reportEscalationDays) {

    public static final LifecycleSettings DEFAULTS = new LifecycleSettings(5, 14, 7, 14, 90, 90, 2, 10, 3, 5, 5, 10, 10, 3);

    /** These settings with a different screening SLA (working days). */
    public LifecycleSettings withScreeningSlaDays(int days) {
        return new LifecycleSettings(days, clarificationDays, boardVoteDays, progressReportDays, benefitsReviewDays,
                parkDays, maxRevisionRounds, estimateDays, chairDecisionDays, sponsorDecisionDays, deliveryPlanDays,
                acceptanceDays, benefitRecordDays, reportEscalationDays);
    }

    /** These settings with a different parking period (days). */
    public LifecycleSettings withParkDays(int days) {
        return new LifecycleSettings(screeningSlaDays, clarificationDays, boardVoteDays, progressReportDays,
                benefitsReviewDays, days, maxRevisionRounds, estimateDays, chairDecisionDays, sponsorDecisionDays,
                deliveryPlanDays, acceptanceDays, benefitRecordDays, reportEscalationDays);
    }

    /** These settings with a different wait before a missed progress report is escalated (days). */
    public LifecycleSettings withReportEscalationDays(int days) {
        return new LifecycleSettings(screeningSlaDays, clarificationDays, boardVoteDays, progressReportDays,
                benefitsReviewDays, parkDays, maxRevisionRounds, estimateDays, chairDecisionDays, sponsorDecisionDays,
                deliveryPlanDays, acceptanceDays, benefitRecordDays, days);
    }

    /** What is wrong with these settings, in plain words; empty when they are usable. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        between(problems, "The screening SLA", screeningSlaDays, 1, 60, "working days");
        between(problems, "The clarification period", clarificationDays, 1, 90, "days");
        between(problems, "The board's voting period", boardVoteDays, 1, 60, "days");
        between(problems, "The progress-report interval", progressReportDays, 1, 90, "days");
        between(problems, "The benefits review delay", benefitsReviewDays, 1, 730, "days");
        between(problems, "The parking period", parkDays, 1, 730, "days");
        between(problems, "The number of revision rounds", maxRevisionRounds, 0, 5, "");
        between(problems, "The time to estimate the value", estimateDays, 1, 60, "working days");
        between(problems, "The chair's time to decide", chairDecisionDays, 1, 30, "working days");
        between(problems, "The sponsors' time to decide", sponsorDecisionDays, 1, 30, "working days");
        between(problems, "The time to plan the delivery", deliveryPlanDays, 1, 60, "working days");
        between(problems, "The customer's time to accept the delivery", acceptanceDays, 1, 60, "working days");
        between(problems, "The time to record a realised benefit", benefitRecordDays, 1, 60, "working days");
        between(problems, "The wait before a missed progress report is escalated", reportEscalationDays, 1, 30,
                "days");
        return problems;
    }

    private static void between(List<String> problems, String what, int value, int min, int max, String unit) {
        if (value < min || value > max) {
            problems.add(what + " must be between " + min + " and " + max + (unit.isEmpty() ? "" : " " + unit)
                    + "; it is " + value + ".");
        }
    }
}
