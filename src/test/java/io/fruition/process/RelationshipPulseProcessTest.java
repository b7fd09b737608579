package io.fruition.process;

import static io.fruition.process.PulseProcess.Element.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.fruition.process.PulseProcess.Var;

/** Walks every path of bpmn/relationship-pulse.bpmn: one round of a partnership's pulse and its action plan. */
@Deployment(resources = "bpmn/relationship-pulse.bpmn")
class RelationshipPulseProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.withFullCoverage("relationship-pulse-tests");

    private final PulseFakes fakes = new PulseFakes();

    @BeforeEach
    void registerFakes() {
        // Monday 7 December 2026, 9:00.
        ClockUtil.setCurrentTime(LifecycleFakes.at(2026, 12, 7, 9));
        fakes.register();
        BpmnAwareTests.init(engine.getProcessEngine());
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void a_round_asks_the_suppliers_predictors_first_and_then_every_customer_member() {
        ProcessInstance round = start("NG", 4);

        List<Task> predictions = tasks(round, PREDICT_VIEW);
        assertThat(predictions).extracting(Task::getAssignee).containsExactlyInAnyOrder("sam", "mia");
        assertThat(predictions).allSatisfy(t -> assertThat(t.getDueDate())
                .as("5 working days").isEqualTo(LifecycleFakes.at(2026, 12, 14, 9)));
        assertThat(tasks(round, RATE_PARTNERSHIP)).as("the customer is not asked before the predictions").isEmpty();
        predictions.forEach(t -> complete(t, prediction()));

        List<Task> ratings = tasks(round, RATE_PARTNERSHIP);
        assertThat(ratings).extracting(Task::getAssignee).containsExactlyInAnyOrder("carl", "cathy", "nora");
        assertThat(ratings).allSatisfy(t -> assertThat(t.getDueDate())
                .as("10 working days").isEqualTo(LifecycleFakes.at(2026, 12, 21, 9)));
        assertThat(fakes.calls).containsSubsequence("pulse.prepare", "pulse.predicted:mia", "pulse.open");
    }

    @Test
    void predictions_and_answers_are_confidential_steps_so_the_engine_keeps_none_of_their_values() {
        ProcessInstance round = start("NG", 5);
        BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(round.getProcessDefinitionId());
        assertThat(List.of(PREDICT_VIEW, RATE_PARTNERSHIP)).allSatisfy(step -> {
            assertThat(property(model, step, "confidential")).as(step).isTrue();
            assertThat(property(model, step, "personal")).as(step + " is nobody else's to answer").isTrue();
        });
        assertThat(List.of(RESPOND_WITH_PLAN, AGREE_PLAN, CARRY_OUT_ACTION))
                .allSatisfy(step -> assertThat(property(model, step, "confidential")).as(step).isFalse());
    }

    @Test
    void the_predictions_close_on_time_and_the_round_opens_with_those_made() {
        ProcessInstance round = start("NG", 6);
        complete(tasks(round, PREDICT_VIEW).get(0), prediction());

        ClockUtil.setCurrentTime(LifecycleFakes.at(2026, 12, 14, 10));
        fire(round, PREDICTIONS_CLOSE);

        assertThat(round).hasPassed(OPEN_ROUND).isWaitingAt(RATE_PARTNERSHIP);
        assertThat(tasks(round, PREDICT_VIEW)).as("a late prediction is locked out").isEmpty();
    }

    @Test
    void those_who_have_not_answered_are_reminded_three_working_days_before_the_round_closes() {
        ProcessInstance round = opened("NG", 7);
        complete(tasks(round, RATE_PARTNERSHIP).get(0), rating());

        Job reminder = job(round, REMINDER_DUE);
        assertThat(reminder.getDuedate()).isEqualTo(LifecycleFakes.at(2026, 12, 16, 9));
        ClockUtil.setCurrentTime(LifecycleFakes.at(2026, 12, 16, 10));
        fire(round, REMINDER_DUE);

        assertThat(round).hasPassed(REMIND_RESPONDENTS).isWaitingAt(RATE_PARTNERSHIP);
        assertThat(tasks(round, RATE_PARTNERSHIP)).hasSize(2);
        assertThat(fakes.calls).contains("pulseAlerts.remind");
    }

    @Test
    void a_round_everyone_answered_with_nothing_to_answer_closes_and_ends() {
        fakes.concern = false;
        ProcessInstance round = opened("NG", 8);

        tasks(round, RATE_PARTNERSHIP).forEach(t -> complete(t, rating()));

        assertThat(round).hasPassed(CLOSE_ROUND, NOTHING_TO_ANSWER).isEnded();
        assertThat(fakes.calls).containsSubsequence("pulse.answered:carl", "pulse.close");
    }

    @Test
    void at_its_deadline_the_round_closes_with_the_answers_given_and_a_concern_asks_for_an_action_plan() {
        ProcessInstance round = opened("NG", 9);
        complete(tasks(round, RATE_PARTNERSHIP).get(0), rating());

        ClockUtil.setCurrentTime(LifecycleFakes.at(2026, 12, 21, 10));
        fire(round, ROUND_CLOSES);

        assertThat(round).hasPassed(CLOSE_ROUND).isWaitingAt(RESPOND_WITH_PLAN);
        assertThat(tasks(round, RATE_PARTNERSHIP)).as("a late answer is not taken").isEmpty();
        Task plan = task(round, RESPOND_WITH_PLAN);
        assertThat(plan).hasCandidateGroup("NG-ACCOUNT_MANAGER-SUPPLIER");
        assertThat(plan.getDueDate()).as("10 working days").isEqualTo(LifecycleFakes.at(2027, 1, 4, 10));
    }

    @Test
    void a_plan_nobody_takes_on_within_two_working_days_is_escalated_and_stays_open() {
        ProcessInstance round = closedWithConcern("NG", 10);
        Job escalation = job(round, PLAN_NOT_TAKEN_ON);
        assertThat(escalation.getDuedate()).isEqualTo(LifecycleFakes.at(2026, 12, 23, 10));

        ClockUtil.setCurrentTime(LifecycleFakes.at(2026, 12, 23, 11));
        fire(round, PLAN_NOT_TAKEN_ON);

        assertThat(round).hasPassed(ESCALATE_PLAN).isWaitingAt(RESPOND_WITH_PLAN);
        assertThat(fakes.calls).contains("pulseAlerts.planNotTakenOn");
    }

    @Test
    void the_customers_lead_sends_the_plan_back_for_changes_then_agrees_it_and_each_action_goes_to_its_owner() {
        ProcessInstance round = closedWithConcern("NG", 11);
        complete(task(round, RESPOND_WITH_PLAN), plan());

        Task agree = task(round, AGREE_PLAN);
        assertThat(agree).hasCandidateGroup("NG-INNOVATION_LEAD-CUSTOMER");
        complete(agree, withVariables(Var.PLAN_AGREEMENT, "CHANGES", Var.REQUESTED_CHANGES, "Name a date for the call."));
        assertThat(round).isWaitingAt(RESPOND_WITH_PLAN);
        complete(task(round, RESPOND_WITH_PLAN), plan());
        complete(task(round, AGREE_PLAN), withVariables(Var.PLAN_AGREEMENT, "AGREE"));

        List<Task> actions = tasks(round, CARRY_OUT_ACTION);
        assertThat(actions).extracting(Task::getAssignee).containsExactlyInAnyOrder("dave", "sam");
        assertThat(actions).allSatisfy(t -> assertThat(t.getDueDate()).isEqualTo(LifecycleFakes.at(2026, 12, 18, 17)));
        assertThat(fakes.calls).containsSubsequence("pulse.planSubmitted", "pulse.planDecided:CHANGES",
                "pulse.planSubmitted", "pulse.planDecided:AGREE", "pulse.trackAction:11");
    }

    @Test
    void an_overdue_action_is_escalated_and_when_every_action_is_done_every_concern_is_answered() {
        ProcessInstance round = closedWithConcern("NG", 12);
        complete(task(round, RESPOND_WITH_PLAN), plan());
        complete(task(round, AGREE_PLAN), withVariables(Var.PLAN_AGREEMENT, "AGREE"));

        ClockUtil.setCurrentTime(LifecycleFakes.at(2026, 12, 19, 10));
        List<Job> overdue = engine.getManagementService().createJobQuery().processInstanceId(round.getId())
                .activityId(ACTION_OVERDUE).executable().list();
        assertThat(overdue).hasSize(2);
        engine.getManagementService().executeJob(overdue.get(0).getId());
        assertThat(round).hasPassed(ESCALATE_ACTION).isWaitingAt(CARRY_OUT_ACTION);
        assertThat(fakes.calls).anyMatch(c -> c.startsWith("pulseAlerts.actionOverdue:"));

        tasks(round, CARRY_OUT_ACTION).forEach(t -> complete(t, withVariables(Var.ACTION_NOTE, "Done as agreed.")));

        assertThat(round).hasPassed(ALL_ANSWERED).isEnded();
        assertThat(fakes.calls).endsWith("pulse.planDone");
    }

    @Test
    void every_round_and_its_tasks_belong_to_the_tenant_of_its_partnership() {
        start("NG", 13);
        start("IR", 1);

        assertThat(engine.getTaskService().createTaskQuery().tenantIdIn("IR").count()).isEqualTo(2);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().tenantIdIn("NG").count()).isEqualTo(1);
    }

    private ProcessInstance start(String partnership, int number) {
        return engine.getRuntimeService().startProcessInstanceByKey(PulseProcess.KEY,
                PulseProcess.businessKey(partnership, number), Map.of(Var.PARTNERSHIP, partnership,
                        Var.ROUND_ID, (long) number, Var.ROUND_NUMBER, number));
    }

    private ProcessInstance opened(String partnership, int number) {
        ProcessInstance round = start(partnership, number);
        tasks(round, PREDICT_VIEW).forEach(t -> complete(t, prediction()));
        return round;
    }

    private ProcessInstance closedWithConcern(String partnership, int number) {
        ProcessInstance round = opened(partnership, number);
        ClockUtil.setCurrentTime(LifecycleFakes.at(2026, 12, 21, 10));
        tasks(round, RATE_PARTNERSHIP).forEach(t -> complete(t, rating()));
        return round;
    }

    private static Map<String, Object> prediction() {
        return withVariables("valueScore", 7L, "innovationScore", 6L, "understandingScore", 7L,
                "responsivenessScore", 8L, "deliveryScore", 7L, Var.CONFIDENCE, "MEDIUM");
    }

    private static Map<String, Object> rating() {
        return withVariables("valueScore", 5L, "innovationScore", 4L, "understandingScore", 6L,
                "responsivenessScore", 4L, "deliveryScore", 7L, Var.MAY_QUOTE, false);
    }

    private static Map<String, Object> plan() {
        return withVariables(Var.PLAN_SUMMARY, "We heard you: we answer faster.");
    }

    private static boolean property(BpmnModelInstance model, String step, String name) {
        FlowElement element = model.getModelElementById(step);
        return element.getExtensionElements() != null && element.getExtensionElements().getElementsQuery()
                .filterByType(CamundaProperties.class).list().stream()
                .flatMap(p -> p.getCamundaProperties().stream())
                .anyMatch(p -> name.equals(p.getCamundaName()) && "true".equals(p.getCamundaValue()));
    }

    private Task task(ProcessInstance instance, String activityId) {
        List<Task> found = tasks(instance, activityId);
        assertThat(found).as("open tasks at " + activityId).hasSize(1);
        return found.get(0);
    }

    private List<Task> tasks(ProcessInstance instance, String activityId) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(activityId).list();
    }

    private Job job(ProcessInstance instance, String activityId) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(activityId).singleResult();
    }

    private void fire(ProcessInstance instance, String activityId) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(activityId).executable().singleResult();
        assertThat(job).as("a due timer at " + activityId).isNotNull();
        engine.getManagementService().executeJob(job.getId());
    }
}
