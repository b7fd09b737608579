package io.fruition.process;

import static io.fruition.process.IdeaProcess.Element.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.Date;
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

import io.fruition.process.IdeaProcess.Var;

/**
 * Walks every path of bpmn/idea-lifecycle.bpmn on a plain in-memory engine with the real decision tables.
 * The beans the model calls are replaced by {@link LifecycleFakes}, so each test decides the outcome of the
 * domain rules and sees exactly which statuses and calls the model makes. Timers fire by moving the engine
 * clock past their due date. The class must cover 100% of flow nodes and sequence flows.
 */
@Deployment(resources = {"bpmn/idea-lifecycle.bpmn", "bpmn/idea-delivery.bpmn", "bpmn/idea-priority.dmn",
        "bpmn/approval-routing.dmn"})
class IdeaLifecycleProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine =
            ProcessTestEngine.withFullCoverage("idea-lifecycle-tests", IdeaProcess.DELIVERY_KEY);

    private final LifecycleFakes fakes = new LifecycleFakes();

    @BeforeEach
    void registerFakes() {
        // A Monday morning, so that working days and calendar days are easy to tell apart.
        ClockUtil.setCurrentTime(at(2026, 11, 23, 9));
        fakes.register();
        // Several test engines live in this JVM; the assertions must use this class's.
        BpmnAwareTests.init(engine.getProcessEngine());
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    // Screening

    @Test
    void a_submitted_idea_waits_for_the_partnerships_innovation_leads_due_in_five_working_days() {
        ProcessInstance instance = submit("NG", 42L);

        assertThat(instance).isStarted().isWaitingAt(SCREEN_IDEA);
        Task screening = task(instance, SCREEN_IDEA);
        assertThat(screening).hasCandidateGroup("NG-INNOVATION_LEAD");
        assertThat(screening.getTenantId()).isEqualTo("NG");
        assertThat(screening.getDueDate()).isEqualTo(at(2026, 11, 30, 9));
        assertThat(fakes.statuses).as("still submitted: nobody has picked it up").isEmpty();
    }

    @Test
    void the_idea_is_in_screening_once_an_innovation_lead_picks_it_up() {
        ProcessInstance instance = submit("NG", 43L);

        engine.getTaskService().claim(task(instance, SCREEN_IDEA).getId(), "nora");

        assertThat(fakes.statuses).containsExactly("IN_SCREENING");
    }

    @Test
    void a_late_screening_is_escalated_while_the_task_stays_open() {
        ProcessInstance instance = submit("NG", 1L);

        assertThat(timer(instance, SCREENING_OVERDUE).getDuedate()).isEqualTo(at(2026, 11, 30, 9));
        assertThat(dueJobs()).isEmpty();
        ClockUtil.setCurrentTime(at(2026, 11, 30, 10));
        fire(instance, SCREENING_OVERDUE);

        assertThat(instance).hasPassed(ESCALATE_SCREENING, SCREENING_ESCALATED).isWaitingAt(SCREEN_IDEA);
        assertThat(fakes.calls).contains("escalations.screeningOverdue");
    }

    @Test
    void an_accepted_idea_is_valued_by_one_estimator_per_side_in_parallel() {
        ProcessInstance instance = submit("NG", 2L);

        screen(instance, "ACCEPT");

        assertThat(instance).isWaitingAt(ESTIMATE_CUSTOMER_VALUE, ESTIMATE_SUPPLIER_VALUE);
        assertThat(task(instance, ESTIMATE_CUSTOMER_VALUE)).hasCandidateGroup("NG-ESTIMATOR-CUSTOMER");
        assertThat(task(instance, ESTIMATE_SUPPLIER_VALUE)).hasCandidateGroup("NG-ESTIMATOR-SUPPLIER");
        assertThat(fakes.statuses).containsExactly("IN_SCREENING", "IN_VALUATION");
    }

    @Test
    void both_estimates_and_every_vote_are_confidential_steps_so_the_engine_keeps_none_of_their_values() {
        ProcessInstance instance = submit("NG", 3L);
        screen(instance, "ACCEPT");

        // The application's engine stores what a confidential step receives nowhere (runtime or history): the
        // values reach its listener as transient variables (process.engine.TaskCompletions); the other side's
        // estimator, the partner and the board read nothing of them (EngineDoorsScenarios).
        var model = engine.getRepositoryService().getBpmnModelInstance(instance.getProcessDefinitionId());
        assertThat(List.of(ESTIMATE_CUSTOMER_VALUE, ESTIMATE_SUPPLIER_VALUE, BOARD_VOTE))
                .allSatisfy(step -> assertThat(confidential(model, step)).as(step).isTrue());
        assertThat(List.of(SCREEN_IDEA, CHAIR_DECISION, SPONSOR_APPROVAL))
                .allSatisfy(step -> assertThat(confidential(model, step)).as(step).isFalse());
        complete(task(instance, ESTIMATE_CUSTOMER_VALUE), estimate(90_000));
        assertThat(instance).isWaitingAt(ESTIMATE_SUPPLIER_VALUE);
        assertThat(engine.getTaskService().getVariables(task(instance, ESTIMATE_SUPPLIER_VALUE).getId()))
                .containsEntry(Var.ESTIMATE_SIDE, "SUPPLIER");
        assertThat(fakes.calls).contains("valuation.estimated:CUSTOMER");
    }

    private static boolean confidential(BpmnModelInstance model, String step) {
        FlowElement element = model.getModelElementById(step);
        return element.getExtensionElements() != null && element.getExtensionElements().getElementsQuery()
                .filterByType(CamundaProperties.class).list().stream()
                .flatMap(p -> p.getCamundaProperties().stream())
                .anyMatch(p -> "confidential".equals(p.getCamundaName()) && "true".equals(p.getCamundaValue()));
    }

    @Test
    void a_clarification_request_goes_to_the_submitter_and_the_answer_back_to_screening() {
        ProcessInstance instance = submit("NG", 4L);

        screen(instance, "CLARIFY", Var.CLARIFICATION_QUESTION, "Which sites would pilot this?");
        Task clarify = task(instance, CLARIFY_IDEA);
        assertThat(clarify).isAssignedTo("pat");
        assertThat(clarify.getDueDate()).isEqualTo(at(2026, 12, 7, 9));
        complete(clarify, withVariables(Var.CLARIFICATION_ANSWER, "The two Leeds depots."));

        assertThat(instance).isWaitingAt(SCREEN_IDEA);
        assertThat(fakes.statuses).containsExactly("IN_SCREENING", "NEEDS_CLARIFICATION", "IN_SCREENING");
        assertThat(fakes.calls).contains("screening.decided", "clarification.answered");
    }

    @Test
    void an_unanswered_clarification_request_withdraws_the_idea_after_fourteen_days() {
        ProcessInstance instance = submit("NG", 5L);
        screen(instance, "CLARIFY", Var.CLARIFICATION_QUESTION, "Which sites would pilot this?");

        ClockUtil.setCurrentTime(at(2026, 12, 7, 8));
        assertThat(dueJobs()).isEmpty();
        ClockUtil.setCurrentTime(at(2026, 12, 7, 10));
        fire(instance, CLARIFICATION_EXPIRED);

        assertThat(instance).hasPassed(WITHDRAWN_UNANSWERED).isEnded();
        assertThat(fakes.statuses).endsWith("WITHDRAWN");
    }

    @Test
    void a_rejected_idea_ends_as_rejected() {
        ProcessInstance instance = submit("IR", 7L);

        screen(instance, "REJECT", Var.REJECTION_REASON, "Already covered by the store-camera project.");

        assertThat(instance).hasPassed(REJECTED_IN_SCREENING).isEnded();
        assertThat(fakes.statuses).containsExactly("IN_SCREENING", "REJECTED");
    }

    @Test
    void a_duplicate_is_merged_into_its_original_and_closed() {
        ProcessInstance instance = submit("NG", 8L);

        screen(instance, "DUPLICATE", Var.DUPLICATE_OF, "NG-1");

        assertThat(instance).hasPassed(MERGE_DUPLICATE, DUPLICATE).isEnded();
        assertThat(fakes.calls).contains("duplicates.merge:NG-1");
        assertThat(fakes.statuses).containsExactly("IN_SCREENING", "DUPLICATE");
    }

    @Test
    void a_parked_idea_returns_to_screening_after_ninety_days() {
        ProcessInstance instance = submit("NG", 9L);

        screen(instance, "PARK");
        assertThat(instance).isWaitingAt(PARKED);
        assertThat(timer(instance, PARKED).getDuedate()).isEqualTo(at(2027, 2, 21, 9));
        ClockUtil.setCurrentTime(at(2027, 2, 21, 10));
        fire(instance, PARKED);

        assertThat(instance).isWaitingAt(SCREEN_IDEA);
        assertThat(fakes.statuses).containsExactly("IN_SCREENING", "PARKED", "IN_SCREENING");
    }

    // Valuation, priority and the board

    @Test
    void both_estimates_lead_to_a_priority_and_a_board_vote_for_every_voter() {
        ProcessInstance instance = toBoard("NG", 10L);

        assertThat(instance).hasPassed(BOTH_ESTIMATES_IN, CLASSIFY_PRIORITY, CONVENE_BOARD).isWaitingAt(BOARD_VOTE);
        assertThat(fakes.calls).anyMatch(c -> c.startsWith("valuation.prioritised:") && !c.endsWith("null"));
        List<Task> votes = tasks(instance, BOARD_VOTE);
        assertThat(votes).extracting(Task::getAssignee).containsExactlyInAnyOrder("carl", "cathy", "steve", "sue");
        assertThat(votes).allSatisfy(v -> assertThat(v.getDueDate()).isEqualTo(at(2026, 11, 30, 9)));
        assertThat(fakes.statuses).containsExactly("IN_SCREENING", "IN_VALUATION", "IN_REVIEW");
    }

    @Test
    void a_board_approval_of_a_small_investment_needs_no_sponsor_and_the_idea_goes_to_delivery() {
        fakes.valuation.oneOffCost = 9_999.99;
        ProcessInstance instance = toBoard("NG", 11L);
        fakes.board.outcomes.add("APPROVED");

        voteAll(instance, "APPROVE");

        assertThat(instance).hasPassed(TALLY_VOTES, ROUTE_APPROVAL, APPROVED).isWaitingAt(DELIVERY);
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), Var.SPONSOR_SIDES)).isEqualTo(List.of());
        assertThat(fakes.statuses).endsWith("APPROVED").doesNotContain("IN_DELIVERY");
    }

    @Test
    void an_idea_goes_from_submission_through_delivery_and_the_benefits_review_to_realised() {
        ProcessInstance instance = toBoard("NG", 12L);
        voteAll(instance, "APPROVE");

        ProcessInstance delivery = calledProcessInstance(instance);
        assertThat(delivery.getTenantId()).isEqualTo("NG");
        complete(task(delivery, IdeaProcess.DeliveryElement.PLAN_DELIVERY), withVariables(
                Var.DELIVERY_TARGET_DATE, "2027-03-31", Var.MILESTONES, "2027-01-15 Pilot"));
        complete(task(delivery, IdeaProcess.DeliveryElement.REPORT_PROGRESS), withVariables(
                Var.RAG, "GREEN", Var.PERCENT_COMPLETE, 100L, Var.PROGRESS_SUMMARY, "All done and live.",
                Var.DELIVERY_FINISHED, true));
        complete(task(delivery, IdeaProcess.DeliveryElement.ACCEPT_DELIVERY), withVariables(Var.ACCEPTANCE, "ACCEPT"));

        assertThat(instance).hasPassed(DELIVERY, DELIVERED).isWaitingAt(BENEFITS_REVIEW_DUE);
        Date reviewDue = timer(instance, BENEFITS_REVIEW_DUE).getDuedate();
        assertThat(reviewDue).isEqualTo(LifecycleFakes.later(ClockUtil.getCurrentTime(), 90));
        ClockUtil.setCurrentTime(LifecycleFakes.later(reviewDue, 1));
        fire(instance, BENEFITS_REVIEW_DUE);

        assertThat(task(instance, RECORD_CUSTOMER_BENEFIT)).hasCandidateGroup("NG-INNOVATION_LEAD-CUSTOMER");
        assertThat(task(instance, RECORD_SUPPLIER_BENEFIT)).hasCandidateGroup("NG-INNOVATION_LEAD-SUPPLIER");
        complete(task(instance, RECORD_CUSTOMER_BENEFIT), withVariables(Var.REALISED_BENEFIT, 95_000L));
        complete(task(instance, RECORD_SUPPLIER_BENEFIT), withVariables(Var.REALISED_BENEFIT, 60_000L));

        assertThat(instance).hasPassed(REALISED).isEnded();
        assertThat(fakes.calls).contains("benefits.recorded:CUSTOMER", "benefits.recorded:SUPPLIER");
        assertThat(fakes.statuses).containsExactly("IN_SCREENING", "IN_VALUATION", "IN_REVIEW", "APPROVED",
                "IN_DELIVERY", "DELIVERED", "REALISED");
    }

    @Test
    void a_board_that_wants_a_revision_sends_the_idea_to_its_submitter_and_votes_again() {
        ProcessInstance instance = toBoard("NG", 13L);
        fakes.board.outcomes.addAll(List.of("REVISE", "APPROVED"));

        voteAll(instance, "REVISE");
        Task revise = task(instance, REVISE_IDEA);
        assertThat(revise).isAssignedTo("pat");
        complete(revise, withVariables(Var.REVISED_PROPOSAL, "Pilot at one depot first."));

        assertThat(instance).isWaitingAt(BOARD_VOTE);
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), Var.REVIEW_ROUND)).isEqualTo(2);
        voteAll(instance, "APPROVE");
        assertThat(instance).hasPassed(APPROVED);
        assertThat(fakes.calls).contains("revision.requested", "revision.revised");
        assertThat(fakes.statuses).containsSubsequence("IN_REVIEW", "IN_REVISION", "IN_REVIEW", "APPROVED");
    }

    @Test
    void a_board_rejection_ends_the_idea() {
        ProcessInstance instance = toBoard("NG", 14L);
        fakes.board.outcomes.add("REJECTED");

        voteAll(instance, "REJECT");

        assertThat(instance).hasPassed(REJECTED_BY_BOARD).isEnded();
        assertThat(fakes.statuses).endsWith("IN_REVIEW", "REJECTED");
    }

    @Test
    void at_the_voting_deadline_the_votes_cast_so_far_are_counted_and_the_chair_may_decide() {
        ProcessInstance instance = toBoard("NG", 15L);
        fakes.board.outcomes.add("CHAIR_DECIDES");
        complete(tasks(instance, BOARD_VOTE).get(0), withVariables(Var.VOTE, "APPROVE", Var.VOTE_REASON, "Good."));

        ClockUtil.setCurrentTime(at(2026, 11, 30, 10));
        fire(instance, VOTING_DEADLINE);

        assertThat(instance).hasPassed(TALLY_VOTES).isWaitingAt(CHAIR_DECISION);
        assertThat(tasks(instance, BOARD_VOTE)).isEmpty();
        assertThat(task(instance, CHAIR_DECISION)).hasCandidateGroup("NG-BOARD_CHAIR");
        complete(task(instance, CHAIR_DECISION), withVariables(Var.CHAIR_DECISION, "APPROVE", Var.CHAIR_REASON,
                "Both sides want it."));
        assertThat(instance).hasPassed(ROUTE_APPROVAL, APPROVED);
    }

    @Test
    void a_chair_rejection_ends_the_idea() {
        ProcessInstance instance = toBoard("NG", 16L);
        fakes.board.outcomes.add("CHAIR_DECIDES");
        ClockUtil.setCurrentTime(at(2026, 11, 30, 10));
        fire(instance, VOTING_DEADLINE);

        complete(task(instance, CHAIR_DECISION), withVariables(Var.CHAIR_DECISION, "REJECT", Var.CHAIR_REASON,
                "Not this year."));

        assertThat(instance).hasPassed(REJECTED_BY_BOARD).isEnded();
    }

    // Sponsors

    @Test
    void from_ten_thousand_the_suppliers_sponsor_approves() {
        fakes.valuation.oneOffCost = 10_000;
        ProcessInstance instance = toBoard("NG", 17L);
        voteAll(instance, "APPROVE");

        List<Task> sponsorTasks = tasks(instance, SPONSOR_APPROVAL);
        assertThat(sponsorTasks).hasSize(1);
        assertThat(sponsorTasks.get(0)).hasCandidateGroup("NG-SPONSOR-SUPPLIER");
        complete(sponsorTasks.get(0), withVariables(Var.SPONSOR_DECISION, "APPROVE"));

        assertThat(instance).hasPassed(APPROVED).isWaitingAt(DELIVERY);
        assertThat(fakes.statuses).containsSubsequence("IN_REVIEW", "AWAITING_SPONSOR", "APPROVED");
    }

    @Test
    void from_fifty_thousand_both_sponsors_approve_and_one_rejection_rejects() {
        fakes.valuation.oneOffCost = 50_000;
        ProcessInstance instance = toBoard("NG", 18L);
        voteAll(instance, "APPROVE");

        List<Task> sponsorTasks = tasks(instance, SPONSOR_APPROVAL);
        assertThat(sponsorTasks).flatExtracting(t -> engine.getTaskService().getIdentityLinksForTask(t.getId()))
                .extracting(link -> link.getGroupId())
                .containsExactlyInAnyOrder("NG-SPONSOR-CUSTOMER", "NG-SPONSOR-SUPPLIER");
        complete(sponsorTasks.get(0), withVariables(Var.SPONSOR_DECISION, "REJECT", Var.SPONSOR_REASON,
                "No budget left this year."));

        assertThat(instance).hasPassed(REJECTED_BY_SPONSOR).isEnded();
        assertThat(fakes.statuses).endsWith("AWAITING_SPONSOR", "REJECTED");
    }

    @Test
    void with_both_sponsors_approving_the_idea_is_approved() {
        fakes.valuation.oneOffCost = 80_000;
        ProcessInstance instance = toBoard("NG", 19L);
        voteAll(instance, "APPROVE");

        for (Task sponsorTask : tasks(instance, SPONSOR_APPROVAL)) {
            complete(sponsorTask, withVariables(Var.SPONSOR_DECISION, "APPROVE"));
        }

        assertThat(instance).hasPassed(APPROVED).isWaitingAt(DELIVERY);
    }

    // The innovation fund

    @Test
    void an_approval_within_the_years_fund_draws_on_it_and_goes_to_delivery() {
        ProcessInstance instance = toBoard("NG", 23L);
        voteAll(instance, "APPROVE");

        assertThat(instance).hasPassed(CHECK_FUND, APPROVED).hasNotPassed(AGREE_OVERDRAFT).isWaitingAt(DELIVERY);
        assertThat(fakes.calls).contains("fund.check");
    }

    @Test
    void beyond_the_fund_both_sides_innovation_leads_must_agree_to_overdraw_it() {
        fakes.fund.short_ = true;
        ProcessInstance instance = toBoard("NG", 24L);
        voteAll(instance, "APPROVE");

        List<Task> leads = tasks(instance, AGREE_OVERDRAFT);
        assertThat(leads).flatExtracting(t -> engine.getTaskService().getIdentityLinksForTask(t.getId()))
                .extracting(link -> link.getGroupId())
                .containsExactlyInAnyOrder("NG-INNOVATION_LEAD-CUSTOMER", "NG-INNOVATION_LEAD-SUPPLIER");
        assertThat(leads.get(0).getDueDate()).as("the sponsors' time to decide").isNotNull();
        for (Task lead : leads) {
            complete(lead, withVariables(Var.OVERDRAFT_DECISION, "APPROVE"));
        }

        assertThat(instance).hasPassed(AGREE_OVERDRAFT, OVERDRAW, APPROVED).isWaitingAt(DELIVERY);
        assertThat(fakes.calls).containsSubsequence("fund.check", "fund.overdraw");
        assertThat(fakes.statuses).endsWith("APPROVED");
    }

    @Test
    void one_lead_refusing_to_overdraw_the_fund_leaves_the_idea_unfunded_and_rejected() {
        fakes.fund.short_ = true;
        ProcessInstance instance = toBoard("NG", 25L);
        voteAll(instance, "APPROVE");

        complete(tasks(instance, AGREE_OVERDRAFT).get(0), withVariables(Var.OVERDRAFT_DECISION, "REJECT",
                Var.OVERDRAFT_REASON, "The fund is spent; next year."));

        assertThat(instance).hasPassed(NOT_FUNDED).hasNotPassed(OVERDRAW, APPROVED).isEnded();
        assertThat(tasks(instance, AGREE_OVERDRAFT)).as("one refusal is enough").isEmpty();
        assertThat(fakes.statuses).endsWith("REJECTED");
    }

    @Test
    void the_submitter_may_withdraw_the_idea_whatever_step_it_waits_in() {
        ProcessInstance instance = toBoard("NG", 22L);

        engine.getRuntimeService().createMessageCorrelation(IdeaProcess.WITHDRAWN_MESSAGE)
                .processInstanceBusinessKey("NG-22").correlate();

        assertThat(instance).hasPassed(WITHDRAWN_BY_SUBMITTER).isEnded();
        assertThat(tasks(instance, BOARD_VOTE)).isEmpty();
        assertThat(fakes.statuses).endsWith("IN_REVIEW", "WITHDRAWN");
    }

    @Test
    void every_instance_and_task_belongs_to_the_tenant_of_its_partnership() {
        submit("NG", 20L);
        submit("IR", 21L);

        assertThat(engine.getTaskService().createTaskQuery().tenantIdIn("IR").count()).isEqualTo(1);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().tenantIdIn("NG").count()).isEqualTo(1);
    }

    // Helpers

    private ProcessInstance submit(String partnership, long ideaId) {
        return engine.getRuntimeService().startProcessInstanceByKey(IdeaProcess.KEY, partnership + "-" + ideaId, Map.of(
                Var.IDEA_ID, ideaId,
                Var.IDEA_NUMBER, partnership + "-" + ideaId,
                Var.IDEA_TITLE, "An idea",
                Var.PARTNERSHIP, partnership,
                Var.SUBMITTER, "pat"));
    }

    private void screen(ProcessInstance instance, String decision, Object... more) {
        Map<String, Object> variables = withVariables(Var.SCREENING_DECISION, decision);
        for (int i = 0; i < more.length; i += 2) {
            variables.put((String) more[i], more[i + 1]);
        }
        complete(task(instance, SCREEN_IDEA), variables);
    }

    private ProcessInstance toBoard(String partnership, long ideaId) {
        ProcessInstance instance = submit(partnership, ideaId);
        screen(instance, "ACCEPT");
        complete(task(instance, ESTIMATE_CUSTOMER_VALUE), estimate(120_000));
        complete(task(instance, ESTIMATE_SUPPLIER_VALUE), estimate(80_000));
        return instance;
    }

    private static Map<String, Object> estimate(long likely) {
        return withVariables(Var.BENEFIT_LOW, likely / 2, Var.BENEFIT_LIKELY, likely, Var.BENEFIT_HIGH, likely * 2,
                Var.ONE_OFF_COST, 5_000L, Var.EFFORT_DAYS, 20L, Var.MONTHS_TO_VALUE, 3L, Var.CONFIDENCE, "MEDIUM",
                Var.RATIONALE, "Fewer site visits.");
    }

    private void voteAll(ProcessInstance instance, String vote) {
        for (Task voteTask : tasks(instance, BOARD_VOTE)) {
            complete(voteTask, withVariables(Var.VOTE, vote, Var.VOTE_REASON, "Because."));
        }
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

    private Job timer(ProcessInstance instance, String activityId) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(activityId).timers().singleResult();
    }

    private List<Job> dueJobs() {
        return engine.getManagementService().createJobQuery().executable().list();
    }

    /** Fires a timer that the engine's clock says is due now. */
    private void fire(ProcessInstance instance, String activityId) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(activityId).executable().singleResult();
        assertThat(job).as("a due timer at " + activityId).isNotNull();
        engine.getManagementService().executeJob(job.getId());
    }

    private static Date at(int year, int month, int day, int hour) {
        return LifecycleFakes.at(year, month, day, hour);
    }
}
