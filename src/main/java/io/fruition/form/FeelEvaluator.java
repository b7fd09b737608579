package io.fruition.form;

import java.util.Map;

/**
 * Evaluates a FEEL expression (without the leading '=') against variables. The process module provides it
 * with the engine's own FEEL engine, so forms behave as Camunda evaluates them.
 */
public interface FeelEvaluator {

    Object evaluate(String expression, Map<String, Object> variables);

    /** A form-js property that may be a literal or an "=expression". */
    default Object resolve(Object property, Map<String, Object> variables) {
        if (property instanceof String text && text.startsWith("=")) {
            try {
                return evaluate(text.substring(1), variables);
            } catch (RuntimeException e) {
                return null;
            }
        }
        return property;
    }

    default boolean isTrue(Object property, Map<String, Object> variables) {
        return Boolean.TRUE.equals(resolve(property, variables));
    }
}
