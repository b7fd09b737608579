package io.fruition.ui;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import io.fruition.analytics.RealisedValue;
import io.fruition.commitment.CommitmentActuals;
import io.fruition.commitment.Mark;
import io.fruition.base.ui.Reading;
import io.fruition.idea.Idea;
import io.fruition.idea.IdeaStatus;
import io.fruition.idea.Ideas;
import io.fruition.partnership.Membership;
import io.fruition.partnership.Partnerships;
import io.fruition.partnership.Side;
import io.fruition.portal.ui.IdeaView;
import io.fruition.process.task.TaskInbox;
import io.fruition.process.task.TaskSummary;
import io.fruition.pulse.PulseResults;
import io.fruition.pulse.PulseRound;
import io.fruition.security.CurrentUser;
import io.fruition.security.UserAccounts;
import io.fruition.task.ui.TaskView;
import io.fruition.wording.Formats;
import io.fruition.wording.Names;

/** The start page: what is waiting for me, what I submitted, and the pipeline of each of my partnerships. */
@Route("")
@PageTitle("Dashboard · Fruition")
@PermitAll
public class DashboardView extends VerticalLayout {

    static final int TASKS_SHOWN = 10;

    final Grid<TaskRow> tasks = new Grid<>();
    final Grid<Idea> myIdeas = new Grid<>();

    public DashboardView(CurrentUser currentUser, UserAccounts accounts, TaskInbox inbox, Ideas ideas,
            Partnerships partnerships, Clock clock, RealisedValue realised, Names names, PulseResults pulse,
            CommitmentActuals commitments) {
        addClassName("dashboard");
        String username = currentUser.require();
        String firstName = accounts.find(username).map(a -> a.getFirstName()).orElse(username);
        add(new H2("Welcome, " + firstName));

        List<Membership> memberships = partnerships.membershipsOf(username);
        if (memberships.isEmpty()) {
            add(new Paragraph("You are not a member of any partnership yet. An administrator adds you to one; "
                    + "until then there are no ideas or tasks to show."));
            return;
        }

        add(taskSection(inbox, ideas, names, username, clock.instant()));
        add(myIdeasSection(ideas.submittedBy(username)));
        add(supportedSection(ideas.supportedBy(username)));
        for (Membership membership : memberships) {
            add(pipeline(membership, ideas.countsByStatus(username, membership.partnershipPrefix())));
            String currency = partnerships.byPrefix(membership.partnershipPrefix()).map(p -> p.getCurrency()).orElse("");
            add(realisedSection(membership, realised.thisYear(username, membership.partnershipPrefix()), currency));
            add(relationshipSection(membership, pulse.scores(membership.partnershipPrefix()),
                    commitments.of(membership.partnershipPrefix())));
        }
    }

    private Component taskSection(TaskInbox inbox, Ideas ideas, Names names, String username,
            Instant now) {
        long open = inbox.countOpenTasksOf(username);
        List<TaskSummary> page = inbox.openTasksOf(username, TASKS_SHOWN);
        Map<String, Idea> byNumber = ideas.byNumbers(page.stream().map(TaskSummary::ideaNumber)
                .filter(Objects::nonNull).toList());
        List<TaskRow> rows = page.stream().map(t -> new TaskRow(t, byNumber.get(t.ideaNumber()), now)).toList();

        VerticalLayout section = section("My open tasks", "open-tasks");
        Span count = new Span(open == 1 ? "1 open task" : open + " open tasks");
        count.setId("open-task-count");
        count.addClassName("count");
        section.add(count);
        if (rows.isEmpty()) {
            section.add(new Paragraph("Nothing is waiting for you. New tasks appear here as soon as an idea reaches a "
                    + "step that is yours."));
            return section;
        }
        tasks.addComponentColumn(r -> new RouterLink(r.task().ideaNumber() == null ? "Pulse"
                : r.task().ideaNumber(), TaskView.class,
                new RouteParameters("taskId", r.task().id()))).setHeader("Idea")
                .setAutoWidth(true).setFlexGrow(0);
        tasks.addColumn(r -> r.idea() == null ? r.task().ideaTitle() : r.idea().getTitle()).setHeader("Title")
                .setFlexGrow(3);
        tasks.addColumn(r -> r.task().name()).setHeader("Step").setFlexGrow(2);
        tasks.addComponentColumn(this::dueBadge).setHeader("Due").setAutoWidth(true).setFlexGrow(0);
        Map<String, String> assignees = names.of(page.stream().map(TaskSummary::assignee)
                .filter(Objects::nonNull).toList());
        tasks.addColumn(r -> r.task().assignee() == null ? "Unassigned"
                : assignees.getOrDefault(r.task().assignee(), r.task().assignee())).setHeader("Assignee")
                .setAutoWidth(true).setFlexGrow(0);
        tasks.setItems(rows);
        tasks.addItemClickListener(e -> tasks.getUI().ifPresent(ui -> ui.navigate(TaskView.class,
                new RouteParameters("taskId", e.getItem().task().id()))));
        tasks.addClassName("clickable-rows");
        tasks.setAllRowsVisible(true);
        tasks.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        section.add(tasks);
        if (open > rows.size()) {
            section.add(new Paragraph("Showing the " + rows.size() + " most urgent of " + open + "."));
        }
        return section;
    }

    private Component dueBadge(TaskRow row) {
        Instant due = row.task().due();
        Span badge = new Span(due == null ? "—" : Reading.formats().date(due));
        if (row.overdue()) {
            badge.getElement().getThemeList().add("badge error");
            badge.setText(badge.getText() + " · overdue");
        }
        return badge;
    }

