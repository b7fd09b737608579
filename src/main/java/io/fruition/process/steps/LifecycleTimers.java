package io.fruition.process.steps;

import java.util.Date;
import java.util.function.Function;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import io.fruition.partnership.LifecycleSettings;
import io.fruition.partnership.Partnerships;

/**
 * The deadlines of the lifecycle as the BPMN asks for them ({@code ${lifecycle.screeningDue(partnership)}}):
 * due dates of user tasks and the timers that watch them come from the same methods, read the partnership's
 * own settings, and use the engine's clock, so tests that move that clock see the deadlines the timers see.
 */
@Component("lifecycle")
public class LifecycleTimers {

    private final Function<String, LifecycleSettings> settings;

    @Autowired
    LifecycleTimers(Partnerships partnerships) {
        this(partnerships::lifecycleOf);
    }

    public LifecycleTimers(Function<String, LifecycleSettings> settings) {
        this.settings = settings;
    }

    public Date estimateDue(String partnership) {
        return EngineDays.workingDaysFromNow(settings.apply(partnership).estimateDays());
    }

    public Date chairDecisionDue(String partnership) {
        return EngineDays.workingDaysFromNow(settings.apply(partnership).chairDecisionDays());
    }

    public Date sponsorDecisionDue(String partnership) {
        return EngineDays.workingDaysFromNow(settings.apply(partnership).sponsorDecisionDays());
    }

    public Date deliveryPlanDue(String partnership) {
        return EngineDays.workingDaysFromNow(settings.apply(partnership).deliveryPlanDays());
    }

    public Date acceptanceDue(String partnership) {
        return EngineDays.workingDaysFromNow(settings.apply(partnership).acceptanceDays());
    }

    public Date benefitRecordDue(String partnership) {
        return EngineDays.workingDaysFromNow(settings.apply(partnership).benefitRecordDays());
    }

    /** The parking period in days, for the words of a form ({@code {{parkDays}}}). */
    public int parkDays(String partnership) {
        return settings.apply(partnership).parkDays();
    }

    /** The submitter's time to answer a clarification request in days, for the words of a form. */
    public int clarificationDays(String partnership) {
        return settings.apply(partnership).clarificationDays();
    }

    /** The days from acceptance to the benefits review, for the words of a form. */
    public int benefitsReviewDays(String partnership) {
        return settings.apply(partnership).benefitsReviewDays();
    }

    public Date screeningDue(String partnership) {
        return EngineDays.workingDaysFromNow(settings.apply(partnership).screeningSlaDays());
    }

    public Date clarificationDue(String partnership) {
        return EngineDays.daysFromNow(settings.apply(partnership).clarificationDays());
    }

    public Date boardVoteDeadline(String partnership) {
        return EngineDays.daysFromNow(settings.apply(partnership).boardVoteDays());
    }

    public Date progressReportDue(String partnership) {
        return EngineDays.daysFromNow(settings.apply(partnership).progressReportDays());
    }

    /** When a progress report not given is escalated: the partnership's wait after the day it was due. */
    public Date progressReportOverdue(String partnership) {
        LifecycleSettings lifecycle = settings.apply(partnership);
        return EngineDays.daysFromNow(lifecycle.progressReportDays() + lifecycle.reportEscalationDays());
    }

    /** An ISO-8601 duration for the parking timer. */
    public String parkPeriod(String partnership) {
        return "P" + settings.apply(partnership).parkDays() + "D";
    }

    /** An ISO-8601 duration for the benefits review timer. */
    public String benefitsReviewPeriod(String partnership) {
        return "P" + settings.apply(partnership).benefitsReviewDays() + "D";
    }

}
