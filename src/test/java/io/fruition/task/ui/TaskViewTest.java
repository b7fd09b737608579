package io.fruition.task.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import io.fruition.idea.Idea;
import io.fruition.idea.IdeaStatus;
import io.fruition.idea.IdeaSubmission;
import io.fruition.idea.IdeaEngagement;
import io.fruition.idea.Ideas;
import io.fruition.process.IdeaProcess;
import io.fruition.process.task.ProcessSteps;
import io.fruition.process.task.InboxQuery;
import io.fruition.process.task.TaskActions;
import io.fruition.process.task.TaskInbox;
import io.fruition.support.KaribuTest;

/** The task view's server side: context, pre-fill, claiming, validation messages, completion, concurrency. */
class TaskViewTest extends KaribuTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    Ideas ideas;
    @Autowired
    IdeaEngagement engagement;
    @Autowired
    TaskInbox inbox;
    @Autowired
    ProcessSteps steps;
    @Autowired
    TaskActions actions;

    @Test
    void an_unclaimed_task_shows_the_idea_and_a_read_only_form_until_it_is_claimed() {
        Idea idea = submit();
        login("nora");
        TaskView view = open(taskOf(idea));

        assertThat(_get(H2.class, spec -> spec.withId("idea-title")).getText()).isEqualTo(idea.getNumber() + " · " + idea.getTitle());
        assertThat(_get(RouterLink.class, spec -> spec.withId("task-idea-link")).getHref())
                .as("a way from the task to the idea's page").isEqualTo("ideas/" + idea.getNumber());
        assertThat(view.form.isEnabled()).isFalse();
        _click(_get(Button.class, spec -> spec.withId("claim-task")));

        assertThat(ideas.get(idea.getId()).getStatus()).isEqualTo(IdeaStatus.IN_SCREENING);
        assertThat(view.form.isEnabled()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withId("complete-task"))).hasSize(1);
    }

    @Test
    void the_button_says_what_completing_does_it_follows_the_form_and_the_dates_wait_behind_a_small_control() {
        Idea idea = submit();
        login("nora");
        TaskView view = open(taskOf(idea));
        _click(_get(Button.class, spec -> spec.withId("claim-task")));

        Button complete = _get(Button.class, spec -> spec.withId("complete-task"));
        assertThat(complete.getText()).isEqualTo("Record the screening decision");
        List<Component> work = view.work.getChildren().toList();
        assertThat(work.indexOf(view.form)).as("the actions come after the form")
                .isLessThan(work.indexOf(_get(HorizontalLayout.class,
                        spec -> spec.withId("task-actions"))));
        Details dates = _get(Details.class,
                spec -> spec.withId("task-dates"));
        assertThat(dates.isOpened()).isFalse();
        assertThat(dates.getSummaryText()).isEqualTo("Change dates");
    }

    @Test
    void the_form_is_prefilled_from_the_tasks_variables() {
        Idea idea = submit();
        steps.complete("sam", idea.getNumber(), IdeaProcess.Element.SCREEN_IDEA, Map.of(
                IdeaProcess.Var.SCREENING_DECISION, "CLARIFY",
                IdeaProcess.Var.CLARIFICATION_QUESTION, "Which depots would start?"));
        steps.complete("pat", idea.getNumber(), IdeaProcess.Element.CLARIFY_IDEA, Map.of(
                IdeaProcess.Var.CLARIFICATION_ANSWER, "Leeds and York first."));
        login("sam");
        TaskView view = open(taskOf(idea));
        _click(_get(Button.class, spec -> spec.withId("claim-task")));

        assertThat(view.form.field("screeningDecision").getValue()).isEqualTo("CLARIFY");
        assertThat(view.form.field("clarificationQuestion").getValue()).isEqualTo("Which depots would start?");
        assertThat(view.form.getElement().getOuterHTML()).contains("Leeds and York first.");
    }

    @Test
    void the_screening_task_shows_the_clarification_exchange_so_far() {
        Idea idea = submit();
        steps.complete("sam", idea.getNumber(), IdeaProcess.Element.SCREEN_IDEA, Map.of(
                IdeaProcess.Var.SCREENING_DECISION, "CLARIFY",
                IdeaProcess.Var.CLARIFICATION_QUESTION, "Which depots would start?"));
        login("pat");
        TaskView clarify = open(steps.taskIdAt(idea.getNumber(), IdeaProcess.Element.CLARIFY_IDEA));
        assertThat(clarify.context.getElement().getTextRecursively()).as("the submitter sees the question")
                .contains("Sam Sutherland asked for clarification: Which depots would start?")
                .contains("No answer yet from Pat Partridge.");

        steps.complete("pat", idea.getNumber(), IdeaProcess.Element.CLARIFY_IDEA, Map.of(
                IdeaProcess.Var.CLARIFICATION_ANSWER, "Leeds and York first."));
        login("sam");
        UI.getCurrent().navigate(InboxView.class); // a new task view, for the new user
        TaskView screen = open(steps.taskIdAt(idea.getNumber(), IdeaProcess.Element.SCREEN_IDEA));
        assertThat(screen.context.getElement().getTextRecursively())
                .contains("Sam Sutherland asked for clarification: Which depots would start?")
                .contains("Pat Partridge answered: Leeds and York first.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void invalid_input_shows_the_fields_message_and_completes_nothing() {
        Idea idea = submit();
        steps.claim("nora", idea.getNumber(), IdeaProcess.Element.SCREEN_IDEA);
        login("nora");
        TaskView view = open(taskOf(idea));

        ((HasValue<?, Object>) view.form.field("screeningDecision")).setValue("REJECT");
        assertThat(((TextArea) view.form.field("rejectionReason")).isVisible()).isTrue();
        view.complete();

        TextArea reason = (TextArea) view.form.field("rejectionReason");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).as("form-js' words said of the field").isEqualTo("Reason for rejection is required.");
        assertThat(ideas.get(idea.getId()).getStatus()).isEqualTo(IdeaStatus.IN_SCREENING);
        assertThat(view.problems.getElement().getText()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void every_problem_is_told_at_once_next_to_each_field_it_concerns_in_the_words_of_the_task() {
        Idea idea = submit();
        steps.complete("nora", idea.getNumber(), IdeaProcess.Element.SCREEN_IDEA,
                Map.of(IdeaProcess.Var.SCREENING_DECISION, "ACCEPT"));
        steps.claim("carl", idea.getNumber(), IdeaProcess.Element.ESTIMATE_CUSTOMER_VALUE);
        login("carl");
        TaskView view = open(steps.taskIdAt(idea.getNumber(), IdeaProcess.Element.ESTIMATE_CUSTOMER_VALUE));

        Map<String, Object> entered = Map.of("benefitLow", 90_000d, "benefitLikely", 50_000d, "benefitHigh", 120_000d,
                "oneOffCost", -5d, "effortDays", 20d, "monthsToValue", 3d, "confidence", "MEDIUM",
                "rationale", "From last winter's call volumes.");
        entered.forEach((path, value) -> ((HasValue<?, Object>) view.form.field(path)).setValue(value));
        view.complete();

        String lowAboveLikely = "The low estimate (90,000) is higher than the likely estimate (50,000).";
        assertThat(invalid(view, "benefitLow")).as("both fields of the cross-field rule").isEqualTo(lowAboveLikely);
        assertThat(invalid(view, "benefitLikely")).isEqualTo(lowAboveLikely);
        assertThat(invalid(view, "oneOffCost")).as("the task's words, not form-js' generic ones, in the same round")
                .isEqualTo("The one-off cost cannot be negative (-5).");
        assertThat(((HasValidationProperties) view.form.field("benefitHigh"))
                .isInvalid()).isFalse();
        assertThat(view.problems.getElement().getTextRecursively()).isEqualTo("Please correct the 3 marked fields.");
        assertThat(steps.isWaitingAt(idea.getNumber(), IdeaProcess.Element.ESTIMATE_CUSTOMER_VALUE)).isTrue();

        ((HasValue<?, Object>) view.form.field("oneOffCost")).setValue(5_000d);
        ((HasValue<?, Object>) view.form.field("benefitLow")).setValue(30_000d);
        view.complete();
        assertThat(_find(InboxView.class)).as("corrected, it completes").hasSize(1);
    }

    private static String invalid(TaskView view, String path) {
        var field = (HasValidationProperties) view.form.field(path);
        assertThat(field.isInvalid()).as(path + " is marked").isTrue();
        return field.getErrorMessage();
    }

    @Test
    @SuppressWarnings("unchecked")
    void completing_the_form_moves_the_idea_on_and_returns_to_the_inbox() {
        Idea idea = submit();
        steps.claim("nora", idea.getNumber(), IdeaProcess.Element.SCREEN_IDEA);
        login("nora");
        TaskView view = open(taskOf(idea));

        ((RadioButtonGroup<Object>) view.form.field("screeningDecision")).setValue("ACCEPT");
        ((HasValue<?, Object>) view.form.field("screeningNote")).setValue("Promising for both sides.");
        view.complete();

        assertThat(ideas.get(idea.getId()).getStatus()).isEqualTo(IdeaStatus.IN_VALUATION);
        assertThat(_find(InboxView.class)).hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_task_handed_on_meanwhile_gives_a_clear_message_and_a_way_back() {
        Idea idea = submit();
        steps.claim("nora", idea.getNumber(), IdeaProcess.Element.SCREEN_IDEA);
        login("nora");
        TaskView view = open(taskOf(idea));
        ((HasValue<?, Object>) view.form.field("screeningDecision")).setValue("ACCEPT");

        actions.delegate("nora", taskOf(idea), "sam"); // e.g. in another browser tab

        view.complete();
        assertThat(_get(Paragraph.class, spec -> spec.withId("task-gone")).getText())
                .isEqualTo("This task is assigned to sam now.");
        assertThat(ideas.get(idea.getId()).getStatus()).isEqualTo(IdeaStatus.IN_SCREENING);
    }

    @Test
    void a_member_of_another_partnership_cannot_open_the_task() {
        Idea idea = submit();
        login("ivan");
        open(taskOf(idea));

        assertThat(_get(Paragraph.class, spec -> spec.withId("task-gone")).getText()).startsWith("This task is not open to you");
        assertThat(_find(H2.class, spec -> spec.withId("idea-title"))).isEmpty();
    }

    @Test
    void a_comment_added_on_the_task_appears_on_the_idea() {
        Idea idea = submit();
        login("nora");
        open(taskOf(idea));

        _get(TextArea.class, spec -> spec.withId("comment-text")).setValue("Could we pilot this in Leeds?");
        _click(_get(Button.class, spec -> spec.withId("comment-add")));

        assertThat(engagement.comments("pat", idea.getNumber())).anyMatch(c -> c.author().equals("nora")
                && c.body().equals("Could we pilot this in Leeds?"));
    }

    private TaskView open(String taskId) {
        UI.getCurrent().navigate(TaskView.class, new RouteParameters("taskId", taskId));
        return _get(TaskView.class);
    }

    private String taskOf(Idea idea) {
        return inbox.page("nora", InboxQuery.of(InboxQuery.Scope.ALL).withIdea(idea.getNumber()), 0, 1).get(0).id();
    }

    private Idea submit() {
        return ideas.submit("pat", new IdeaSubmission("NG", "Task view idea " + SEQ.incrementAndGet(),
                "Meter photos are e-mailed around.", "Attach them to the work order.", "Faster fixes."));
    }
}
