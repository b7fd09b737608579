package io.fruition.task.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;

import org.springframework.modulith.NamedInterface;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import io.fruition.base.ui.Reading;
import io.fruition.form.FeelEvaluator;
import io.fruition.form.FormRejectedException;
import io.fruition.form.ui.FormRenderer;
import io.fruition.form.ui.RenderedForm;
import io.fruition.idea.Idea;
import io.fruition.idea.IdeaEngagement;
import io.fruition.idea.Ideas;
import io.fruition.portal.ui.CommentsPanel;
import io.fruition.portal.ui.IdeaFacts;
import io.fruition.portal.ui.IdeaView;
import io.fruition.process.PulseProcess;
import io.fruition.process.task.TaskActions;
import io.fruition.process.task.TaskActions.TaskNotAvailableException;
import io.fruition.process.task.TaskForms;
import io.fruition.process.task.TaskForms.TaskForm;
import io.fruition.pulse.ui.RoundContext;
import io.fruition.security.CurrentUser;
import io.fruition.shared.InvalidInputException;
import io.fruition.wording.Names;

/**
 * One task: the idea in context on the left (what it is, what earlier steps decided, the estimates and votes
 * the user may see, comments) or, for a pulse task, its round; the task's own Camunda Form on the right. The form is checked again on the
 * server before the task completes.
 */
@Route("tasks/:taskId")
@PageTitle("Task · Fruition")
@PermitAll
@NamedInterface("views")
public class TaskView extends HorizontalLayout implements BeforeEnterObserver {

    private final String username;
    private final TaskForms forms;
    private final TaskActions actions;
    private final Ideas ideas;
    private final IdeaEngagement engagement;
    private final IdeaFacts facts;
    private final Names names;
    private final FormRenderer renderer;
    private final RoundContext rounds;

    final VerticalLayout context = new VerticalLayout();
    final VerticalLayout work = new VerticalLayout();
    final Div problems = new Div();
    RenderedForm form;
    Button complete;
    String taskId;

    public TaskView(CurrentUser currentUser, TaskForms forms, TaskActions actions, Ideas ideas,
            IdeaEngagement engagement, IdeaFacts facts, Names names, FeelEvaluator feel, RoundContext rounds) {
        this.rounds = rounds;
        this.engagement = engagement;
        this.username = currentUser.require();
        this.facts = facts;
        this.names = names;
        this.forms = forms;
        this.actions = actions;
        this.ideas = ideas;
        this.renderer = new FormRenderer(feel);
        addClassName("task-view");
        context.addClassName("task-context");
        context.setId("task-context");
        work.addClassName("task-work");
        problems.setId("task-problems");
        problems.addClassName("form-problems");
        setWidthFull();
        add(context, work);
        setFlexGrow(1, context);
        setFlexGrow(1, work);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        taskId = event.getRouteParameters().get("taskId").orElse(null);
        show();
    }

    void show() {
        context.removeAll();
        work.removeAll();
        problems.removeAll();
        Optional<TaskForm> task = forms.open(username, taskId, Reading.formats().locale());
        if (task.isEmpty()) {
            gone("This task is not open to you: it was completed, handed on, or it belongs to someone else.");
            return;
        }
        showContext(task.get());
        showWork(task.get());
    }

    private void showWork(TaskForm task) {
        H3 title = new H3(task.task().name());
        title.setId("task-title");
        Span due = new Span(task.task().due() == null ? "No due date"
                : "Due " + Reading.formats().date(task.task().due()));
        Span assignee = new Span(task.task().assignee() == null ? "Not claimed yet"
                : task.assignedTo(username) ? "Assigned to you" : "Assigned to " + names.of(task.task().assignee()));
        assignee.setId("task-assignee");
        work.add(title, new HorizontalLayout(due, assignee));

        form = renderer.render(task.schema(), task.variables());
        form.setId("task-form");
        boolean mine = task.assignedTo(username);
        form.setEnabled(mine);

        if (task.task().assignee() == null) {
            Button claim = new Button("Claim", e -> act(() -> actions.claim(username, taskId), "You claimed the task."));
            claim.setId("claim-task");
            claim.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            work.add(new Paragraph("Claim the task to work on it; it then waits for nobody else."), claim);
            work.add(problems, form);
            return;
        }
        work.add(problems, form);
        if (mine) {
            // After the form, in a footer that stays in view while a long form scrolls; Ctrl+Enter from anywhere.
            complete = new Button(task.action(), e -> complete());
            complete.setId("complete-task");
            complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            complete.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
            complete.setTooltipText("Ctrl+Enter");
            Button giveBack = new Button("Give back", e -> act(() -> actions.unclaim(username, taskId),
                    "The task is offered to its candidates again."));
            giveBack.setId("unclaim-task");
            HorizontalLayout footer = new HorizontalLayout(complete, giveBack);
            footer.setId("task-actions");
            footer.addClassName("task-actions");
            work.add(footer, dates(task));
        }
    }

