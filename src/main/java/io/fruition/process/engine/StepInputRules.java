package io.fruition.process.engine;

import java.util.List;
import java.util.Map;

/**
 * The rules a step's feature applies to its input beyond what the form checks (a low estimate above the likely
 * one), asked before a task completes together with the form's own checks, so that a person reads every problem at
 * once, next to the fields it concerns, in the words of the task.
 */
public interface StepInputRules {

    /**
     * The feature's problems with these values for the step ({@code stepKey}: the user task's id), by the form
     * field they concern ("" for the input as a whole; a rule relating two fields names both); may be empty.
     */
    Map<String, List<String>> problems(String stepKey, Map<String, Object> values);
}
