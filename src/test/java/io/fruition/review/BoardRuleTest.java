package io.fruition.review;

import static io.fruition.partnership.Side.CUSTOMER;
import static io.fruition.partnership.Side.PARTNER;
import static io.fruition.partnership.Side.SUPPLIER;
import static io.fruition.review.VoteDecision.APPROVE;
import static io.fruition.review.VoteDecision.REJECT;
import static io.fruition.review.VoteDecision.REVISE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.fruition.partnership.Side;
import io.fruition.review.BoardRule.CastVote;

/** The joint-approval rule of the spec, rule by rule. */
class BoardRuleTest {

    /** Two voters per side, as on the NG board. */
    private static final Map<Side, Integer> BOARD = Map.of(CUSTOMER, 2, SUPPLIER, 2);

    @Test
    void approvals_from_both_sides_and_more_approvals_than_rejections_approve() {
        assertThat(decide(votes(CUSTOMER, APPROVE, CUSTOMER, APPROVE, SUPPLIER, APPROVE, SUPPLIER, REJECT)))
                .isEqualTo(BoardOutcome.APPROVED);
    }

    @Test
    void a_board_with_approvals_only_from_the_supplier_side_does_not_approve() {
        assertThat(decide(votes(SUPPLIER, APPROVE, SUPPLIER, APPROVE, CUSTOMER, REVISE, CUSTOMER, REJECT)))
                .isEqualTo(BoardOutcome.REJECTED);
        assertThat(decide(votes(SUPPLIER, APPROVE, SUPPLIER, APPROVE, CUSTOMER, REVISE)))
                .isNotEqualTo(BoardOutcome.APPROVED);
    }

    @Test
    void a_board_with_approvals_only_from_the_customer_side_does_not_approve() {
        assertThat(decide(votes(CUSTOMER, APPROVE, CUSTOMER, APPROVE, SUPPLIER, REJECT, SUPPLIER, REVISE)))
                .isEqualTo(BoardOutcome.REJECTED);
    }

    @Test
    void as_many_rejections_as_approvals_do_not_approve() {
        assertThat(decide(votes(CUSTOMER, APPROVE, SUPPLIER, APPROVE, CUSTOMER, REJECT, SUPPLIER, REJECT)))
                .isEqualTo(BoardOutcome.REJECTED);
    }

    @Test
    void a_majority_for_revision_sends_the_idea_back() {
        assertThat(decide(votes(CUSTOMER, REVISE, CUSTOMER, REVISE, SUPPLIER, REVISE, SUPPLIER, APPROVE)))
                .isEqualTo(BoardOutcome.REVISE);
    }

    @Test
    void half_the_votes_for_revision_is_no_majority() {
        assertThat(decide(votes(CUSTOMER, REVISE, CUSTOMER, REJECT, SUPPLIER, REVISE, SUPPLIER, REJECT)))
                .isEqualTo(BoardOutcome.REJECTED);
    }

    @Test
    void a_third_revision_is_refused_and_the_idea_rejected() {
        List<CastVote> revise = votes(CUSTOMER, REVISE, CUSTOMER, REVISE, SUPPLIER, REVISE, SUPPLIER, REVISE);
        assertThat(BoardRule.decide(revise, BOARD, false, 1, 2)).isEqualTo(BoardOutcome.REVISE);
        assertThat(BoardRule.decide(revise, BOARD, false, 2, 2)).isEqualTo(BoardOutcome.REJECTED);
    }

    @Test
    void the_chair_decides_when_at_the_deadline_fewer_than_half_of_one_side_voted() {
        List<CastVote> onlySupplierAndOneCustomerMissing = votes(SUPPLIER, APPROVE, SUPPLIER, APPROVE);
        assertThat(BoardRule.decide(onlySupplierAndOneCustomerMissing, BOARD, true, 0, 2))
                .isEqualTo(BoardOutcome.CHAIR_DECIDES);
        Map<Side, Integer> threeCustomers = Map.of(CUSTOMER, 3, SUPPLIER, 2);
        assertThat(BoardRule.decide(votes(CUSTOMER, APPROVE, SUPPLIER, APPROVE, SUPPLIER, APPROVE), threeCustomers,
                true, 0, 2)).as("1 of 3 customers is fewer than half").isEqualTo(BoardOutcome.CHAIR_DECIDES);
    }

    @Test
    void at_the_deadline_half_of_each_side_is_a_quorum_and_the_votes_cast_count() {
        assertThat(BoardRule.decide(votes(CUSTOMER, APPROVE, SUPPLIER, APPROVE), BOARD, true, 0, 2))
                .isEqualTo(BoardOutcome.APPROVED);
        assertThat(BoardRule.decide(votes(CUSTOMER, REJECT, SUPPLIER, APPROVE), BOARD, true, 0, 2))
                .isEqualTo(BoardOutcome.REJECTED);
    }

    @Test
    void the_chair_never_decides_when_everybody_voted_in_time() {
        assertThat(BoardRule.decide(votes(CUSTOMER, REJECT, CUSTOMER, REJECT, SUPPLIER, APPROVE, SUPPLIER, APPROVE),
                BOARD, false, 0, 2)).isEqualTo(BoardOutcome.REJECTED);
        assertThat(BoardRule.decide(List.of(), BOARD, false, 0, 2)).isEqualTo(BoardOutcome.REJECTED);
    }

    @Test
    void partner_votes_count_towards_the_majority_but_not_as_either_sides_approval() {
        Map<Side, Integer> withPartner = Map.of(CUSTOMER, 1, SUPPLIER, 1, PARTNER, 1);
        assertThat(BoardRule.decide(votes(PARTNER, APPROVE, SUPPLIER, APPROVE, CUSTOMER, REJECT), withPartner, false,
                0, 2)).isEqualTo(BoardOutcome.REJECTED);
        assertThat(BoardRule.decide(votes(PARTNER, REJECT, SUPPLIER, APPROVE, CUSTOMER, APPROVE), withPartner, false,
                0, 2)).isEqualTo(BoardOutcome.APPROVED);
    }

    private static BoardOutcome decide(List<CastVote> votes) {
        return BoardRule.decide(votes, BOARD, false, 0, 2);
    }

    private static List<CastVote> votes(Object... sideAndDecision) {
        List<CastVote> votes = new ArrayList<>();
        for (int i = 0; i < sideAndDecision.length; i += 2) {
            votes.add(new CastVote("voter" + i, (Side) sideAndDecision[i], (VoteDecision) sideAndDecision[i + 1]));
        }
        return votes;
    }
}
