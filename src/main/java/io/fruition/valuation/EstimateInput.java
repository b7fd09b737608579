package io.fruition.valuation;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One side's estimate as an estimator enters it. */
public record EstimateInput(BigDecimal benefitLow, BigDecimal benefitLikely, BigDecimal benefitHigh,
        BigDecimal oneOffCost, Integer effortDays, Integer monthsToValue, Confidence confidence, String rationale) {

    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

    /** What is wrong with this estimate, in plain words; empty when it can be recorded. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        amount(problems, "The low estimate", benefitLow);
        amount(problems, "The likely estimate", benefitLikely);
        amount(problems, "The high estimate", benefitHigh);
        amount(problems, "The one-off cost", oneOffCost);
        if (usable(benefitLow) && usable(benefitLikely) && benefitLow.compareTo(benefitLikely) > 0) {
            problems.add("The low estimate (" + format(benefitLow) + ") is higher than the likely estimate ("
                    + format(benefitLikely) + ").");
        }
        if (usable(benefitLikely) && usable(benefitHigh) && benefitLikely.compareTo(benefitHigh) > 0) {
            problems.add("The likely estimate (" + format(benefitLikely) + ") is higher than the high estimate ("
                    + format(benefitHigh) + ").");
        } else if (usable(benefitLow) && usable(benefitHigh) && benefitLow.compareTo(benefitHigh) > 0) {
            problems.add("The low estimate (" + format(benefitLow) + ") is higher than the high estimate ("
                    + format(benefitHigh) + ").");
        }
        whole(problems, "The effort in person-days", effortDays, 10_000);
        whole(problems, "The months to first value", monthsToValue, 120);
        if (confidence == null) {
            problems.add("Say how confident you are (low, medium or high).");
        }
        String text = rationale == null ? "" : rationale.strip();
        if (text.length() < 10) {
            problems.add("Explain the estimate in a rationale of at least 10 characters.");
        } else if (text.length() > 4000) {
            problems.add("The rationale has at most 4000 characters; it has " + text.length() + ".");
        }
        return problems;
    }

    private static void amount(List<String> problems, String what, BigDecimal value) {
        if (value == null) {
            problems.add(what + " is missing.");
        } else if (value.signum() < 0) {
            problems.add(what + " cannot be negative (" + format(value) + ").");
        } else if (value.compareTo(MAX_AMOUNT) > 0) {
            problems.add(what + " is implausibly large (" + format(value) + ").");
        }
    }

    private static void whole(List<String> problems, String what, Integer value, int max) {
        if (value == null) {
            problems.add(what + " is missing.");
        } else if (value < 0 || value > max) {
            problems.add(what + " must be between 0 and " + max + "; it is " + value + ".");
        }
    }

    private static boolean usable(BigDecimal value) {
        return value != null && value.signum() >= 0;
    }

    static String format(BigDecimal value) {
        return NumberFormat.getNumberInstance(Locale.UK).format(value);
    }
}
