package io.fruition.benchmark;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;

import io.fruition.analytics.ui.PortfolioView;
import io.fruition.idea.IdeaSubmission;
import io.fruition.idea.Ideas;
import io.fruition.partnership.Partnerships;
import io.fruition.portal.ui.IdeaView;
import io.fruition.portal.ui.IdeasView;
import io.fruition.process.task.InboxQuery;
import io.fruition.process.task.TaskInbox;
import io.fruition.process.task.TaskSummary;
import io.fruition.security.UserAccounts;
import io.fruition.support.FruitionPostgresTest;
import io.fruition.support.Ui;
import io.fruition.task.ui.InboxView;
import io.fruition.task.ui.TaskView;

/**
 * The Vaadin round trips a member makes most, timed on the server (Karibu: the views, their queries and the
 * grid's first page, without network or browser): open the inbox, open a task, claim it, complete it, open an
 * idea page, search ideas, open the portfolio. Measured for partnerships of 1,000, 10,000 and 100,000 ideas with
 * their history ({@code -Dbenchmark.scale.sizes=1000,10000,100000,1000000} for more), each with a tenth as many
 * open tasks (at most 10,000), beside the demo's two partnerships, on PostgreSQL 17; the report gets one figure
 * per round trip and size, and a table of how each grows. Run with {@code ./mvnw -Pproduction,benchmark verify}.
 */
@FruitionPostgresTest
class UiScaleBenchmark {

    private static final String SECTION = "UI at scale: server time of a member's round trips (Karibu, PostgreSQL 17)";
    private static final int WARM_UP = 5;
    private static final int RUNS = Integer.getInteger("benchmark.ui.runs", 30);
    private static final int[] SIZES = Arrays.stream(System.getProperty("benchmark.scale.sizes", "1000,10000,100000")
            .split(",")).mapToInt(s -> Integer.parseInt(s.strip())).toArray();

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Partnerships partnerships;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Ideas ideas;
    @Autowired
    TaskInbox inbox;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void a_members_round_trips_at_one_to_one_hundred_thousand_ideas() {
        Map<String, Map<Integer, Double>> growth = new LinkedHashMap<>();
        for (int s = 0; s < SIZES.length; s++) {
            int size = SIZES[s];
            String prefix = "SC" + (char) ('A' + s);
            String lead = "scale-lead-" + size;
            new ScaleData(jdbc, partnerships, accounts).seed(prefix, lead, size);
            int tasks = Math.min(size / 10, 10_000);
            openTasks(prefix, lead, tasks);
            jdbc.sql("vacuum analyze").update();
            Map<String, List<Double>> times = Ui.as(context, lead, () -> roundTrips(prefix, lead, size));
            String scale = String.format("%,d ideas, %,d open tasks", size, tasks);
            times.forEach((trip, millis) -> {
                var figure = BenchmarkReport.figure(SECTION, trip + " (" + scale + ")", "ms", millis,
                        RUNS + " runs after " + WARM_UP + " warm-up");
                growth.computeIfAbsent(trip, k -> new LinkedHashMap<>()).put(size, figure.p95());
                if (size == 100_000) {
                    BenchmarkReport.limit("UI at scale", trip + ", 100,000 ideas (p95, ms)", figure.p95(),
                            trip.startsWith("open the portfolio") ? 300.0 : 100.0, null);
                }
            });
        }
        BenchmarkReport.growth("How cost grows (p95 of each round trip, ms)", growth);
    }

    /** Real submissions, so that the engine holds the open screening tasks the inbox lists. */
    private void openTasks(String prefix, String lead, int count) {
        for (int done = 0; done < count; done += 100) {
            int from = done;
            transaction.executeWithoutResult(status -> {
                for (int i = from; i < Math.min(count, from + 100); i++) {
                    ideas.submit(lead, new IdeaSubmission(prefix, "Open idea " + i, "Generated to fill the inbox.",
                            "Nothing to propose.", null));
                }
            });
        }
        assertThat(inbox.count(lead, InboxQuery.of(InboxQuery.Scope.OFFERED))).isGreaterThanOrEqualTo(count);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Map<String, List<Double>> roundTrips(String prefix, String lead, int size) {
        Map<String, List<Double>> times = new LinkedHashMap<>();
        List<TaskSummary> offered = inbox.page(lead, InboxQuery.of(InboxQuery.Scope.OFFERED), 0, WARM_UP + RUNS);
        assertThat(offered).hasSize(WARM_UP + RUNS);
        for (int run = 0; run < WARM_UP + RUNS; run++) {
            boolean measured = run >= WARM_UP;
            String taskId = offered.get(run).id();
            String number = prefix + "-" + (1 + (run * 7919L) % size);
            String words = "benchmark idea " + (1 + (run * 104_729L) % size);
            time(times, measured, "open the inbox (my tasks)", () -> {
                UI.getCurrent().navigate(InboxView.class);
                _get(InboxView.class);
            });
            time(times, measured, "the inbox's offered-to-me tab (count + first 50)", () -> {
                Tabs tabs = _get(Tabs.class, spec -> spec.withId("inbox-tabs"));
                tabs.setSelectedTab(_get(tabs, Tab.class, spec -> spec.withLabel("Offered to me")));
                Grid<?> grid = _get(Grid.class, spec -> spec.withId("inbox-grid"));
                assertThat(GridKt._size(grid)).isPositive();
                assertThat(GridKt._fetch(grid, 0, 50)).hasSize(50);
            });
            time(times, measured, "open a task", () -> {
                UI.getCurrent().navigate(TaskView.class, new RouteParameters("taskId", taskId));
                assertThat(_get(H2.class, spec -> spec.withId("idea-title")).getText()).isNotBlank();
            });
            time(times, measured, "claim it", () -> _click(_get(Button.class, spec -> spec.withId("claim-task"))));
            time(times, measured, "complete it (screened in)", () -> {
                ((RadioButtonGroup) _get(RadioButtonGroup.class)).setValue("ACCEPT");
                _click(_get(Button.class, spec -> spec.withId("complete-task")));
                _get(InboxView.class);
            });
            time(times, measured, "open an idea page", () -> {
                UI.getCurrent().navigate("ideas/" + number);
                _get(IdeaView.class);
            });
            time(times, measured, "search ideas (first page)", () -> {
                UI.getCurrent().navigate(IdeasView.class,
                        QueryParameters.of("q", words));
                Grid<?> grid = _get(Grid.class);
                GridKt._size(grid);
                GridKt._fetch(grid, 0, 50);
            });
            time(times, measured, "open the portfolio (all six figures)", () -> {
                UI.getCurrent().navigate(PortfolioView.class);
                _get(PortfolioView.class);
            });
        }
        return times;
    }

    private static void time(Map<String, List<Double>> times, boolean measured, String trip, Runnable roundTrip) {
        long t = System.nanoTime();
        roundTrip.run();
        MockVaadin.clientRoundtrip(); // what Vaadin does before it answers: attach, data providers, serialisation
        double millis = (System.nanoTime() - t) / 1e6;
        if (measured) {
            times.computeIfAbsent(trip, k -> new ArrayList<>()).add(millis);
        }
    }
}
