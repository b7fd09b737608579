package io.fruition.portal.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;

import org.springframework.modulith.NamedInterface;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import io.fruition.idea.Idea;
import io.fruition.idea.IdeaCategory;
import io.fruition.idea.IdeaStatus;
import io.fruition.process.history.ProcessHistory;
import io.fruition.process.history.WaitingTimers;
import io.fruition.security.CurrentUser;
import io.fruition.shared.InvalidInputException;

/**
 * One idea, followed to fruition: where it stands in plain words, the process diagram with the path taken and
 * the current step, both sides' values, the board's decision, delivery, realised value, supporters, comments
 * and a timeline of who did what — each part visible as the rules allow.
 */
@Route("ideas/:number")
@PageTitle("Idea · Fruition")
@PermitAll
@NamedInterface("views")
public class IdeaView extends VerticalLayout implements BeforeEnterObserver {


    private final String username;
    private final IdeaPage page;
    String number;
    IdeaPage.Page shown;
    Idea idea;
    IdeaFacts.Reader reader;
    List<ProcessHistory.Step> steps;
    List<WaitingTimers.Upcoming> upcoming;

    public IdeaView(CurrentUser currentUser, IdeaPage page) {
        this.username = currentUser.require();
        this.page = page;
        addClassName("idea-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        number = event.getRouteParameters().get("number").orElse("");
        show();
        // The shell keeps the scroll position between pages: a newly opened idea starts at its title.
        getChildren().findFirst().ifPresent(first -> first.getElement().executeJs("this.scrollIntoView({block: 'start'})"));
    }

    void show() {
        removeAll();
        Optional<IdeaPage.Page> found = page.of(username, number);
        if (found.isEmpty()) {
            Paragraph missing = new Paragraph("There is no idea " + number + " in your partnerships.");
            missing.setId("idea-missing");
            add(new H2("Idea not found"), missing);
            return;
        }
        shown = found.get();
        idea = shown.idea();
        reader = shown.reader();
        steps = shown.steps();
        upcoming = shown.upcoming();
        H2 title = new H2(idea.getNumber() + " · " + idea.getTitle());
        title.setId("idea-title");
        Span status = new Span(idea.getStatus().label());
        status.addClassName("status-badge");
        status.setId("idea-status");
        Paragraph where = new Paragraph(whereItStands());
        where.setId("idea-where");
        add(title, new HorizontalLayout(status), where, actions());
        shown.drawing().ifPresent(drawing ->
                add(new H3("Where it is in the process"), new DiagramPanel(drawing)));
        FlexLayout columns = new FlexLayout(details(), followers());
        columns.addClassName("idea-columns");
        add(columns);
    }

    /**
     * The status and the step in plain words, who has decided and who is still asked, and the next date, e.g.
     * "In review: waiting for “Vote on the idea” (3 of 4 votes cast), due 1 Dec 2026."
     */
    String whereItStands() {
        List<ProcessHistory.Step> open = steps.stream().filter(ProcessHistory.Step::open).toList();
        StringBuilder text = new StringBuilder(idea.getStatus().label());
        if (open.isEmpty()) {
            if (!upcoming.isEmpty()) {
                WaitingTimers.Upcoming next = upcoming.get(0);
                return text.append(": ").append(lowerFirst(next.what())).append(" on ")
                        .append(reader.formats().date(next.at()))
                        .append(next.then() == null ? "" : "; then " + next.then()).append('.')
                        .toString();
            }
            return text.append(idea.getStatus().isTerminal() ? ": this idea's lifecycle has ended." : ".").toString();
        }
        text.append(": waiting for ");
        List<String> waiting = new ArrayList<>();
        for (String name : open.stream().map(ProcessHistory.Step::name).distinct().toList()) {
            List<ProcessHistory.Step> same = steps.stream().filter(s -> s.name().equals(name)).toList();
            List<String> asked = same.stream().filter(ProcessHistory.Step::open).map(ProcessHistory.Step::assignee)
                    .filter(Objects::nonNull).map(reader.people()::name).toList();
            List<String> done = same.stream().filter(s -> !s.open()).map(ProcessHistory.Step::assignee)
                    .filter(Objects::nonNull).map(reader.people()::name).distinct().toList();
            StringBuilder step = new StringBuilder("“" + name + "”");
            if (!asked.isEmpty()) {
                step.append(" by ").append(String.join(" and ", asked));
            }
            if (!done.isEmpty() && same.size() > 1) {
                step.append(" (").append(String.join(" and ", done)).append(done.size() == 1 ? " has" : " have")
                        .append(" decided)");
            }
            waiting.add(step.toString());
        }
        text.append(String.join(", ", waiting));
        shown.boardProgress().ifPresent(p -> text.append(" (").append(p).append(")"));
        open.stream().map(ProcessHistory.Step::due).filter(Objects::nonNull).min(Comparator.naturalOrder())
                .ifPresent(due -> text.append(", due ").append(reader.formats().date(due)));
        return text.append('.').toString();
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private Component actions() {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        if (!idea.getSubmitter().equals(username)) {
            boolean supporting = shown.supporting();
            Button support = new Button(supporting ? "Withdraw my support" : "Support this idea",
                    e -> run(() -> page.support(username, idea.getNumber(), !supporting)));
            support.setId("support-toggle");
            if (!supporting) {
                support.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            support.setEnabled(!idea.getStatus().isTerminal());
            bar.add(support);
        }
        Checkbox watch = new Checkbox("Watch (notify me of every change)", shown.watching());
        watch.setId("watch-toggle");
        watch.addValueChangeListener(e -> run(() -> page.watch(username, idea.getNumber(), e.getValue())));
        bar.add(watch);
        if (idea.getSubmitter().equals(username) && idea.getStatus().canMoveTo(IdeaStatus.WITHDRAWN)) {
            Button withdraw = new Button("Withdraw idea", e -> {
                ConfirmDialog confirm = new ConfirmDialog("Withdraw " + idea.getNumber() + "?",
                        "The idea leaves the pipeline; its supporters are told. This cannot be undone.", "Withdraw",
                        ok -> run(() -> page.withdraw(username, idea.getNumber())));
                confirm.setCancelable(true);
                confirm.setConfirmButtonTheme("error primary");
                confirm.open();
            });
            withdraw.setId("withdraw-idea");
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            bar.add(withdraw);
        }
        return bar;
    }

    private Component details() {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.add(section("Problem", idea.getProblem()), section("Proposal", idea.getProposal()));
        if (idea.getExpectedBenefit() != null) {
            box.add(section("Expected benefit", idea.getExpectedBenefit()));
        }
        Paragraph submitted = new Paragraph(reader.submitted());
        submitted.setId("idea-submitted");
        box.add(submitted);
        List<String> facts = new ArrayList<>();
        if (idea.getCategory() != null) {
            facts.add("Category: " + IdeaCategory.valueOf(idea.getCategory()).label());
        }
        if (!idea.getTags().isEmpty()) {
            facts.add("Tags: " + String.join(", ", idea.getTags()));
        }
        shown.campaign().ifPresent(title -> facts.add("Campaign: " + title));
        shown.origin().ifPresent(facts::add);
        if (!facts.isEmpty()) {
            Paragraph about = new Paragraph(String.join(" · ", facts));
            about.setId("idea-facts");
            box.add(about);
        }
        box.add(reader.values(), reader.votesPanel(), reader.sponsors(), reader.delivery());
        return box;
    }

    private Component followers() {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        List<String> supporters = shown.supporters();
        Paragraph who = new Paragraph(supporters.isEmpty() ? "No supporters yet."
                : supporters.size() + (supporters.size() == 1 ? " supporter: " : " supporters: ")
                        + String.join(", ", supporters.stream().map(reader.people()::name).toList()));
        who.setId("idea-supporters");
        box.add(new H3("Supporters"), who, AttachmentsPanel.of(page.attachments(), username, idea.getNumber(), this::show),
                new H3("Timeline"), TimelinePanel.of(idea, reader, steps, upcoming),
                CommentsPanel.of(page.engagement(), username, idea.getNumber(), this::show));
        return box;
    }

    private void run(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            Notification.show(String.join(" ", e.problems()), 5000, Notification.Position.BOTTOM_START);
        }
        show();
    }

    private static Component section(String heading, String text) {
        Div section = new Div(new H3(heading), new Paragraph(text));
        section.addClassName("idea-section");
        return section;
    }
}
