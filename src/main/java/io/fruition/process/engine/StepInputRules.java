package io.fruition.process.engine;

import java.util.List;
import java.util.Map;

/**
 * The rules a step's feature applies to its input beyond what the form checks (a low estimate above the likely
 * one), asked for when the form already refuses the input, so that a person reads every problem at once.
 */
public interface StepInputRules {

    /** The feature's problems with these values for the step ({@code stepKey}: the user task's id); may be empty. */
    List<String> problems(String stepKey, Map<String, Object> values);
}
