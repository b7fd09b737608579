package io.fruition.process.history;

import static io.fruition.process.IdeaProcess.Element.ESTIMATE_CUSTOMER_VALUE;
import static io.fruition.process.IdeaProcess.Element.ESTIMATE_SUPPLIER_VALUE;
import static io.fruition.process.IdeaProcess.Element.SCREEN_IDEA;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.fruition.idea.IdeaSubmission;
import io.fruition.idea.Ideas;
import io.fruition.process.IdeaProcess.Var;
import io.fruition.process.IdeaWithdrawal;
import io.fruition.process.task.ProcessSteps;
import io.fruition.process.history.ProcessHistory.Step;
import io.fruition.support.Estimates;

/**
 * What the product shows of an idea's past outlives the engine's history: ideas whose processes ended more than
 * the history time-to-live ago are cleaned up by the engine's own history cleanup, and their timeline, their
 * diagram and the portfolio's time in each stage are exactly what they were before; what Fruition keeps is what
 * the engine recorded, step by step; and an upgrade copies what the engine knew before Fruition kept it.
 */
public abstract class HistoryCleanupScenarios {

    @Autowired
    Ideas ideas;
    @Autowired
    ProcessSteps steps;
    @Autowired
    IdeaWithdrawal withdrawal;
    @Autowired
    ProcessHistory history;
    @Autowired
    ProcessDiagram diagram;
    @Autowired
    StageTimes stageTimes;
    @Autowired
    HistoryService engineHistory;
    @Autowired
    ManagementService management;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    /** What the idea page and the portfolio show of these ideas. */
    record Shown(List<List<Step>> timelines, List<String> diagrams, List<StageTimes.StageTime> stages) {
    }

    @Test
    void ideas_older_than_the_history_time_to_live_keep_their_timeline_diagram_and_stage_times_after_cleanup() {
        Instant longAgo = Instant.now().minus(Duration.ofDays(400));
        ClockUtil.setCurrentTime(Date.from(longAgo));
        String rejected = submit("Cleaned up, rejected");
        steps.complete("nora", rejected, SCREEN_IDEA, Map.of(Var.SCREENING_DECISION, "REJECT",
                Var.REJECTION_REASON, "Covered by the contract already."));
        ClockUtil.setCurrentTime(Date.from(longAgo.plus(Duration.ofHours(1))));
        String withdrawn = submit("Cleaned up, withdrawn");
        ClockUtil.setCurrentTime(Date.from(longAgo.plus(Duration.ofHours(5))));
        steps.complete("nora", withdrawn, SCREEN_IDEA, Map.of(Var.SCREENING_DECISION, "ACCEPT"));
        ClockUtil.setCurrentTime(Date.from(longAgo.plus(Duration.ofDays(2))));
        steps.complete("carl", withdrawn, ESTIMATE_CUSTOMER_VALUE, Estimates.typical());
        ClockUtil.setCurrentTime(Date.from(longAgo.plus(Duration.ofDays(3))));
        steps.complete("steve", withdrawn, ESTIMATE_SUPPLIER_VALUE, Estimates.typical());
        withdrawal.withdraw("pat", withdrawn); // the board's open votes are cancelled
        ClockUtil.reset();
        List<String> mine = List.of(rejected, withdrawn);
        Instant from = longAgo.minus(Duration.ofDays(1));
        Instant to = longAgo.plus(Duration.ofDays(10));

        Shown before = shown(mine, from, to);
        assertThat(before.timelines().get(1)).extracting(Step::stepKey)
                .as("the withdrawn idea's timeline, without the votes its withdrawal cancelled")
                .containsExactly(SCREEN_IDEA, ESTIMATE_CUSTOMER_VALUE, ESTIMATE_SUPPLIER_VALUE);
        assertThat(before.timelines()).allSatisfy(t -> assertThat(t).allMatch(s -> !s.open()));
        assertThat(before.stages()).filteredOn(s -> s.stage().equals("Screening")).singleElement()
                .satisfies(s -> assertThat(s.completed()).isEqualTo(2));
        assertThat(before.diagrams()).allSatisfy(svg -> assertThat(svg).contains("passed"));
        long othersBefore = engineHistory.createHistoricProcessInstanceQuery().count();

        runTheEnginesHistoryCleanup(mine);

        assertThat(mine).as("the engine's history of these ideas is gone").allSatisfy(number -> assertThat(
                engineHistory.createHistoricProcessInstanceQuery().processInstanceBusinessKey(number).count()).isZero());
        assertThat(engineHistory.createHistoricProcessInstanceQuery().count()).as("and only theirs")
                .isEqualTo(othersBefore - 2);
        assertThat(shown(mine, from, to)).as("and the product shows the same").isEqualTo(before);
    }

