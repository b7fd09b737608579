package io.fruition.process.steps;

import java.util.Date;
import java.util.function.Function;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import io.fruition.partnership.Partnerships;
import io.fruition.partnership.PulseSettings;

/**
 * The deadlines of a pulse round as the BPMN asks for them ({@code ${pulseTimers.actionPlanDue(partnership)}}):
 * from the partnership's own pulse settings, on the engine's clock, in working days.
 */
@Component("pulseTimers")
public class PulseTimers {

    private final Function<String, PulseSettings> settings;

    @Autowired
    PulseTimers(Partnerships partnerships) {
        this(partnerships::pulseOf);
    }

    public PulseTimers(Function<String, PulseSettings> settings) {
        this.settings = settings;
    }

    /** When the supplier's predictions are locked and the customer is asked. */
    public Date predictionsClose(String partnership) {
        return EngineDays.workingDaysFromNow(settings.apply(partnership).predictionDays());
    }

    /** When a round that opens now closes. */
    public Date roundCloses(String partnership) {
        return EngineDays.workingDaysFromNow(settings.apply(partnership).answerDays());
    }

    /** When those who have not answered are reminded: some working days before the round closes. */
    public Date reminder(String partnership, Date closes) {
        return EngineDays.workingDaysBefore(closes, settings.apply(partnership).reminderDays());
    }

    /** When an action plan nobody has taken on goes to the supplier's innovation leads. */
    public Date acknowledgeDue(String partnership) {
        return EngineDays.workingDaysFromNow(settings.apply(partnership).acknowledgeDays());
    }

    public Date actionPlanDue(String partnership) {
        return EngineDays.workingDaysFromNow(settings.apply(partnership).actionPlanDays());
    }

    public Date agreementDue(String partnership) {
        return EngineDays.workingDaysFromNow(settings.apply(partnership).agreementDays());
    }
}
