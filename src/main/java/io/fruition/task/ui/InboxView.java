package io.fruition.task.ui;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.PermitAll;

import org.springframework.modulith.NamedInterface;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import io.fruition.base.ui.Reading;
import io.fruition.partnership.Membership;
import io.fruition.partnership.Partnerships;
import io.fruition.process.task.InboxQuery;
import io.fruition.process.task.TaskActions;
import io.fruition.process.task.TaskForms;
import io.fruition.process.task.TaskInbox;
import io.fruition.process.task.TaskSummary;
import io.fruition.security.CurrentUser;
import io.fruition.wording.Names;

/**
 * The inbox: my tasks, the tasks offered to me or my groups, and everything in my partnerships; filtered,
 * sorted and paged by the engine's task query, one page at a time.
 */
@Route("tasks")
@PageTitle("Tasks · Fruition")
@PermitAll
@NamedInterface("views")
public class InboxView extends VerticalLayout {


    private final String username;
    private final TaskInbox inbox;
    private final TaskActions actions;
    private final TaskForms forms;
    private final Clock clock;
    private final Names names;
    private final Map<String, String> assigneeNames = new HashMap<>();
    final Grid<TaskSummary> grid = new Grid<>();
    final Tabs tabs;
    final Tab work = new Tab("My work");
    final Tab mine = new Tab("Assigned to me");
    final Tab offered = new Tab("Offered to me");
    final Tab all = new Tab("Everything I can see");
    final ComboBox<String> partnership = new ComboBox<>("Partnership");
    final ComboBox<String> step = new ComboBox<>("Step");
    final TextField idea = new TextField("Idea");
    final Select<InboxQuery.Due> due = new Select<>();
    final Select<InboxQuery.Sort> sort = new Select<>();
    final Span empty = new Span();
    final Span total = new Span();
    final Button claim = new Button("Claim");
    final Button unclaim = new Button("Give back");
    final Button delegate = new Button("Hand on…");
    private InboxQuery query = InboxQuery.of(InboxQuery.Scope.WORK);

    public InboxView(CurrentUser currentUser, TaskInbox inbox, TaskActions actions, TaskForms forms,
            Partnerships partnerships, Clock clock, Names names) {
        this.names = names;
        this.username = currentUser.require();
        this.inbox = inbox;
        this.actions = actions;
        this.forms = forms;
        this.clock = clock;
        addClassName("inbox-view");

        tabs = new Tabs(work, mine, offered, all);
        tabs.setId("inbox-tabs");
        tabs.addSelectedChangeListener(e -> update(query.inScope(scopeOf(e.getSelectedTab()))));

        List<Membership> memberships = partnerships.membershipsOf(username);
        Map<String, String> partnershipNames = new LinkedHashMap<>();
        memberships.forEach(m -> partnershipNames.put(m.partnershipPrefix(), m.partnershipName()));
        partnership.setItems(partnershipNames.keySet());
        partnership.setItemLabelGenerator(partnershipNames::get);
        partnership.setClearButtonVisible(true);
        partnership.setVisible(memberships.size() > 1);
        partnership.addValueChangeListener(e -> update(query.withPartnership(e.getValue())));

        Map<String, String> steps = inbox.steps();
        step.setItems(steps.keySet().stream().sorted((a, b) -> steps.get(a).compareTo(steps.get(b))).toList());
        step.setItemLabelGenerator(steps::get);
        step.setClearButtonVisible(true);
        step.addValueChangeListener(e -> update(query.withStep(e.getValue())));

        idea.setPlaceholder("e.g. NG-12");
        idea.setClearButtonVisible(true);
        idea.setValueChangeMode(ValueChangeMode.LAZY);
        idea.addValueChangeListener(e -> update(query.withIdea(e.getValue())));

        due.setLabel("Due");
        due.setItems(InboxQuery.Due.values());
        due.setItemLabelGenerator(d -> switch (d) {
            case ANY -> "Any time";
            case OVERDUE -> "Overdue";
            case THIS_WEEK -> "Due this week";
        });
        due.setValue(InboxQuery.Due.ANY);
        due.addValueChangeListener(e -> update(query.withDue(e.getValue())));

        sort.setLabel("Sort by");
        sort.setItems(InboxQuery.Sort.values());
        sort.setItemLabelGenerator(s -> switch (s) {
            case DUE -> "Due date";
            case CREATED -> "Newest first";
            case PRIORITY -> "Idea priority";
        });
        sort.setValue(InboxQuery.Sort.DUE);
        sort.setHelperText("Yours first, then those offered to you");
        sort.addValueChangeListener(e -> update(query.sortedBy(e.getValue())));

        HorizontalLayout filters = new HorizontalLayout(partnership, step, idea, due, sort);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassName("inbox-filters");

        configureGrid();

        claim.setId("claim-selected");
        claim.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        claim.addClickListener(e -> claimSelected());
        unclaim.setId("unclaim-selected");
        unclaim.addClickListener(e -> unclaimSelected());
        delegate.setId("delegate-selected");
        delegate.addClickListener(e -> openDelegateDialog());
        total.setId("inbox-total");
        HorizontalLayout bar = new HorizontalLayout(claim, unclaim, delegate, total);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);

