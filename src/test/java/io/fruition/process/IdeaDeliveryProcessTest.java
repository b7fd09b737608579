package io.fruition.process;

import static io.fruition.process.IdeaProcess.DeliveryElement.*;
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
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.fruition.process.IdeaProcess.Var;

/** Walks every path of bpmn/idea-delivery.bpmn, the delivery process the idea lifecycle calls. */
@Deployment(resources = "bpmn/idea-delivery.bpmn")
class IdeaDeliveryProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.withFullCoverage("idea-delivery-tests");

    private final LifecycleFakes fakes = new LifecycleFakes();

    @BeforeEach
    void registerFakes() {
        ClockUtil.setCurrentTime(LifecycleFakes.at(2026, 11, 23, 9));
        fakes.register();
        // Several test engines live in this JVM; the assertions must use this class's.
        BpmnAwareTests.init(engine.getProcessEngine());
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void a_delivery_owner_of_the_partnership_plans_it_and_then_owns_the_progress_reports() {
        ProcessInstance delivery = start("NG", 1L);

        Task plan = task(delivery, PLAN_DELIVERY);
        assertThat(plan).hasCandidateGroup("NG-DELIVERY_OWNER");
        assertThat(plan.getTenantId()).isEqualTo("NG");
        complete(plan, withVariables(Var.DELIVERY_TARGET_DATE, "2027-03-31", Var.MILESTONES, "2027-01-15 Pilot"));

        Task report = task(delivery, REPORT_PROGRESS);
        assertThat(report).isAssignedTo("dave");
        assertThat(report.getDueDate()).isEqualTo(LifecycleFakes.at(2026, 12, 7, 9));
        assertThat(fakes.calls).contains("delivery.planned");
        assertThat(fakes.statuses).as("in delivery once the plan is agreed").containsExactly("IN_DELIVERY");
    }

    @Test
    void progress_is_reported_until_the_owner_declares_the_delivery_complete_and_the_customer_accepts() {
        ProcessInstance delivery = planned("NG", 2L);

        report(delivery, false);
        assertThat(delivery).isWaitingAt(REPORT_PROGRESS);
        report(delivery, true);

        Task accept = task(delivery, ACCEPT_DELIVERY);
        assertThat(accept).hasCandidateGroup("NG-INNOVATION_LEAD-CUSTOMER");
        complete(accept, withVariables(Var.ACCEPTANCE, "ACCEPT", Var.ACCEPTANCE_NOTE, "Works at both depots."));

        assertThat(delivery).hasPassed(DELIVERY_ACCEPTED).isEnded();
        assertThat(fakes.calls).containsSubsequence("delivery.reported", "delivery.reported",
                "delivery.acceptanceDecided:ACCEPT");
    }

    @Test
    void a_delivery_sent_back_by_the_customer_returns_to_progress_reporting() {
        ProcessInstance delivery = planned("NG", 3L);
        report(delivery, true);

        complete(task(delivery, ACCEPT_DELIVERY), withVariables(Var.ACCEPTANCE, "RETURN", Var.RETURN_REASONS,
                "The second depot still reads meters by hand."));

        assertThat(delivery).isWaitingAt(REPORT_PROGRESS);
        assertThat(task(delivery, REPORT_PROGRESS)).isAssignedTo("dave");
    }

    @Test
    void a_missing_report_brings_a_reminder_when_due_and_an_escalation_three_days_later() {
        ProcessInstance delivery = planned("NG", 4L);

        ClockUtil.setCurrentTime(LifecycleFakes.at(2026, 12, 7, 10));
        fire(delivery, REPORT_DUE);
        assertThat(delivery).hasPassed(REMIND_REPORT).isWaitingAt(REPORT_PROGRESS);
        assertThat(fakes.calls).contains("deliveryAlerts.reportDue").doesNotContain("deliveryAlerts.reportOverdue");

        ClockUtil.setCurrentTime(LifecycleFakes.at(2026, 12, 10, 10));
        fire(delivery, REPORT_OVERDUE);
        assertThat(delivery).hasPassed(ESCALATE_REPORT).isWaitingAt(REPORT_PROGRESS);
        assertThat(fakes.calls).contains("deliveryAlerts.reportOverdue");
    }

    @Test
    void milestones_are_checked_every_day_while_the_delivery_runs() {
        ProcessInstance delivery = planned("NG", 5L);

        ClockUtil.setCurrentTime(LifecycleFakes.at(2026, 11, 24, 10));
        fire(delivery, MILESTONE_CHECK);
        assertThat(delivery).hasPassed(ESCALATE_MILESTONES).isWaitingAt(REPORT_PROGRESS);
        assertThat(fakes.calls).contains("deliveryAlerts.overdueMilestones");

        Job next = engine.getManagementService().createJobQuery().processInstanceId(delivery.getId())
                .activityId(MILESTONE_CHECK).singleResult();
        // The cycle keeps its own rhythm: every day at the hour the delivery started.
        assertThat(next.getDuedate()).isEqualTo(LifecycleFakes.at(2026, 11, 25, 9));
    }

    private ProcessInstance start(String partnership, long ideaId) {
        return engine.getRuntimeService().startProcessInstanceByKey(IdeaProcess.DELIVERY_KEY, partnership + "-" + ideaId,
                Map.of(Var.IDEA_ID, ideaId, Var.IDEA_NUMBER, partnership + "-" + ideaId, Var.IDEA_TITLE, "An idea",
                        Var.PARTNERSHIP, partnership, Var.SUBMITTER, "pat"));
    }

    private ProcessInstance planned(String partnership, long ideaId) {
        ProcessInstance delivery = start(partnership, ideaId);
        complete(task(delivery, PLAN_DELIVERY), withVariables(Var.DELIVERY_TARGET_DATE, "2027-03-31",
                Var.MILESTONES, "2027-01-15 Pilot"));
        return delivery;
    }

    private void report(ProcessInstance delivery, boolean finished) {
        complete(task(delivery, REPORT_PROGRESS), withVariables(Var.RAG, "GREEN", Var.PERCENT_COMPLETE,
                finished ? 100L : 50L, Var.PROGRESS_SUMMARY, "Pilot running at one depot.", Var.DELIVERY_FINISHED,
                finished));
    }

    private Task task(ProcessInstance instance, String activityId) {
        List<Task> found = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(activityId).list();
        assertThat(found).as("open tasks at " + activityId).hasSize(1);
        return found.get(0);
    }

    private void fire(ProcessInstance instance, String activityId) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(activityId).executable().singleResult();
        assertThat(job).as("a due timer at " + activityId).isNotNull();
        engine.getManagementService().executeJob(job.getId());
    }
}
