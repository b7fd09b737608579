package io.fruition.lifecycle;

import static io.fruition.process.IdeaProcess.DeliveryElement.ACCEPT_DELIVERY;
import static io.fruition.process.IdeaProcess.DeliveryElement.PLAN_DELIVERY;
import static io.fruition.process.IdeaProcess.DeliveryElement.REPORT_DUE;
import static io.fruition.process.IdeaProcess.DeliveryElement.REPORT_OVERDUE;
import static io.fruition.process.IdeaProcess.DeliveryElement.REPORT_PROGRESS;
import static io.fruition.process.IdeaProcess.Element.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.fruition.delivery.Benefits;
import io.fruition.delivery.Deliveries;
import io.fruition.idea.Idea;
import io.fruition.idea.IdeaStatus;
import io.fruition.idea.IdeaSubmission;
import io.fruition.idea.IdeaEngagement;
import io.fruition.idea.IdeaProgress;
import io.fruition.idea.Ideas;
import io.fruition.idea.InvalidIdeaException;
import io.fruition.notification.NoticeKind;
import io.fruition.notification.Notifications;
import io.fruition.partnership.Side;
import io.fruition.process.IdeaProcess.Var;
import io.fruition.process.task.ProcessSteps;
import io.fruition.process.task.TaskActions;
import io.fruition.process.task.TaskForms;
import io.fruition.process.task.TaskInbox;
import io.fruition.review.BoardVotes;
import io.fruition.review.VoteDecision;
import io.fruition.shared.InvalidInputException;
import io.fruition.shared.NotFoundException;
import io.fruition.valuation.ValueEstimates;
import io.fruition.wording.Formats;

/**
 * The lifecycle through the real beans, services and database: every step done as the demo member who would do
 * it, and the spec's rules checked where a user would run into them. Each test submits its own ideas.
 */
public abstract class LifecycleScenarios {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    protected Ideas ideas;
    @Autowired
    protected IdeaEngagement engagement;
    @Autowired
    protected IdeaProgress progress;
    @Autowired
    protected ProcessSteps steps;
    @Autowired
    TaskForms forms;
    @Autowired
    protected TaskActions taskActions;
    @Autowired
    protected TaskInbox inbox;
    @Autowired
    protected ValueEstimates estimates;
    @Autowired
    protected BoardVotes votes;
    @Autowired
    protected Deliveries deliveries;
    @Autowired
    protected Benefits benefits;
    @Autowired
    protected Notifications notifications;

    @Test
    void an_idea_travels_through_every_step_to_realised_with_both_sides_values_recorded() {
        Idea idea = submit("pat");
        String n = idea.getNumber();
        engagement.support("carl", n);

        steps.complete("nora", n, SCREEN_IDEA, Map.of(Var.SCREENING_DECISION, "ACCEPT"));
        estimate("carl", n, ESTIMATE_CUSTOMER_VALUE, 60_000, 20_000);
        estimate("steve", n, ESTIMATE_SUPPLIER_VALUE, 40_000, 12_000);
        assertThat(estimates.priorityOf(idea.getId())).isPresent();
        assertThat(status(idea)).isEqualTo(IdeaStatus.IN_REVIEW);
        assertThat(steps.assigneesAt(n, BOARD_VOTE)).containsExactlyInAnyOrder("carl", "cathy", "steve", "sue");
        voteAll(n, "APPROVE");
        assertThat(status(idea)).isEqualTo(IdeaStatus.AWAITING_SPONSOR);
        assertThat(steps.isOpenTo("cathy", n, SPONSOR_APPROVAL)).as("20,000 needs the supplier's sponsor only").isFalse();
        steps.complete("sue", n, SPONSOR_APPROVAL, Map.of(Var.SPONSOR_DECISION, "APPROVE"));
        assertThat(status(idea)).isEqualTo(IdeaStatus.APPROVED);

        LocalDate today = LocalDate.now();
        steps.complete("dave", n, PLAN_DELIVERY, Map.of(Var.DELIVERY_TARGET_DATE, today.plusMonths(2).toString(),
                Var.MILESTONES, List.of(Map.of("dueOn", today.plusWeeks(3).toString(), "title", "Pilot"),
                        Map.of("dueOn", today.plusWeeks(6).toString(), "title", "Roll-out"))));
        assertThat(status(idea)).isEqualTo(IdeaStatus.IN_DELIVERY);
        steps.complete("dave", n, REPORT_PROGRESS, Map.of(Var.RAG, "GREEN", Var.PERCENT_COMPLETE, 100L,
                Var.PROGRESS_SUMMARY, "Live everywhere.", Var.MILESTONES_DONE, List.of("1", "2"), Var.DELIVERY_FINISHED, true));
        steps.complete("nora", n, ACCEPT_DELIVERY, Map.of(Var.ACCEPTANCE, "ACCEPT"));
        assertThat(status(idea)).isEqualTo(IdeaStatus.DELIVERED);
        assertThat(deliveries.ofIdea(idea.getId()).orElseThrow().milestones()).allMatch(m -> m.done());

        steps.fireTimer(n, BENEFITS_REVIEW_DUE);
        steps.complete("nora", n, RECORD_CUSTOMER_BENEFIT, Map.of(Var.REALISED_BENEFIT, 55_000L));
        steps.complete("sam", n, RECORD_SUPPLIER_BENEFIT, Map.of(Var.REALISED_BENEFIT, 30_000L));

        assertThat(status(idea)).isEqualTo(IdeaStatus.REALISED);
        assertThat(benefits.realisedBySide(idea.getId())).containsEntry(Side.CUSTOMER, new BigDecimal("55000.00"))
                .containsEntry(Side.SUPPLIER, new BigDecimal("30000.00"));
        assertThat(notifications.latest("carl", 100)).as("supporters hear of every status change")
                .anyMatch(x -> x.subject().contains(n) && x.subject().contains("realised"));
    }

