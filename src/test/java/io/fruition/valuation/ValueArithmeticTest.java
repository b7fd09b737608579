package io.fruition.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** PERT, the mutual value score and the checks of an estimate. */
class ValueArithmeticTest {

    @Test
    void the_pert_expected_value_weighs_the_likely_value_four_times() {
        assertThat(Pert.expected(bd(60_000), bd(100_000), bd(200_000))).isEqualByComparingTo("110000.00");
        assertThat(Pert.expected(bd(1), bd(1), bd(2))).isEqualByComparingTo("1.17");
    }

    @Test
    void the_mutual_value_score_rewards_balance_between_the_sides() {
        BigDecimal balanced = MutualValue.score(bd(100), bd(100));
        assertThat(balanced).isEqualByComparingTo("100.00");
        assertThat(MutualValue.score(bd(200), bd(0))).isEqualByComparingTo("0.00");
        assertThat(MutualValue.score(bd(180), bd(20))).isLessThan(balanced);
    }

    @Test
    void the_split_says_how_much_of_the_benefit_goes_to_the_customer() {
        assertThat(MutualValue.customerShare(bd(75), bd(25))).isEqualTo(75);
        assertThat(MutualValue.customerShare(bd(0), bd(0))).isEqualTo(50);
    }

    @Test
    void a_complete_and_consistent_estimate_has_no_problems() {
        assertThat(estimate(10, 20, 30, 5).problems()).isEmpty();
    }

    @Test
    void an_estimate_with_the_low_value_above_the_high_value_is_refused_with_both_numbers() {
        assertThat(estimate(50_000, 45_000, 40_000, 5).problems())
                .contains("The low estimate (50,000) is higher than the likely estimate (45,000).",
                        "The likely estimate (45,000) is higher than the high estimate (40,000).");
        assertThat(estimate(50_000, 10_000, 40_000, 5).problems())
                .contains("The low estimate (50,000) is higher than the likely estimate (10,000).");
    }

    @Test
    void a_negative_cost_and_missing_values_are_refused() {
        EstimateInput input = new EstimateInput(null, bd(1), bd(2), bd(-5), null, 3, null, "short");
        assertThat(input.problems()).contains("The low estimate is missing.", "The one-off cost cannot be negative (-5).",
                "The effort in person-days is missing.", "Say how confident you are (low, medium or high).",
                "Explain the estimate in a rationale of at least 10 characters.");
    }

    private static EstimateInput estimate(long low, long likely, long high, long cost) {
        return new EstimateInput(bd(low), bd(likely), bd(high), bd(cost), 10, 3, Confidence.MEDIUM,
                "Based on last year's figures.");
    }

    private static BigDecimal bd(long value) {
        return BigDecimal.valueOf(value);
    }
}
