package io.fruition.commitment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.fruition.commitment.Commitments.Proposal;

/** What a proposal must be to be proposed at all, field by field, for each kind of commitment. */
final class ProposalRules {

    private ProposalRules() {
    }

    /** Every problem of a proposal, by the field it concerns. */
    static Map<String, List<String>> problems(Proposal p, LocalDate today) {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        if (p.kind() == null) {
            problems.put("kind", List.of("Choose what the commitment is about."));
            return problems;
        }
        BigDecimal t = p.target();
        switch (p.kind()) {
            case SUPPLIER_IDEAS_PER_QUARTER -> whole(problems, t, 1, 100, "ideas a quarter");
            case FIRST_RESPONSE_DAYS -> whole(problems, t, 1, 60, "working days");
            case BOARD_DECISION_SHARE -> {
                whole(problems, t, 1, 100, "percent");
                if (p.withinDays() == null || p.withinDays() < 1 || p.withinDays() > 365) {
                    problems.put("withinDays", List.of("Say within how many days of submission the board decides: "
                            + "1 to 365."));
                }
            }
            case INNOVATION_FUND -> {
                if (t == null || t.signum() <= 0 || t.compareTo(new BigDecimal("1000000000000")) >= 0) {
                    problems.put("target", List.of("The fund is an amount above zero."));
                } else if (t.scale() > 2 && t.stripTrailingZeros().scale() > 2) {
                    problems.put("target", List.of("The fund has at most two decimals."));
                }
                int year = today.getYear();
                if (p.fundYear() == null || p.fundYear() < year || p.fundYear() > year + 5) {
                    problems.put("fundYear", List.of("The fund is for this year or one of the next five (" + year
                            + " to " + (year + 5) + ")."));
                }
            }
            case RELATIONSHIP_SCORE -> {
                if (t == null || t.compareTo(BigDecimal.ONE) < 0 || t.compareTo(BigDecimal.TEN) > 0
                        || t.stripTrailingZeros().scale() > 1) {
                    problems.put("target", List.of("The target score is from 1 to 10, with at most one decimal."));
                }
                if (p.targetDate() == null || !p.targetDate().isAfter(today)
                        || p.targetDate().isAfter(today.plusYears(5))) {
                    problems.put("targetDate", List.of("The target date is after today and within five years."));
                }
            }
        }
        if (p.note() != null && p.note().length() > 2000) {
            problems.put("note", List.of("A note has at most 2000 characters."));
        }
        return problems;
    }

    private static void whole(Map<String, List<String>> problems, BigDecimal t, int min, int max, String unit) {
        if (t == null || t.stripTrailingZeros().scale() > 0 || t.compareTo(BigDecimal.valueOf(min)) < 0
                || t.compareTo(BigDecimal.valueOf(max)) > 0) {
            problems.put("target", List.of("The target is a whole number of " + unit + " from " + min + " to " + max
                    + "."));
        }
    }
}