    @Test
    void a_progress_report_ticks_the_plans_open_milestones_and_refuses_one_it_does_not_offer() {
        Idea idea = submit("pat");
        String n = idea.getNumber();
        toBoard(n);
        voteAll(n, "APPROVE");
        steps.assigneesAt(n, SPONSOR_APPROVAL).forEach(sponsor ->
                steps.complete(sponsor, n, SPONSOR_APPROVAL, Map.of(Var.SPONSOR_DECISION, "APPROVE")));
        LocalDate today = LocalDate.now();
        steps.complete("dave", n, PLAN_DELIVERY, Map.of(Var.DELIVERY_TARGET_DATE, today.plusMonths(2).toString(),
                Var.MILESTONES, List.of(Map.of("dueOn", today.plusWeeks(3).toString(), "title", "Pilot"),
                        Map.of("dueOn", today.plusWeeks(6).toString(), "title", "Roll-out"))));

        Map<String, Object> report = new HashMap<>(Map.of(Var.RAG, "GREEN", Var.PERCENT_COMPLETE, 50L,
                Var.PROGRESS_SUMMARY, "The pilot is live.", Var.DELIVERY_FINISHED, false));
        report.put(Var.MILESTONES_DONE, List.of("3"));
        assertThatThrownBy(() -> steps.complete("dave", n, REPORT_PROGRESS, report))
                .as("the plan has two milestones").isInstanceOf(InvalidInputException.class);
        assertThat(deliveries.ofIdea(idea.getId()).orElseThrow().reports()).as("nothing recorded").isEmpty();
        assertThat(steps.isWaitingAt(n, REPORT_PROGRESS)).isTrue();

        report.put(Var.MILESTONES_DONE, List.of("1"));
        steps.complete("dave", n, REPORT_PROGRESS, report);
        assertThat(deliveries.ofIdea(idea.getId()).orElseThrow().milestones())
                .extracting(m -> m.title() + ":" + m.done()).containsExactly("Pilot:true", "Roll-out:false");
        assertThat(forms.open("dave", steps.taskIdAt(n, REPORT_PROGRESS)).orElseThrow().variables())
                .as("the next report offers what is still open").extractingByKey("openMilestones")
                .isEqualTo(List.of(Map.of("value", "2", "label", "2. Roll-out, due "
                        + Formats.home().date(today.plusWeeks(6)))));
    }

    @Test
    void a_done_task_leaves_no_unread_waits_for_you_notice_in_anyones_bell() {
        Idea idea = submit("pat");
        String n = idea.getNumber();
        String screening = "/tasks/" + steps.taskIdAt(n, SCREEN_IDEA);
        assertThat(notifications.latest("nora", 200)).as("nora hears the screening waits")
                .anyMatch(x -> screening.equals(x.link()) && !x.read());

        steps.complete("sam", n, SCREEN_IDEA, Map.of(Var.SCREENING_DECISION, "ACCEPT"));

        assertThat(notifications.latest("nora", 200)).as("done by sam: nora's notice of it is read too")
                .filteredOn(x -> screening.equals(x.link())).isNotEmpty().allMatch(x -> x.read());
        String estimate = "/tasks/" + steps.taskIdAt(n, ESTIMATE_CUSTOMER_VALUE);
        assertThat(notifications.latest("carl", 200)).as("what still waits stays unread")
                .anyMatch(x -> estimate.equals(x.link()) && !x.read());
    }