    private Component myIdeasSection(List<Idea> submitted) {
        VerticalLayout section = section("My ideas", "my-ideas");
        if (submitted.isEmpty()) {
            section.add(new Paragraph("You have not submitted an idea yet."));
            return section;
        }
        myIdeas.addComponentColumn(i -> new RouterLink(i.getNumber(),
                IdeaView.class, new RouteParameters("number", i.getNumber())))
                .setHeader("Idea").setAutoWidth(true).setFlexGrow(0);
        myIdeas.addColumn(Idea::getTitle).setHeader("Title").setFlexGrow(3);
        myIdeas.addColumn(i -> i.getStatus().label()).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        myIdeas.setItems(submitted);
        myIdeas.addItemClickListener(e -> myIdeas.getUI().ifPresent(ui -> ui.navigate(
                IdeaView.class, new RouteParameters("number",
                        e.getItem().getNumber()))));
        myIdeas.addClassName("clickable-rows");
        myIdeas.setAllRowsVisible(true);
        myIdeas.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        section.add(myIdeas);
        return section;
    }

    private Component pipeline(Membership membership, Map<IdeaStatus, Long> counts) {
        VerticalLayout section = section("Pipeline · " + membership.partnershipName(),
                "pipeline-" + membership.partnershipPrefix());
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        section.add(new Paragraph(total == 1 ? "1 idea in this partnership." : total + " ideas in this partnership."));
        Div tiles = new Div();
        tiles.addClassName("status-tiles");
        for (Map.Entry<IdeaStatus, Long> entry : counts.entrySet()) {
            Span number = new Span(String.valueOf(entry.getValue()));
            number.addClassName("tile-count");
            Span label = new Span(entry.getKey().label());
            label.addClassName("tile-label");
            // A link to the ideas in that status, for the mouse and the keyboard alike.
            Anchor tile = new Anchor(
                    "ideas?status=" + entry.getKey().name());
            tile.add(number, label);
            tile.addClassName("status-tile");
            tile.getElement().setAttribute("data-status", entry.getKey().name());
            if (entry.getValue() == 0) {
                tile.addClassName("empty");
            }
            tiles.add(tile);
        }
        section.add(tiles);
        return section;
    }

    private static Component supportedSection(List<Idea> supported) {
        VerticalLayout section = section("Ideas I support", "supported-ideas");
        if (supported.isEmpty()) {
            section.add(new Paragraph("You support no idea yet. Open an idea you want to see happen and support it."));
        }
        supported.stream().limit(10).forEach(i -> section.add(new Anchor(
                "ideas/" + i.getNumber(), i.getNumber() + " · " + i.getTitle() + " — " + i.getStatus().label())));
        return section;
    }

    private static Component realisedSection(Membership membership, RealisedValue.Year year, String currency) {
        VerticalLayout section = section("Realised in " + year.year() + " · " + membership.partnershipName(),
                "realised-" + membership.partnershipPrefix());
        Formats formats = Reading.formats();
        Span text = new Span(year.ideasRealised() == 0 ? "No idea has reached fruition this year yet."
                : year.ideasRealised() + (year.ideasRealised() == 1 ? " idea" : " ideas") + " realised: "
                        + formats.perYear(year.valueBySide().get(Side.CUSTOMER), currency) + " for the customer, "
                        + formats.perYear(year.valueBySide().get(Side.SUPPLIER), currency) + " for the supplier.");
        text.setId("realised-value-" + membership.partnershipPrefix());
        section.add(text);
        return section;
    }

    /** The partnership's latest relationship score and its trend, and any commitment at risk or missed. */
    private static Component relationshipSection(Membership membership,
            List<Map.Entry<PulseRound, BigDecimal>> scores, List<CommitmentActuals.Progress> commitments) {
        VerticalLayout section = section("The relationship · " + membership.partnershipName(),
                "relationship-" + membership.partnershipPrefix());
        Span score = new Span();
        score.setId("relationship-score-" + membership.partnershipPrefix());
        if (scores.isEmpty()) {
            score.setText("No pulse round has closed yet: the first round is the baseline.");
        } else {
            var last = scores.get(scores.size() - 1);
            String trend = "";
            if (scores.size() > 1) {
                BigDecimal before = scores.get(scores.size() - 2).getValue();
                int compared = last.getValue().compareTo(before);
                trend = compared > 0 ? ", up from " + PulseResults.plain(before)
                        : compared < 0 ? ", down from " + PulseResults.plain(before) : ", as before";
            }
            score.setText("Relationship score " + PulseResults.plain(last.getValue()) + " out of 10 ("
                    + last.getKey().label().toLowerCase() + trend + ").");
        }
        section.add(new Div(score, new Span(" "), new Anchor("pulse?partnership=" + membership.partnershipPrefix(),
                "The pulse")));
        List<CommitmentActuals.Progress> worrying = commitments.stream().filter(c -> c.mark() != Mark.ON_TRACK)
                .toList();
        if (!worrying.isEmpty()) {
            Div risks = new Div();
            risks.setId("commitments-at-risk-" + membership.partnershipPrefix());
            worrying.forEach(c -> risks.add(new Paragraph(c.mark().label() + ": " + c.what() + ". " + c.why())));
            risks.add(new Anchor("commitments?partnership=" + membership.partnershipPrefix(), "The commitments"));
            section.add(risks);
        }
        return section;
    }

    private static VerticalLayout section(String title, String id) {
        VerticalLayout section = new VerticalLayout(new H3(title));
        section.setId(id);
        section.addClassName("dashboard-section");
        section.setPadding(false);
        return section;
    }

    record TaskRow(TaskSummary task, Idea idea, Instant now) {
        boolean overdue() {
            return task.isOverdue(now);
        }
    }
}
