package io.fruition.process.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.fruition.partnership.LifecycleSettings;

/** Every deadline of the lifecycle is read from the partnership's settings, each from its own setting. */
class LifecycleTimersTest {

    /** Each setting a different number, so a method that reads the wrong one gives the wrong date. */
    private static final LifecycleSettings DISTINCT = new LifecycleSettings(1, 2, 3, 4, 5, 6, 2, 7, 8, 9, 11, 12, 13);
    private final LifecycleTimers timers = new LifecycleTimers(p -> DISTINCT);

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private static Date at(int day, int hour) {
        return Date.from(LocalDateTime.of(2026, 11, day, hour, 0).atZone(ZoneId.systemDefault()).toInstant());
    }

    @Test
    void each_task_deadline_counts_its_own_setting_in_working_days_and_each_period_in_days() {
        ClockUtil.setCurrentTime(at(2, 9)); // a Monday
        Map<String, Function<String, Date>> dues = Map.of(
                "screening (1)", timers::screeningDue, "estimate (7)", timers::estimateDue,
                "chair (8)", timers::chairDecisionDue, "sponsors (9)", timers::sponsorDecisionDue,
                "plan (11)", timers::deliveryPlanDue, "acceptance (12)", timers::acceptanceDue,
                "benefit (13)", timers::benefitRecordDue);
        Map<String, Date> expected = Map.of(
                "screening (1)", at(3, 9), "estimate (7)", at(11, 9), "chair (8)", at(12, 9),
                "sponsors (9)", at(13, 9), "plan (11)", at(17, 9), "acceptance (12)", at(18, 9),
                "benefit (13)", at(19, 9));
        dues.forEach((what, due) -> assertThat(due.apply("NG")).as(what).isEqualTo(expected.get(what)));

        assertThat(timers.clarificationDue("NG")).isEqualTo(at(4, 9));
        assertThat(timers.boardVoteDeadline("NG")).isEqualTo(at(5, 9));
        assertThat(timers.progressReportDue("NG")).isEqualTo(at(6, 9));
        assertThat(timers.progressReportOverdue("NG")).isEqualTo(at(9, 9));
        assertThat(timers.parkPeriod("NG")).isEqualTo("P6D");
        assertThat(timers.benefitsReviewPeriod("NG")).isEqualTo("P5D");
        assertThat(List.of(timers.parkDays("NG"), timers.clarificationDays("NG"), timers.benefitsReviewDays("NG")))
                .containsExactly(6, 2, 5);
    }

    @Test
    void no_user_task_in_the_models_has_a_fixed_due_date() {
        int dated = 0;
        for (String model : List.of("bpmn/idea-lifecycle.bpmn", "bpmn/idea-delivery.bpmn")) {
            for (UserTask task : Bpmn.readModelFromFile(new File(model)).getModelElementsByType(UserTask.class)) {
                String due = task.getCamundaDueDate();
                if (due != null) {
                    dated++;
                    assertThat(due).as(model + " " + task.getId() + " asks the partnership's settings by name")
                            .matches("\\$\\{lifecycle\\.[a-zA-Z]+Due\\(partnership\\)}|\\$\\{votingDeadline}");
                }
            }
        }
        assertThat(dated).as("the models' dated tasks were found").isGreaterThanOrEqualTo(12);
    }
}
