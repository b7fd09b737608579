package io.fruition.process.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.fruition.partnership.LifecycleSettings;

/** Every deadline of the lifecycle is read from the partnership's settings, each from its own setting. */
class LifecycleTimersTest {

    /** Each setting a different number, so a method that reads the wrong one gives the wrong date. */
    private static final LifecycleSettings DISTINCT = new LifecycleSettings(1, 2, 3, 4, 5, 6, 2, 7, 8, 9, 11, 12, 13, 14);
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
        assertThat(timers.progressReportOverdue("NG")).as("report (4) + escalation (14)").isEqualTo(at(20, 9));
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

    @Test
    void no_timer_in_the_lifecycle_waits_a_fixed_time_and_no_model_or_form_says_a_fixed_number_of_days()
            throws IOException {
        int timers = 0;
        for (String model : List.of("bpmn/idea-lifecycle.bpmn", "bpmn/idea-delivery.bpmn")) {
            for (TimerEventDefinition timer : Bpmn.readModelFromFile(new File(model))
                    .getModelElementsByType(TimerEventDefinition.class)) {
                timers++;
                String when = timer.getTimeCycle() != null ? timer.getTimeCycle().getTextContent()
                        : timer.getTimeDate() != null ? timer.getTimeDate().getTextContent()
                                : timer.getTimeDuration().getTextContent();
                assertThat(when).as(model + " " + ((BaseElement) timer.getParentElement()).getId()
                        + " asks the partnership's settings by name (or checks daily while the work runs)")
                        .matches("\\$\\{lifecycle\\.[a-zA-Z]+\\(partnership\\)}|\\$\\{votingDeadline}|R/P1D");
            }
        }
        assertThat(timers).as("the models' timers were found").isGreaterThanOrEqualTo(8);
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("bpmn")), Files.list(Path.of("forms")))) {
            for (Path file : files.filter(f -> f.toString().matches(".*\\.(bpmn|form)$")).toList()) {
                String text = Files.readString(file);
                assertThat(text).as(file + " reads variables through typed accessors or by name")
                        .doesNotContain("getVariable(");
                // What people read (form text, task names) says the partnership's own periods; the models'
                // documentation may say the defaults ("14 days unless set otherwise").
                String shown = text.replaceAll("(?s)<bpmn:documentation>.*?</bpmn:documentation>", "");
                assertThat(shown).as(file + " says the partnership's own periods through variables")
                        .doesNotContainPattern("\\b[0-9]+ (working )?days\\b");
            }
        }
    }
}
