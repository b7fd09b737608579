package io.fruition.task.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;

import io.fruition.idea.Idea;
import io.fruition.idea.IdeaSubmission;
import io.fruition.idea.Ideas;
import io.fruition.process.IdeaProcess;
import io.fruition.process.task.ProcessSteps;
import io.fruition.process.task.InboxQuery;
import io.fruition.process.task.TaskInbox;
import io.fruition.process.task.TaskSummary;
import io.fruition.shared.InvalidInputException;
import io.fruition.support.KaribuTest;

/** The inbox's logic in the real application, without a browser. */
class InboxViewTest extends KaribuTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    Ideas ideas;
    @Autowired
    TaskInbox inbox;
    @Autowired
    ProcessSteps steps;

    @Test
    void the_tabs_show_my_tasks_the_tasks_offered_to_me_and_everything_in_my_partnerships() {
        login("nora");
        InboxView view = open();

        assertThat(view.query().scope()).as("the inbox opens on the work nora can do now").isEqualTo(InboxQuery.Scope.WORK);
        long mine = inbox.count("nora", InboxQuery.of(InboxQuery.Scope.MINE));
        long offered = inbox.count("nora", InboxQuery.of(InboxQuery.Scope.OFFERED));
        assertThat(offered).isPositive();
        assertThat(GridKt._size(view.grid)).isEqualTo((int) (mine + offered))
                .isEqualTo((int) inbox.countOpenTasksOf("nora"));
        List<TaskSummary> work = rows(view);
        assertThat(work.subList(0, (int) mine)).allMatch(t -> "nora".equals(t.assignee()));
        assertThat(work.subList((int) mine, work.size())).allMatch(t -> t.assignee() == null);
        view.tabs.setSelectedTab(view.mine);
        assertThat(GridKt._size(view.grid)).isEqualTo((int) mine);
        view.tabs.setSelectedTab(view.offered);
        assertThat(view.query().scope()).isEqualTo(InboxQuery.Scope.OFFERED);
        assertThat(GridKt._size(view.grid)).isEqualTo((int) inbox.count("nora", InboxQuery.of(InboxQuery.Scope.OFFERED)))
                .isPositive();
        view.tabs.setSelectedTab(view.all);
        assertThat(GridKt._size(view.grid)).isEqualTo((int) inbox.count("nora", InboxQuery.of(InboxQuery.Scope.ALL)));
        assertThat(rows(view)).allMatch(t -> t.partnershipPrefix().equals("NG"));
    }

    @Test
    void filters_narrow_the_list_and_an_empty_result_says_what_to_do() {
        Idea idea = submit();
        login("nora");
        InboxView view = open();
        view.tabs.setSelectedTab(view.offered);

        view.idea.setValue(idea.getNumber().toLowerCase());
        assertThat(rows(view)).extracting(TaskSummary::ideaNumber).containsExactly(idea.getNumber());
        assertThat(view.step.getItemLabelGenerator().apply(IdeaProcess.Element.BOARD_VOTE))
                .as("the step filter names a step as its model does").isEqualTo("Vote on the idea");
        assertThat(view.step.getItemLabelGenerator().apply(IdeaProcess.DeliveryElement.REPORT_PROGRESS))
                .isEqualTo("Report progress");
        view.step.setValue(IdeaProcess.Element.BOARD_VOTE);
        assertThat(GridKt._size(view.grid)).isZero();
        assertThat(view.grid.isVisible()).isFalse();
        assertThat(view.empty.getText()).isEqualTo("No unclaimed task waits for you or your groups with these filters.");
        view.step.clear();
        view.due.setValue(InboxQuery.Due.OVERDUE);
        assertThat(rows(view)).as("a new task is not overdue").isEmpty();
    }

    @Test
    void claiming_in_bulk_moves_tasks_to_mine_and_giving_back_returns_them() {
        Idea first = submit();
        Idea second = submit();
        login("sam");
        InboxView view = open();
        view.tabs.setSelectedTab(view.offered);
        view.idea.clear();
        rows(view).stream().filter(t -> t.ideaNumber().equals(first.getNumber()) || t.ideaNumber().equals(second.getNumber()))
                .forEach(view.grid::select);

        view.claimSelected();

        assertThat(assignee(first)).isEqualTo("sam");
        assertThat(assignee(second)).isEqualTo("sam");
        view.tabs.setSelectedTab(view.mine);
        view.idea.setValue(first.getNumber());
        view.grid.select(rows(view).get(0));
        view.unclaimSelected();
        assertThat(assignee(first)).isNull();
    }

    @Test
    void a_task_is_handed_on_only_to_a_member_who_may_do_it() {
        Idea idea = submit();
        steps.claim("nora", idea.getNumber(), IdeaProcess.Element.SCREEN_IDEA);
        login("nora");
        InboxView view = open();
        view.idea.setValue(idea.getNumber());
        TaskSummary task = rows(view).get(0);

        assertThatThrownBy(() -> view.delegateTo(task, "pat")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("pat may not do this task");
        view.delegateTo(task, "sam");

        assertThat(assignee(idea)).isEqualTo("sam");
    }

    @Test
    void the_inbox_pages_on_the_server() {
        InboxQuery all = InboxQuery.of(InboxQuery.Scope.ALL);
        long count = inbox.count("nora", all);
        assertThat(count).isGreaterThan(6);

        List<TaskSummary> first = inbox.page("nora", all, 0, 3);
        List<TaskSummary> second = inbox.page("nora", all, 3, 3);

        assertThat(first).hasSize(3);
        assertThat(second).hasSize(3).doesNotContainAnyElementsOf(first);
    }

    @Test
    void the_navigation_shows_how_many_tasks_are_open() {
        login("nora");
        open();
        assertThat(_get(Span.class, spec -> spec.withId("nav-task-count")).getText())
                .isEqualTo(String.valueOf(inbox.countOpenTasksOf("nora")));
    }

    private InboxView open() {
        UI.getCurrent().navigate(InboxView.class);
        return _get(InboxView.class);
    }

    private static List<TaskSummary> rows(InboxView view) {
        int size = GridKt._size(view.grid);
        return IntStream.range(0, size).mapToObj(i -> GridKt._get(view.grid, i)).toList();
    }

    private String assignee(Idea idea) {
        return inbox.page("nora", InboxQuery.of(InboxQuery.Scope.ALL).withIdea(idea.getNumber()), 0, 1).get(0).assignee();
    }

    private Idea submit() {
        return ideas.submit("pat", new IdeaSubmission("NG", "Inbox view idea " + SEQ.incrementAndGet(),
                "Depot staff print the delivery notes.", "Show them on the handhelds.", "Less paper."));
    }
}