    @Test
    void a_passed_deadline_is_told_in_words_to_whoever_must_act() {
        Idea idea = submit("pat");
        String n = idea.getNumber();
        String about = n + " " + idea.getTitle() + ": ";

        steps.fireTimer(n, SCREENING_OVERDUE);
        assertThat(notifications.latest("nora", 200)).as("both sides' innovation leads hear the SLA passed")
                .anyMatch(x -> x.kind() == NoticeKind.ESCALATION && x.subject().equals(about + "screening is overdue")
                        && x.message().contains("passed its SLA") && x.link().equals("/ideas/" + n));
        assertThat(notifications.latest("sam", 200)).anyMatch(x -> x.subject().equals(about + "screening is overdue"));
        assertThat(notifications.latest("pat", 200)).as("the submitter is not asked to screen")
                .noneMatch(x -> x.subject().equals(about + "screening is overdue"));

        toDelivery(n);
        steps.fireTimer(n, REPORT_DUE);
        assertThat(notifications.latest("dave", 200)).as("the delivery owner is reminded")
                .anyMatch(x -> x.kind() == NoticeKind.REMINDER && x.subject().equals(about + "progress report due"));
        steps.fireTimer(n, REPORT_OVERDUE);
        assertThat(notifications.latest("nora", 200)).as("an overdue report goes to the leads too")
                .anyMatch(x -> x.kind() == NoticeKind.ESCALATION && x.subject().equals(about + "progress report overdue")
                        && x.message().contains("has not heard about it for too long"));
    }

    @Test
    void a_submitter_never_gets_a_vote_task_for_their_own_idea() {
        Idea idea = submit("carl");
        toBoard(idea.getNumber());

        assertThat(steps.assigneesAt(idea.getNumber(), BOARD_VOTE)).containsExactlyInAnyOrder("cathy", "steve", "sue");
        assertThatThrownBy(() -> votes.cast(idea.getId(), 1, "carl", VoteDecision.APPROVE, "My own idea is great."))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("cannot vote on your own idea");
    }

    @Test
    void a_board_with_approvals_only_from_the_supplier_side_does_not_approve_the_idea() {
        Idea idea = submit("pat");
        toBoard(idea.getNumber());

        for (String voter : steps.assigneesAt(idea.getNumber(), BOARD_VOTE)) {
            boolean supplier = voter.equals("steve") || voter.equals("sue");
            steps.complete(voter, idea.getNumber(), BOARD_VOTE, Map.of(Var.VOTE, supplier ? "APPROVE" : "REVISE",
                    Var.VOTE_REASON, supplier ? "Good for us." : "Not convinced yet."));
        }

        assertThat(status(idea)).isEqualTo(IdeaStatus.REJECTED);
    }

    @Test
    void an_estimate_of_one_side_is_not_readable_by_the_other_sides_estimator_before_both_are_in() {
        Idea idea = submit("pat");
        steps.complete("nora", idea.getNumber(), SCREEN_IDEA, Map.of(Var.SCREENING_DECISION, "ACCEPT"));
        estimate("carl", idea.getNumber(), ESTIMATE_CUSTOMER_VALUE, 60_000, 5_000);

        assertThat(estimates.visibleTo(idea.getId(), "steve")).isEmpty();
        assertThat(estimates.visibleTo(idea.getId(), "carl")).extracting(e -> e.getSide()).containsExactly(Side.CUSTOMER);
        assertThat(estimates.visibleTo(idea.getId(), "pat")).as("the partner side sees none yet").isEmpty();

        estimate("steve", idea.getNumber(), ESTIMATE_SUPPLIER_VALUE, 40_000, 5_000);
        assertThat(estimates.visibleTo(idea.getId(), "steve")).hasSize(2);
    }

    @Test
    void the_board_may_ask_for_two_revisions_and_a_third_is_refused() {
        Idea idea = submit("pat");
        toBoard(idea.getNumber());

        for (int round = 1; round <= 2; round++) {
            voteAll(idea.getNumber(), "REVISE");
            assertThat(status(idea)).isEqualTo(IdeaStatus.IN_REVISION);
            steps.complete("pat", idea.getNumber(), REVISE_IDEA, Map.of(Var.REVISED_PROPOSAL,
                    "Revision " + round + ": start with one depot and measure."));
            assertThat(status(idea)).isEqualTo(IdeaStatus.IN_REVIEW);
        }
        voteAll(idea.getNumber(), "REVISE");

        assertThat(status(idea)).as("a third revision is refused").isEqualTo(IdeaStatus.REJECTED);
        assertThat(ideas.get(idea.getId()).getRevisionRounds()).isEqualTo(2);
        assertThatThrownBy(() -> progress.startRevision(idea.getId())).isInstanceOf(InvalidIdeaException.class)
                .hasMessageContaining("another revision is refused");
    }

