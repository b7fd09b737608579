package io.fruition.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;

import io.fruition.review.BoardOutcome;
import io.fruition.review.VoteDecision;
import io.fruition.shared.InvalidInputException;

/** Each kind of process variable reads what clients send, refuses what it cannot read, and writes one way. */
class ProcessVariableTest {

    @Test
    void a_choice_reads_its_enum_and_refuses_any_other_word_with_the_field_it_belongs_to() {
        assertThat(IdeaProcess.VOTE.from(Map.of("vote", "APPROVE"))).isEqualTo(VoteDecision.APPROVE);
        assertThat(IdeaProcess.VOTE.from(Map.of("vote", " "))).as("blank is not given").isNull();
        assertThatThrownBy(() -> IdeaProcess.VOTE.from(Map.of("vote", "MAYBE")))
                .isInstanceOf(InvalidInputException.class).hasMessage("'MAYBE' is not a valid choice for a vote.");
    }

    @Test
    void numbers_typed_in_forms_are_read_from_numbers_or_text_and_refused_in_words() {
        assertThat(IdeaProcess.BENEFIT_LIKELY.from(Map.of("benefitLikely", 60000L))).isEqualTo(new BigDecimal("60000"));
        assertThat(IdeaProcess.BENEFIT_LIKELY.from(Map.of("benefitLikely", " 12.5 "))).isEqualTo(new BigDecimal("12.5"));
        assertThatThrownBy(() -> IdeaProcess.BENEFIT_LIKELY.from(Map.of("benefitLikely", "lots")))
                .isInstanceOf(InvalidInputException.class).hasMessage("'lots' is not a number (benefitLikely).");
        assertThat(IdeaProcess.EFFORT_DAYS.from(Map.of("effortDays", 20.0))).isEqualTo(20);
        assertThatThrownBy(() -> IdeaProcess.EFFORT_DAYS.from(Map.of("effortDays", 2.5)))
                .isInstanceOf(InvalidInputException.class).hasMessage("'2.5' is not a whole number (effortDays).");
        assertThat(IdeaProcess.DELIVERY_TARGET_DATE.from(Map.of("deliveryTargetDate", "2027-03-31T00:00:00")))
                .isEqualTo(LocalDate.of(2027, 3, 31));
        assertThatThrownBy(() -> IdeaProcess.DELIVERY_TARGET_DATE.from(Map.of("deliveryTargetDate", "soon")))
                .isInstanceOf(InvalidInputException.class).hasMessage("'soon' is not a date like 2027-03-31.");
    }

    @Test
    void what_a_person_must_give_is_asked_for_and_what_the_process_sets_is_expected() {
        VariableScope scope = mock(VariableScope.class);
        assertThatThrownBy(() -> IdeaProcess.VOTE.required(scope, "Choose a vote."))
                .isInstanceOf(InvalidInputException.class).hasMessage("Choose a vote.");
        assertThatThrownBy(() -> IdeaProcess.IDEA_ID.expected(scope))
                .isInstanceOf(IllegalStateException.class).hasMessage("The process has no ideaId.");
        assertThat(IdeaProcess.REVIEW_ROUND.from(scope, 0)).isZero();
        when(scope.getVariable("ideaId")).thenReturn(7);
        assertThat(IdeaProcess.IDEA_ID.expected(scope)).isEqualTo(7L);
    }

    @Test
    void enums_are_written_by_name_amounts_as_doubles_and_lists_as_plain_lists() {
        VariableScope scope = mock(VariableScope.class);
        IdeaProcess.BOARD_OUTCOME.on(scope).set(BoardOutcome.APPROVED);
        verify(scope).setVariable("boardOutcome", "APPROVED");
        IdeaProcess.MUTUAL_VALUE_SCORE.on(scope).set(new BigDecimal("41.25"));
        verify(scope).setVariable("mutualValueScore", 41.25);
        IdeaProcess.VOTERS.on(scope).set(List.of("carl", "sue"));
        verify(scope).setVariable("voters", new ArrayList<>(List.of("carl", "sue")));
        IdeaProcess.VOTES_SUMMARY.on(scope).setLocal("2 approvals");
        verify(scope).setVariableLocal("votesSummary", "2 approvals");
    }
}