        empty.setId("inbox-empty");
        empty.addClassName("empty-state");

        add(new H2("Tasks"), tabs, filters, bar, grid, empty);
        setSizeFull();
        refresh();
    }

    private void configureGrid() {
        grid.setId("inbox-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        // The task is a link, so the keyboard opens it too (a click anywhere on the row does as well).
        grid.addComponentColumn(t -> new RouterLink(t.ideaNumber() == null ? "Pulse"
                : t.ideaNumber(), TaskView.class, new RouteParameters("taskId", t.id())))
                .setHeader("Idea").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(TaskSummary::ideaTitle).setHeader("Title").setFlexGrow(2);
        grid.addColumn(TaskSummary::name).setHeader("Step").setAutoWidth(true).setFlexGrow(1);
        // Overdue in words, not by colour alone.
        grid.addColumn(t -> Reading.formats().date(t.due()) + (t.isOverdue(clock.instant()) ? " · overdue" : ""))
                .setHeader("Due").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> t.assignee() == null ? "Unassigned" : assigneeNames.getOrDefault(t.assignee(), t.assignee()))
                .setHeader("Assignee")
                .setAutoWidth(true).setFlexGrow(0);
        grid.setPartNameGenerator(t -> t.isOverdue(clock.instant()) ? "overdue" : null);
        grid.addItemClickListener(e -> {
            if (e.getColumn() != null) {
                getUI().ifPresent(ui -> ui.navigate(TaskView.class, new RouteParameters(
                        "taskId", e.getItem().id())));
            }
        });
        grid.setItems(q -> {
                    List<TaskSummary> page = inbox.page(username, query, q.getOffset(), q.getLimit());
                    assigneeNames.putAll(names.of(page.stream().map(TaskSummary::assignee)
                            .filter(a -> a != null && !assigneeNames.containsKey(a)).toList()));
                    return page.stream();
                },
                q -> (int) Math.min(Integer.MAX_VALUE, inbox.count(username, query)));
        grid.setPageSize(50);
    }

    void update(InboxQuery next) {
        query = next;
        // My work lists what is yours first, then what is offered to you, each in the order chosen.
        sort.setHelperText(query.scope() == InboxQuery.Scope.WORK ? "Yours first, then those offered to you" : null);
        refresh();
    }

    void refresh() {
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
        long count = inbox.count(username, query);
        total.setText(count == 1 ? "1 task" : count + " tasks");
        boolean none = count == 0;
        grid.setVisible(!none);
        empty.setVisible(none);
        empty.setText(switch (query.scope()) {
            case WORK -> filtered() ? "Nothing waits for you that matches these filters."
                    : "Nothing waits for you. New tasks appear here as soon as an idea reaches a step that is yours.";
            case MINE -> "Nothing is assigned to you" + (filtered() ? " that matches these filters." : ". Claim a task under "
                    + "'My work' or 'Offered to me' to start on it.");
            case OFFERED -> "No unclaimed task waits for you or your groups" + (filtered() ? " with these filters." : ".");
            case ALL -> "There are no open tasks in your partnerships" + (filtered() ? " that match these filters." : ".");
        });
        claim.setEnabled(query.scope() != InboxQuery.Scope.MINE);
        unclaim.setEnabled(query.scope() != InboxQuery.Scope.OFFERED);
    }

    private boolean filtered() {
        return query.partnership() != null || query.stepKey() != null || query.ideaNumber() != null
                || query.due() != InboxQuery.Due.ANY;
    }

    InboxQuery query() {
        return query;
    }

    void claimSelected() {
        Set<TaskSummary> selected = grid.getSelectedItems();
        if (selected.isEmpty()) {
            note("Select the tasks to claim first.", false);
            return;
        }
        int claimed = 0;
        StringBuilder refused = new StringBuilder();
        for (TaskSummary task : selected) {
            try {
                actions.claim(username, task.id());
                claimed++;
            } catch (RuntimeException e) {
                refused.append(' ').append(task.about()).append(": ").append(e.getMessage());
            }
        }
        note(claimed + (claimed == 1 ? " task claimed." : " tasks claimed.") + refused, refused.length() > 0);
        refresh();
    }

    void unclaimSelected() {
        Set<TaskSummary> selected = grid.getSelectedItems();
        if (selected.isEmpty()) {
            note("Select the tasks to give back first.", false);
            return;
        }
        StringBuilder refused = new StringBuilder();
        int given = 0;
        for (TaskSummary task : selected) {
            try {
                actions.unclaim(username, task.id());
                given++;
            } catch (RuntimeException e) {
                refused.append(' ').append(task.about()).append(": ").append(e.getMessage());
            }
        }
        note(given + (given == 1 ? " task given back." : " tasks given back.") + refused, refused.length() > 0);
        refresh();
    }

    void openDelegateDialog() {
        Set<TaskSummary> selected = grid.getSelectedItems();
        if (selected.size() != 1) {
            note("Select one task to hand on.", false);
            return;
        }
        TaskSummary task = selected.iterator().next();
        List<String> candidates;
        try {
            candidates = forms.candidatesFor(username, task.id());
        } catch (RuntimeException e) {
            note(e.getMessage(), true);
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Hand on " + task.about() + " · " + task.name());
        ComboBox<String> to = new ComboBox<>("To");
        to.setId("delegate-to");
        to.setItems(candidates);
        Map<String, String> named = names.of(candidates);
        to.setItemLabelGenerator(u -> named.getOrDefault(u, u));
        to.setHelperText(candidates.isEmpty() ? "Nobody else may do this task." : "Members who may do this task.");
        Button confirm = new Button("Hand on", e -> {
            try {
                delegateTo(task, to.getValue());
                dialog.close();
            } catch (RuntimeException ex) {
                to.setErrorMessage(ex.getMessage());
                to.setInvalid(true);
            }
        });
        confirm.setId("delegate-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Div(to));
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), confirm);
        dialog.open();
    }

    void delegateTo(TaskSummary task, String to) {
        actions.delegate(username, task.id(), to);
        note(task.about() + " · " + task.name() + " is now with " + names.of(to) + ".", false);
        refresh();
    }

    private InboxQuery.Scope scopeOf(Tab tab) {
        return tab == mine ? InboxQuery.Scope.MINE : tab == offered ? InboxQuery.Scope.OFFERED
                : tab == all ? InboxQuery.Scope.ALL : InboxQuery.Scope.WORK;
    }

    private static void note(String text, boolean error) {
        Notification notification = Notification.show(text, 5000, Notification.Position.BOTTOM_START);
        if (error) {
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
