package io.fruition.process.engine;

import java.util.Locale;
import java.util.Map;

/**
 * What a step's form shows beside the task's variables, read from the features when the form is shown and again
 * when it is submitted (the open milestones of the plan to tick in a progress report), so that the choices a form
 * offers are the ones it accepts, and nothing is copied into the process to show it.
 */
public interface StepFormContext {

    /**
     * Extra values by name for the form of this step ({@code stepKey}: the user task's id), with dates and amounts
     * in labels written for the reader's locale; may be empty.
     */
    Map<String, Object> context(String stepKey, Map<String, Object> variables, Locale reader);
}
