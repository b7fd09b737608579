package io.fruition.support;

import java.util.HashMap;
import java.util.Map;

import io.fruition.process.IdeaProcess.Var;

/** The values of a value-estimate task form, for tests that walk an idea past valuation. */
public final class Estimates {

    private Estimates() {
    }

    public static Map<String, Object> typical() {
        Map<String, Object> values = new HashMap<>();
        values.put(Var.BENEFIT_LOW, 10_000L);
        values.put(Var.BENEFIT_LIKELY, 20_000L);
        values.put(Var.BENEFIT_HIGH, 30_000L);
        values.put(Var.ONE_OFF_COST, 2_000L);
        values.put(Var.EFFORT_DAYS, 5L);
        values.put(Var.MONTHS_TO_VALUE, 2L);
        values.put(Var.CONFIDENCE, "HIGH");
        values.put(Var.RATIONALE, "Measured in the pilot depot.");
        return values;
    }
}
