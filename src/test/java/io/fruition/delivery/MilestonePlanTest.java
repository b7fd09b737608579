package io.fruition.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Reading the milestones a delivery owner types, one per line. */
class MilestonePlanTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final LocalDate TARGET = LocalDate.of(2027, 3, 31);

    @Test
    void each_line_is_a_date_and_a_title_with_blank_lines_and_separators_allowed() {
        MilestonePlan.Parsed plan = MilestonePlan.parse("2026-12-15 Pilot at two sites\n\n2027-01-20: Roll-out\r\n"
                + "2027-03-31 - Hand-over", TODAY, TARGET);

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.milestones()).extracting(MilestonePlan.Milestone::title)
                .containsExactly("Pilot at two sites", "Roll-out", "Hand-over");
        assertThat(plan.milestones().get(0).dueOn()).isEqualTo(LocalDate.of(2026, 12, 15));
    }

    @Test
    void every_bad_line_is_named_by_its_number() {
        MilestonePlan.Parsed plan = MilestonePlan.parse("2026-12-15 Pilot\n15.12.2026 Pilot\n2026-02-30 Feb\n"
                + "2026-11-01 Too late\n2027-06-01 After the target\n2026-12-20 ab", TODAY, TARGET);

        assertThat(plan.problems()).containsExactly(
                "Milestone 2: '15.12.2026 Pilot' does not start with a date like 2026-12-15.",
                "Milestone 3: 2026-02-30 is not a date of the calendar.",
                "Milestone 4: the milestone is due on 1 Nov 2026, which is in the past.",
                "Milestone 5: the milestone is due on 1 Jun 2027, after the target date 31 Mar 2027.",
                "Milestone 6: a milestone title has 3 to 200 characters.");
    }

    @Test
    void a_plan_needs_at_least_one_milestone() {
        assertThat(MilestonePlan.parse("  \n", TODAY, TARGET).problems())
                .containsExactly("Plan at least one milestone: a due date and a title.");
        assertThat(MilestonePlan.parse(null, TODAY, TARGET).problems()).hasSize(1);
    }

    @Test
    void a_plan_has_at_most_thirty_milestones() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 31; i++) {
            text.append("2027-01-").append(String.format("%02d", i)).append(" Step ").append(i).append('\n');
        }
        assertThat(MilestonePlan.parse(text.toString(), TODAY, TARGET).problems())
                .containsExactly("A plan has at most 30 milestones; this one has 31.");
    }
}