    @Test
    void bad_input_in_a_task_is_refused_with_a_specific_message_and_the_task_stays_open() {
        Idea idea = submit("pat");
        String n = idea.getNumber();
        steps.complete("nora", n, SCREEN_IDEA, Map.of(Var.SCREENING_DECISION, "ACCEPT"));

        Map<String, Object> lowAboveHigh = estimateValues(50_000, 1_000);
        lowAboveHigh.put(Var.BENEFIT_LOW, 90_000L);
        lowAboveHigh.put(Var.ONE_OFF_COST, -5L);
        assertThatThrownBy(() -> steps.complete("carl", n, ESTIMATE_CUSTOMER_VALUE, lowAboveHigh))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("The low estimate (90,000) is higher than the likely estimate (50,000).")
                .hasMessageContaining("The one-off cost cannot be negative (-5).");
        assertThat(steps.isWaitingAt(n, ESTIMATE_CUSTOMER_VALUE)).isTrue();
        assertThat(estimates.of(idea.getId(), Side.CUSTOMER)).isEmpty();

        assertThatThrownBy(() -> steps.complete("steve", n, ESTIMATE_CUSTOMER_VALUE, estimateValues(1, 1)))
                .as("a task completed by someone who is not a candidate").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_vote_by_a_non_member_or_a_second_vote_is_refused() {
        Idea idea = submit("pat");
        toBoard(idea.getNumber());
        votes.cast(idea.getId(), 1, "cathy", VoteDecision.APPROVE, "Worth it.");

        assertThatThrownBy(() -> votes.cast(idea.getId(), 1, "cathy", VoteDecision.REJECT, "Changed my mind."))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("voted on " + idea.getNumber() + " in this round already");
        assertThatThrownBy(() -> votes.cast(idea.getId(), 1, "ivan", VoteDecision.APPROVE, "From another partnership."))
                .isInstanceOf(NotFoundException.class).hasMessage("There is no idea " + idea.getNumber() + " in your partnerships.");
        assertThatThrownBy(() -> votes.cast(idea.getId(), 1, "nora", VoteDecision.APPROVE, "Not on the board."))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not on the review board");
    }

    @Test
    void board_members_voting_at_the_same_moment_all_get_their_vote_in() throws Exception {
        Idea idea = submit("pat");
        toBoard(idea.getNumber());
        List<String> voters = steps.assigneesAt(idea.getNumber(), BOARD_VOTE);
        ExecutorService pool = Executors.newFixedThreadPool(voters.size());
        CountDownLatch together = new CountDownLatch(1);
        List<Future<?>> casting = new ArrayList<>();
        for (String voter : voters) {
            String task = steps.taskIdOf(voter, idea.getNumber(), BOARD_VOTE);
            casting.add(pool.submit(() -> {
                together.await();
                forms.complete(voter, task, Map.of(Var.VOTE, "APPROVE", Var.VOTE_REASON, "All of us at once."));
                return null;
            }));
        }
        together.countDown();
        for (Future<?> vote : casting) {
            vote.get();
        }
        pool.shutdown();

        assertThat(votes.ofRound(idea.getId(), 1)).hasSize(voters.size());
        assertThat(steps.isWaitingAt(idea.getNumber(), BOARD_VOTE)).isFalse();
        assertThat(ideas.get(idea.getId()).getStatus()).isNotEqualTo(IdeaStatus.IN_REVIEW);
    }

    @Test
    void a_duplicate_brings_its_submitter_and_supporters_to_the_original() {
        Idea original = submit("pat");
        Idea duplicate = submit("carl");
        engagement.support("steve", duplicate.getNumber());

        steps.complete("sam", duplicate.getNumber(), SCREEN_IDEA, Map.of(Var.SCREENING_DECISION, "DUPLICATE",
                Var.DUPLICATE_OF, original.getNumber()));

        assertThat(status(duplicate)).isEqualTo(IdeaStatus.DUPLICATE);
        assertThat(ideas.get(duplicate.getId()).getDuplicateOfId()).isEqualTo(original.getId());
        assertThat(engagement.supportersOf("pat", original.getNumber())).contains("carl", "steve");
    }

    @Test
    void a_member_of_initech_retail_sees_nothing_of_northgas() {
        Idea idea = submit("pat");
        steps.complete("nora", idea.getNumber(), SCREEN_IDEA, Map.of(Var.SCREENING_DECISION, "ACCEPT"));

        assertThat(ideas.find("ivan", idea.getNumber())).isEmpty();
        assertThat(inbox.openTasksOf("ivan", 500)).allMatch(t -> "IR".equals(t.partnershipPrefix()));
        assertThat(notifications.latest("ivan", 500)).noneMatch(x -> x.ideaNumber() != null && x.ideaNumber().startsWith("NG-"));
        assertThatThrownBy(() -> ideas.countsByStatus("ivan", "NG")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> estimates.visibleTo(idea.getId(), "ivan")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> deliveries.of(idea.getId(), "iris")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> engagement.comment("ivan", idea.getNumber(), "Hello")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void new_tasks_and_status_changes_notify_the_right_members_in_the_app() {
        Idea idea = submit("pat");
        engagement.support("steve", idea.getNumber());

        steps.complete("sam", idea.getNumber(), SCREEN_IDEA, Map.of(Var.SCREENING_DECISION, "ACCEPT"));

        assertThat(notifications.latest("nora", 200)).as("candidates of the screening task")
                .anyMatch(x -> idea.getNumber().equals(x.ideaNumber()) && x.link().startsWith("/tasks/"));
        assertThat(notifications.latest("carl", 200)).as("the customer estimator gets the new task")
                .anyMatch(x -> idea.getNumber().equals(x.ideaNumber()) && x.subject().contains("Estimate"));
        assertThat(notifications.latest("steve", 200)).as("a supporter hears the status change")
                .anyMatch(x -> x.subject().equals(idea.getNumber() + " " + idea.getTitle() + ": now in valuation"));
        assertThat(notifications.latest("pat", 200)).as("so does the submitter")
                .anyMatch(x -> x.subject().endsWith(": now in valuation") && idea.getNumber().equals(x.ideaNumber()));
    }

    // helpers

    protected Idea submit(String submitter) {
        int n = SEQ.incrementAndGet();
        return ideas.submit(submitter, new IdeaSubmission("NG", "Lifecycle scenario idea " + n + " " + getClass().getSimpleName(),
                "Meter readings are typed in by hand at the depots.", "Read the meters with the existing handhelds.",
                "Fewer typing errors."));
    }

    private IdeaStatus status(Idea idea) {
        return ideas.get(idea.getId()).getStatus();
    }

    private void toBoard(String number) {
        steps.complete("nora", number, SCREEN_IDEA, Map.of(Var.SCREENING_DECISION, "ACCEPT"));
        estimate("carl", number, ESTIMATE_CUSTOMER_VALUE, 60_000, 5_000);
        estimate("steve", number, ESTIMATE_SUPPLIER_VALUE, 40_000, 5_000);
    }

    private void toDelivery(String number) {
        toBoard(number);
        voteAll(number, "APPROVE");
        steps.assigneesAt(number, SPONSOR_APPROVAL).forEach(sponsor ->
                steps.complete(sponsor, number, SPONSOR_APPROVAL, Map.of(Var.SPONSOR_DECISION, "APPROVE")));
        LocalDate today = LocalDate.now();
        steps.complete("dave", number, PLAN_DELIVERY, Map.of(Var.DELIVERY_TARGET_DATE, today.plusMonths(2).toString(),
                Var.MILESTONES, List.of(Map.of("dueOn", today.plusWeeks(3).toString(), "title", "Pilot"))));
    }

    private void voteAll(String number, String vote) {
        for (String voter : steps.assigneesAt(number, BOARD_VOTE)) {
            steps.complete(voter, number, BOARD_VOTE, Map.of(Var.VOTE, vote, Var.VOTE_REASON, "Because it is so."));
        }
    }

    private void estimate(String estimator, String number, String step, long likely, long cost) {
        steps.complete(estimator, number, step, estimateValues(likely, cost));
    }

    private static Map<String, Object> estimateValues(long likely, long cost) {
        Map<String, Object> values = new HashMap<>();
        values.put(Var.BENEFIT_LOW, likely / 2);
        values.put(Var.BENEFIT_LIKELY, likely);
        values.put(Var.BENEFIT_HIGH, likely * 2);
        values.put(Var.ONE_OFF_COST, cost);
        values.put(Var.EFFORT_DAYS, 20L);
        values.put(Var.MONTHS_TO_VALUE, 3L);
        values.put(Var.CONFIDENCE, "MEDIUM");
        values.put(Var.RATIONALE, "From last year's ticket numbers.");
        return values;
    }
}