    @Test
    void every_step_kept_is_the_step_the_engine_recorded() {
        String number = submit("Kept like the engine");
        steps.complete("nora", number, SCREEN_IDEA, Map.of(Var.SCREENING_DECISION, "ACCEPT"));
        steps.complete("carl", number, ESTIMATE_CUSTOMER_VALUE, Estimates.typical());

        List<Step> kept = history.stepsOf(number);
        // The engine's record of the same steps: its activity instances, with their tasks' names and due dates.
        Map<String, HistoricTaskInstance> tasks = new HashMap<>();
        engineHistory.createHistoricTaskInstanceQuery().processInstanceBusinessKey(number).list()
                .forEach(t -> tasks.put(t.getId(), t));
        String instance = engineHistory.createHistoricProcessInstanceQuery().processInstanceBusinessKey(number)
                .singleResult().getId();
        List<Step> recorded = engineHistory.createHistoricActivityInstanceQuery().processInstanceId(instance)
                .activityType("userTask").list().stream()
                .map(a -> new Step(tasks.get(a.getTaskId()).getName(), a.getActivityId(), a.getAssignee(),
                        a.getStartTime().toInstant(), a.getEndTime() == null ? null : a.getEndTime().toInstant(),
                        tasks.get(a.getTaskId()).getDueDate().toInstant()))
                .toList();
        List<Long> durations = jdbc.sql("select duration_ms from step_visit where idea_number = ? and ended_at is not null"
                + " order by activity_instance_id").param(number).query(Long.class).list();
        List<Long> engineDurations = engineHistory.createHistoricActivityInstanceQuery().processInstanceId(instance)
                .finished().list().stream().sorted(Comparator.comparing(a -> a.getId()))
                .map(a -> a.getDurationInMillis()).toList();

        assertThat(kept).hasSize(3).containsExactlyInAnyOrderElementsOf(recorded);
        assertThat(durations).as("every finished step's duration").isEqualTo(engineDurations).doesNotContainNull();
        assertThat(kept).filteredOn(Step::open).extracting(Step::stepKey).containsExactly(ESTIMATE_SUPPLIER_VALUE);
        assertThat(kept.get(0).due()).as("the screening SLA").isNotNull();
        assertThat(kept.get(0).assignee()).isEqualTo("nora");
    }

    @Test
    void an_upgrade_copies_what_the_engine_knew_before_fruition_kept_it_and_only_once() throws Exception {
        String number = submit("Known to the engine only");
        steps.complete("nora", number, SCREEN_IDEA, Map.of(Var.SCREENING_DECISION, "ACCEPT"));
        List<Step> timeline = history.stepsOf(number);
        String svg = diagram.svgOf(number).orElseThrow();
        long visits = jdbc.sql("select count(*) from step_visit where idea_number = ?").param(number).query(Long.class)
                .single();
        jdbc.sql("delete from step_visit where idea_number = ?").param(number).update();
        assertThat(history.stepsOf(number)).isEmpty();

        try (Connection connection = dataSource.getConnection()) {
            assertThat(StepVisitsFromHistory.copy(connection)).isEqualTo(visits);
            assertThat(StepVisitsFromHistory.copy(connection)).as("a second run copies nothing").isZero();
        }

        assertThat(history.stepsOf(number)).isEqualTo(timeline);
        assertThat(diagram.svgOf(number)).hasValue(svg);
    }

    private Shown shown(List<String> numbers, Instant from, Instant to) {
        return new Shown(numbers.stream().map(history::stepsOf).toList(),
                numbers.stream().map(n -> diagram.svgOf(n).orElseThrow()).toList(),
                stageTimes.timeInStages("NG", from, to));
    }

    /** The engine's own cleanup job, run now (the nightly window is not waited for) until these ideas are gone. */
    private void runTheEnginesHistoryCleanup(List<String> numbers) {
        Job cleanup = engineHistory.cleanUpHistoryAsync(true);
        for (int run = 0; run < 10 && engineHistory.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKeyIn(numbers.toArray(String[]::new)).count() > 0; run++) {
            management.executeJob(cleanup.getId());
        }
    }

    private String submit(String title) {
        return ideas.submit("pat", new IdeaSubmission("NG", title + " " + System.nanoTime(), "Old ideas lose their past.",
                "Keep it.", null)).getNumber();
    }
}
