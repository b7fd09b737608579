package io.fruition.valuation;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One side's estimate as an estimator enters it. */
public record EstimateInput(BigDecimal benefitLow, BigDecimal benefitLikely, BigDecimal benefitHigh,
        BigDecimal oneOffCost, Integer effortDays, Integer monthsToValue, Confidence confidence, String rationale) {

    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

    /** What is wrong with this estimate, in plain words; empty when it can be recorded. */
    public List<String> problems() {
        return fieldProblems().values().stream().flatMap(List::stream).distinct().toList();
    }

    /**
     * The same problems by the field they concern (the record's component names, which are the form's keys), all
     * of them at once; a rule relating two fields puts its message on both.
     */
    public Map<String, List<String>> fieldProblems() {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        amount(problems, "benefitLow", "The low estimate", benefitLow);
        amount(problems, "benefitLikely", "The likely estimate", benefitLikely);
        amount(problems, "benefitHigh", "The high estimate", benefitHigh);
        amount(problems, "oneOffCost", "The one-off cost", oneOffCost);
        if (usable(benefitLow) && usable(benefitLikely) && benefitLow.compareTo(benefitLikely) > 0) {
            both(problems, "benefitLow", "benefitLikely", "The low estimate (" + format(benefitLow)
                    + ") is higher than the likely estimate (" + format(benefitLikely) + ").");
        }
        if (usable(benefitLikely) && usable(benefitHigh) && benefitLikely.compareTo(benefitHigh) > 0) {
            both(problems, "benefitLikely", "benefitHigh", "The likely estimate (" + format(benefitLikely)
                    + ") is higher than the high estimate (" + format(benefitHigh) + ").");
        } else if (usable(benefitLow) && usable(benefitHigh) && benefitLow.compareTo(benefitHigh) > 0) {
            both(problems, "benefitLow", "benefitHigh", "The low estimate (" + format(benefitLow)
                    + ") is higher than the high estimate (" + format(benefitHigh) + ").");
        }
        whole(problems, "effortDays", "The effort in person-days", effortDays, 10_000);
        whole(problems, "monthsToValue", "The number of months to first value", monthsToValue, 120);
        if (confidence == null) {
            add(problems, "confidence", "Say how confident you are (low, medium or high).");
        }
        String text = rationale == null ? "" : rationale.strip();
        if (text.length() < 10) {
            add(problems, "rationale", "Explain the estimate in a rationale of at least 10 characters.");
        } else if (text.length() > 4000) {
            add(problems, "rationale", "The rationale has at most 4000 characters; it has " + text.length() + ".");
        }
        return problems;
    }

    private static void amount(Map<String, List<String>> problems, String field, String what, BigDecimal value) {
        if (value == null) {
            add(problems, field, what + " is missing.");
        } else if (value.signum() < 0) {
            add(problems, field, what + " cannot be negative (" + format(value) + ").");
        } else if (value.compareTo(MAX_AMOUNT) > 0) {
            add(problems, field, what + " is implausibly large (" + format(value) + ").");
        }
    }

    private static void whole(Map<String, List<String>> problems, String field, String what, Integer value, int max) {
        if (value == null) {
            add(problems, field, what + " is missing.");
        } else if (value < 0 || value > max) {
            add(problems, field, what + " must be between 0 and " + max + "; it is " + value + ".");
        }
    }

    private static void both(Map<String, List<String>> problems, String one, String other, String message) {
        add(problems, one, message);
        add(problems, other, message);
    }

    private static void add(Map<String, List<String>> problems, String field, String message) {
        problems.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
    }

    private static boolean usable(BigDecimal value) {
        return value != null && value.signum() >= 0;
    }

    static String format(BigDecimal value) {
        return NumberFormat.getNumberInstance(Locale.UK).format(value);
    }
}
