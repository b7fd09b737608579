package io.fruition.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import io.fruition.idea.IdeaSubmission;
import io.fruition.idea.Ideas;
import io.fruition.process.task.InboxQuery;
import io.fruition.process.task.TaskInbox;
import io.fruition.process.task.TaskSummary;
import io.fruition.support.FruitionPostgresTest;

/**
 * How long the inbox's first page takes on the server with 10,000 open tasks in the user's partnerships, on
 * the embedded PostgreSQL. Not part of {@code ./mvnw verify}: run it with {@code ./mvnw -Pproduction,benchmark verify};
 * the figures go to the console and to target/benchmarks/inbox.txt.
 */
@FruitionPostgresTest
class InboxBenchmark {

    private static final int TASKS = 10_000;
    private static final int WARM_UP = 30;
    private static final int RUNS = 100;

    @Autowired
    Ideas ideas;
    @Autowired
    TaskInbox inbox;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void first_page_of_the_inbox_with_ten_thousand_open_tasks() throws IOException {
        InboxQuery offered = InboxQuery.of(InboxQuery.Scope.OFFERED);
        long existing = inbox.count("nora", offered);
        long started = System.nanoTime();
        for (int batch = 0; batch < (TASKS - existing) / 100 + 1; batch++) {
            int from = batch;
            transaction.executeWithoutResult(s -> {
                for (int i = 0; i < 100; i++) {
                    ideas.submit("pat", new IdeaSubmission("NG", "Benchmark idea " + from + "-" + i,
                            "Generated to fill the inbox.", "Nothing to propose.", null));
                }
            });
        }
        long seeded = inbox.count("nora", offered);
        double seedSeconds = (System.nanoTime() - started) / 1e9;
        assertThat(seeded).isGreaterThanOrEqualTo(TASKS);

        for (int i = 0; i < WARM_UP; i++) {
            firstPage(offered);
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            List<TaskSummary> page = firstPage(offered);
            millis.add((System.nanoTime() - t) / 1e6);
            assertThat(page).hasSize(50);
        }
        var figure = BenchmarkReport.figure("Inbox on the server (10,000 open tasks, PostgreSQL 17)",
                "first page: count + 50 rows with idea titles", "ms", millis, RUNS + " runs after " + WARM_UP + " warm-up");
        BenchmarkReport.limit("Inbox", "first page of the inbox, 10,000 open tasks (p95, ms)", figure.p95(), 100.0, null);
        Collections.sort(millis);
        String report = String.format(
                "Inbox first page (count + 50 rows with idea titles), nora, 'Offered to me', %d open tasks, PostgreSQL 17:%n"
                        + "median %.1f ms, p95 %.1f ms, max %.1f ms over %d runs (after %d warm-up runs); seeding took %.0f s%n",
                seeded, millis.get(RUNS / 2), millis.get(RUNS * 95 / 100), millis.get(RUNS - 1), RUNS, WARM_UP, seedSeconds);
        System.out.print(report);
        Path out = Path.of("target", "benchmarks", "inbox.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private List<TaskSummary> firstPage(InboxQuery query) {
        inbox.count("nora", query);
        return inbox.page("nora", query, 0, 50);
    }
}