    private Component dates(TaskForm task) {
        DatePicker due = new DatePicker("Due date");
        due.setId("task-due");
        DatePicker followUp = new DatePicker("Follow-up date");
        followUp.setId("task-follow-up");
        followUp.setClearButtonVisible(true);
        ZoneId zone = ZoneId.systemDefault();
        if (task.task().due() != null) {
            due.setValue(task.task().due().atZone(zone).toLocalDate());
        }
        if (task.task().followUp() != null) {
            followUp.setValue(task.task().followUp().atZone(zone).toLocalDate());
        }
        Button save = new Button("Save dates", e -> act(() -> actions.schedule(username, taskId, date(due.getValue()),
                date(followUp.getValue())), "Dates saved."));
        save.setId("save-dates");
        HorizontalLayout row = new HorizontalLayout(due, followUp, save);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        // Most people never move a date: the control stays small until it is wanted.
        Details change = new Details("Change dates", row);
        change.setId("task-dates");
        change.setOpened(false);
        return change;
    }

    void complete() {
        problems.removeAll();
        String done = forms.open(username, taskId).map(t -> (t.task().ideaNumber() == null ? t.task().ideaTitle()
                : t.task().ideaNumber()) + " · " + t.task().name()).orElse("the task");
        try {
            forms.complete(username, taskId, form.values());
            Notification.show("Done: " + done + ".", 4000, Notification.Position.BOTTOM_START);
            getUI().ifPresent(ui -> ui.navigate(InboxView.class));
        } catch (FormRejectedException e) {
            List<String> unplaced = form.showErrors(e.fieldErrors());
            long marked = e.fieldErrors().keySet().stream().filter(form.paths()::contains).count();
            if (marked > 0) {
                problems.add(new Span(marked == 1 ? "Please correct the marked field." : "Please correct the "
                        + marked + " marked fields."));
            }
            unplaced.forEach(p -> problems.add(new Div(p)));
        } catch (TaskNotAvailableException e) {
            gone(e.getMessage());
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> problems.add(new Div(p)));
        }
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Notification.show(done, 3000, Notification.Position.BOTTOM_START);
            show();
        } catch (TaskNotAvailableException e) {
            gone(e.getMessage());
        } catch (InvalidInputException e) {
            problems.removeAll();
            e.problems().forEach(p -> problems.add(new Div(p)));
        }
    }

    private void gone(String message) {
        work.removeAll();
        Paragraph text = new Paragraph(message);
        text.setId("task-gone");
        work.add(new H3("This task is not available"), text, new RouterLink("Back to your tasks", InboxView.class));
    }

    private void showContext(TaskForm task) {
        Long roundId = PulseProcess.ROUND_ID.from(task.variables());
        if (task.task().ideaNumber() == null && roundId != null) {
            context.add(rounds.of(username, roundId));
            return;
        }
        Optional<Idea> found = task.task().ideaNumber() == null ? Optional.empty()
                : ideas.find(username, task.task().ideaNumber());
        if (found.isEmpty()) {
            context.add(new Paragraph("This task belongs to no idea you can see."));
            return;
        }
        Idea idea = found.get();
        H2 title = new H2(idea.getNumber() + " · " + idea.getTitle());
        title.setId("idea-title");
        Span status = new Span(idea.getStatus().label());
        status.addClassName("status-badge");
        status.setId("idea-status");
        RouterLink page = new RouterLink("Open the idea's page",
                IdeaView.class, new RouteParameters("number", idea.getNumber()));
        page.setId("task-idea-link");
        page.getElement().setAttribute("title", "Its diagram, timeline, comments and attachments");
        context.add(title, new HorizontalLayout(status, page),
                section("Problem", idea.getProblem()), section("Proposal", idea.getProposal()));
        if (idea.getExpectedBenefit() != null) {
            context.add(section("Expected benefit", idea.getExpectedBenefit()));
        }
        IdeaFacts.Reader reader = facts.of(idea, username);
        context.add(new Paragraph(reader.submitted()));
        context.add(reader.screening(), reader.values(), reader.votesPanel(), reader.sponsors(), reader.delivery());
        context.add(CommentsPanel.of(engagement, username, idea.getNumber(), this::show));
    }

    private static Component section(String heading, String text) {
        Div section = new Div(new H4(heading), new Paragraph(text));
        section.addClassName("idea-section");
        return section;
    }

    private static Date date(LocalDate value) {
        return value == null ? null : Date.from(value.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
