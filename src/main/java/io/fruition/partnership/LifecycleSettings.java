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
        @Column(name = "max_revision_rounds") int maxRevisionRounds) {

    public static final LifecycleSettings DEFAULTS = new LifecycleSettings(5, 14, 7, 14, 90, 90, 2);

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
        return problems;
    }

    private static void between(List<String> problems, String what, int value, int min, int max, String unit) {
        if (value < min || value > max) {
            problems.add(what + " must be between " + min + " and " + max + (unit.isEmpty() ? "" : " " + unit)
                    + "; it is " + value + ".");
        }
    }
}
