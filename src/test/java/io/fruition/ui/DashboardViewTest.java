package io.fruition.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import io.fruition.commitment.CommitmentActuals;
import io.fruition.commitment.Mark;
import io.fruition.idea.IdeaStatus;
import io.fruition.idea.Ideas;
import io.fruition.process.task.TaskInbox;
import io.fruition.pulse.PulseResults;
import io.fruition.pulse.PulseRound;
import io.fruition.support.KaribuTest;

class DashboardViewTest extends KaribuTest {

    @Autowired
    TaskInbox inbox;
    @Autowired
    Ideas ideas;
    @Autowired
    PulseResults pulse;
    @Autowired
    CommitmentActuals commitments;

    @Test
    void greets_the_member_and_lists_their_real_open_tasks() {
        login("nora");
        UI.getCurrent().navigate(DashboardView.class);

        assertThat(_get(H2.class).getText()).isEqualTo("Welcome, Nora");
        long open = inbox.countOpenTasksOf("nora");
        assertThat(open).isPositive();
        assertThat(_get(Span.class, spec -> spec.withId("open-task-count")).getText()).isEqualTo(open + " open tasks");
        DashboardView view = _get(DashboardView.class);
        assertThat(GridKt._size(view.tasks)).isEqualTo((int) Math.min(open, DashboardView.TASKS_SHOWN));
        assertThat(GridKt._getFormattedRow(view.tasks, 0)).contains("Screen the idea");
    }

    @Test
    void shows_the_pipeline_counts_of_the_members_partnership_only() {
        login("nora");
        UI.getCurrent().navigate(DashboardView.class);

        Map<IdeaStatus, Long> counts = ideas.countsByStatus("nora", "NG");
        VerticalLayout pipeline = _get(VerticalLayout.class, spec -> spec.withId("pipeline-NG"));
        for (Anchor tile : _find(pipeline, Anchor.class,
                spec -> spec.withClasses("status-tile"))) {
            IdeaStatus status = IdeaStatus.valueOf(tile.getElement().getAttribute("data-status"));
            Span count = _get(tile, Span.class, spec -> spec.withClasses("tile-count"));
            assertThat(count.getText()).as(status.name()).isEqualTo(String.valueOf(counts.get(status)));
        }
        assertThat(_find(VerticalLayout.class, spec -> spec.withId("pipeline-IR"))).isEmpty();
    }

    @Test
    void a_member_of_initech_sees_nothing_of_northgas() {
        login("ivan");
        UI.getCurrent().navigate(DashboardView.class);

        DashboardView view = _get(DashboardView.class);
        assertThat(_find(VerticalLayout.class, spec -> spec.withId("pipeline-NG"))).isEmpty();
        _get(VerticalLayout.class, spec -> spec.withId("pipeline-IR"));
        assertThat(GridKt._size(view.tasks)).isPositive();
        for (int row = 0; row < GridKt._size(view.tasks); row++) {
            var task = GridKt._get(view.tasks, row).task();
            assertThat(task.partnershipPrefix()).isEqualTo("IR");
            if (task.ideaNumber() != null) {
                assertThat(task.ideaNumber()).startsWith("IR-");
            }
        }
    }

    @Test
    void shows_each_partnerships_latest_relationship_score_its_trend_and_every_commitment_not_on_track() {
        login("nora");
        UI.getCurrent().navigate(DashboardView.class);

        // The demo's NorthGas rounds went 4.2, 5.2, 6.1; Initech's 6.8, 6.2, 6.0.
        List<Map.Entry<PulseRound, BigDecimal>> ng = pulse.scores("NG");
        assertThat(_get(Span.class, spec -> spec.withId("relationship-score-NG")).getText())
                .startsWith("Relationship score " + PulseResults.plain(ng.get(ng.size() - 1).getValue()) + " out of 10")
                .contains("up from " + PulseResults.plain(ng.get(ng.size() - 2).getValue()));
        List<CommitmentActuals.Progress> worrying = commitments.of("NG").stream()
                .filter(c -> c.mark() != Mark.ON_TRACK).toList();
        assertThat(worrying).as("the demo has a commitment at risk").isNotEmpty();
        String risks = _get(Div.class, spec -> spec.withId("commitments-at-risk-NG")).getElement().getTextRecursively();
        worrying.forEach(c -> assertThat(risks).contains(c.mark().label() + ": " + c.what()));
        assertThat(_find(Span.class, spec -> spec.withId("relationship-score-IR"))).as("nothing of Initech").isEmpty();
    }

    @Test
    void initech_sees_its_own_score_going_down_and_nothing_of_northgas() {
        login("ivan");
        UI.getCurrent().navigate(DashboardView.class);

        List<Map.Entry<PulseRound, BigDecimal>> ir = pulse.scores("IR");
        assertThat(_get(Span.class, spec -> spec.withId("relationship-score-IR")).getText())
                .contains("down from " + PulseResults.plain(ir.get(ir.size() - 2).getValue()));
        assertThat(_find(Span.class, spec -> spec.withId("relationship-score-NG"))).as("nothing of NorthGas").isEmpty();
    }

    @Test
    void shows_the_ideas_the_member_supports_and_the_value_realised_this_year_per_side() {
        login("carl");
        UI.getCurrent().navigate(DashboardView.class);

        // The demo made carl a supporter of NG-1 (his duplicate merged into it) and realised NG-15 this year.
        assertThat(_get(VerticalLayout.class, spec -> spec.withId("supported-ideas")).getElement().getTextRecursively())
                .contains("NG-1 · Consolidate the three monitoring stacks");
        assertThat(_get(Span.class, spec -> spec.withId("realised-value-NG")).getText())
                .matches("\\d+ ideas? realised: EUR [0-9,]+ a year for the customer, EUR [0-9,]+ a year for the supplier\\.")
                .doesNotContain("EUR 0 a year");
    }

    @Test
    void a_task_row_opens_its_task_and_a_pipeline_tile_opens_the_ideas_in_that_status() {
        login("nora");
        UI.getCurrent().navigate(DashboardView.class);
        DashboardView view = _get(DashboardView.class);
        DashboardView.TaskRow first = GridKt._get(view.tasks, 0);

        GridKt._clickItem(view.tasks, 0);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("tasks/" + first.task().id());
        UI.getCurrent().navigate(DashboardView.class);
        VerticalLayout pipeline = _get(VerticalLayout.class, spec -> spec.withId("pipeline-NG"));
        for (Anchor tile : _find(pipeline, Anchor.class,
                spec -> spec.withClasses("status-tile"))) {
            assertThat(tile.getHref()).isEqualTo("ideas?status=" + tile.getElement().getAttribute("data-status"));
        }
    }
}
