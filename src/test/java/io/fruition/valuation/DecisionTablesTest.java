package io.fruition.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.Test;

/** Every rule of bpmn/idea-priority.dmn and bpmn/approval-routing.dmn, with the boundaries of the spec. */
class DecisionTablesTest {

    private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private static final DmnDecision PRIORITY = parse("bpmn/idea-priority.dmn", "idea-priority");
    private static final DmnDecision ROUTING = parse("bpmn/approval-routing.dmn", "approval-routing");

    @Test
    void an_idea_that_helps_only_one_side_is_deprioritised_however_valuable() {
        assertThat(priority(500_000, 0, 1_000, "HIGH")).isEqualTo("DEPRIORITISE");
    }

    @Test
    void low_confidence_without_payback_within_a_year_is_deprioritised() {
        assertThat(priority(20_000, 20_000, 30_000, "LOW")).isEqualTo("DEPRIORITISE");
    }

    @Test
    void a_cheap_idea_paying_back_twice_in_a_year_with_reasonable_confidence_is_a_quick_win() {
        assertThat(priority(60_000, 40_000, 20_000, "MEDIUM")).isEqualTo("QUICK_WIN");
        assertThat(priority(60_000, 40_000, 20_000, "HIGH")).isEqualTo("QUICK_WIN");
    }

    @Test
    void a_quick_win_needs_more_than_low_confidence() {
        assertThat(priority(60_000, 40_000, 20_000, "LOW")).isEqualTo("FILL_IN");
    }

    @Test
    void a_large_investment_paying_back_within_a_year_is_a_strategic_bet() {
        assertThat(priority(300_000, 200_000, 200_000, "MEDIUM")).isEqualTo("STRATEGIC_BET");
        assertThat(priority(100_000, 100_000, 50_000, "HIGH")).as("cost exactly 50,000 is large").isEqualTo("STRATEGIC_BET");
    }

    @Test
    void an_idea_paying_back_within_two_years_is_a_fill_in() {
        assertThat(priority(30_000, 30_000, 40_000, "MEDIUM")).isEqualTo("FILL_IN");
    }

    @Test
    void an_idea_needing_more_than_two_years_to_pay_back_is_deprioritised() {
        assertThat(priority(10_000, 10_000, 40_000, "HIGH")).isEqualTo("DEPRIORITISE");
    }

    @Test
    void balance_between_the_sides_ranks_an_idea_higher_than_the_same_total_for_one_side() {
        assertThat(priority(50_000, 50_000, 40_000, "HIGH")).isEqualTo("FILL_IN");
        assertThat(priority(98_000, 2_000, 40_000, "HIGH")).isEqualTo("DEPRIORITISE");
    }

    @Test
    void below_ten_thousand_no_sponsor_approves() {
        assertThat(sponsors(0)).isEmpty();
        assertThat(sponsors(9_999.99)).isEmpty();
    }

    @Test
    void from_ten_thousand_the_suppliers_sponsor_approves() {
        assertThat(sponsors(10_000)).containsExactly("SUPPLIER");
        assertThat(sponsors(49_999.99)).containsExactly("SUPPLIER");
    }

    @Test
    void from_fifty_thousand_both_sides_sponsors_approve() {
        assertThat(sponsors(50_000)).containsExactlyInAnyOrder("SUPPLIER", "CUSTOMER");
        assertThat(sponsors(2_000_000)).containsExactlyInAnyOrder("SUPPLIER", "CUSTOMER");
    }

    private static String priority(double customer, double supplier, double cost, String confidence) {
        double score = Math.sqrt(customer * supplier);
        return DMN.evaluateDecisionTable(PRIORITY, Map.of("customerBenefit", customer, "supplierBenefit", supplier,
                "mutualValueScore", score, "oneOffCost", cost, "confidence", confidence))
                .getSingleResult().getSingleEntry();
    }

    private static List<String> sponsors(double cost) {
        return DMN.evaluateDecisionTable(ROUTING, Map.of("oneOffCost", cost)).collectEntries("sponsorSide");
    }

    private static DmnDecision parse(String resource, String key) {
        try (InputStream in = DecisionTablesTest.class.getClassLoader().getResourceAsStream(resource)) {
            return DMN.parseDecision(key, in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
