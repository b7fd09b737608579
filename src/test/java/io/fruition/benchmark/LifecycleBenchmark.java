package io.fruition.benchmark;

import static io.fruition.process.IdeaProcess.DeliveryElement.ACCEPT_DELIVERY;
import static io.fruition.process.IdeaProcess.DeliveryElement.PLAN_DELIVERY;
import static io.fruition.process.IdeaProcess.DeliveryElement.REPORT_PROGRESS;
import static io.fruition.process.IdeaProcess.Element.BENEFITS_REVIEW_DUE;
import static io.fruition.process.IdeaProcess.Element.BOARD_VOTE;
import static io.fruition.process.IdeaProcess.Element.ESTIMATE_CUSTOMER_VALUE;
import static io.fruition.process.IdeaProcess.Element.ESTIMATE_SUPPLIER_VALUE;
import static io.fruition.process.IdeaProcess.Element.RECORD_CUSTOMER_BENEFIT;
import static io.fruition.process.IdeaProcess.Element.RECORD_SUPPLIER_BENEFIT;
import static io.fruition.process.IdeaProcess.Element.SCREEN_IDEA;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.fruition.idea.Idea;
import io.fruition.idea.IdeaStatus;
import io.fruition.idea.IdeaSubmission;
import io.fruition.idea.Ideas;
import io.fruition.process.IdeaProcess.Var;
import io.fruition.process.task.ProcessSteps;
import io.fruition.process.RawEngine;
import io.fruition.support.Estimates;
import io.fruition.support.FruitionPostgresTest;
import io.fruition.support.TestPostgres;

/**
 * Ideas per second from submission to REALISED: through Fruition's own services (every task completed by the
 * member whose work it is, through the same guarded completion as the task view, the benefits review's timer
 * fired), against the raw engine running the same models with no-op beans ({@link RawEngine}) on the same
 * PostgreSQL server with the same history level. Rounds of each alternate, so both see the same noise of this
 * shared machine; the ratio of the medians is the figure. Run with {@code ./mvnw -Pproduction,benchmark verify}.
 */
@FruitionPostgresTest
class LifecycleBenchmark {

    private static final String SECTION = "Lifecycle throughput (submission to REALISED, one driver thread, PostgreSQL 17)";
    private static final int WARM_UP = 10;
    private static final int ROUNDS = Integer.getInteger("benchmark.lifecycle.rounds", 8);
    private static final int PER_ROUND = Integer.getInteger("benchmark.lifecycle.ideas", 20);

    @Autowired
    Ideas ideas;
    @Autowired
    ProcessSteps steps;

    @Test
    void fruition_drives_ideas_to_realised_at_no_less_than_four_fifths_of_the_raw_engine() throws Exception {
        TestPostgres postgres = TestPostgres.shared();
        // The raw engine's no-op beans are registered per thread (Camunda's Mocks): it runs on a thread of its own,
        // so that Fruition's engine, on this one, never resolves a bean to a no-op.
        ExecutorService rawThread = Executors.newSingleThreadExecutor();
        RawEngine raw = rawThread.submit(() -> RawEngine.on("raw-lifecycle", postgres.createDatabase("raw"),
                "postgres", "")).get();
        try {
            for (int i = 0; i < WARM_UP; i++) {
                assertThat(fruition()).isEqualTo(IdeaStatus.REALISED);
                assertThat(rawThread.submit(() -> raw.driveToRealised(raw.submit())).get()).isTrue();
            }
            List<Double> fruitionRates = new ArrayList<>();
            List<Double> rawRates = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                long t = System.nanoTime();
                for (int i = 0; i < PER_ROUND; i++) {
                    assertThat(fruition()).isEqualTo(IdeaStatus.REALISED);
                }
                fruitionRates.add(PER_ROUND / ((System.nanoTime() - t) / 1e9));
                long began = System.nanoTime();
                int realised = rawThread.submit(() -> {
                    int n = 0;
                    for (int i = 0; i < PER_ROUND; i++) {
                        n += raw.driveToRealised(raw.submit()) ? 1 : 0;
                    }
                    return n;
                }).get();
                rawRates.add(PER_ROUND / ((System.nanoTime() - began) / 1e9));
                assertThat(realised).isEqualTo(PER_ROUND);
            }
            String note = ROUNDS + " rounds of " + PER_ROUND + " ideas, after " + WARM_UP + " of each";
            var ours = BenchmarkReport.figure(SECTION, "Fruition (services, authorizations, forms, features)",
                    "ideas/s", fruitionRates, note);
            var floor = BenchmarkReport.figure(SECTION, "raw engine, same models, no-op beans", "ideas/s",
                    rawRates, note);
            BenchmarkReport.ratio("Lifecycle throughput", "Fruition ÷ raw engine (medians)",
                    ours.median() / floor.median(), 0.8, null);
        } finally {
            rawThread.submit(raw::close).get();
            rawThread.shutdownNow();
        }
    }

    /** One idea of pat's, taken to REALISED by the NorthGas members as the application scenarios do. */
    private IdeaStatus fruition() {
        Idea idea = ideas.submit("pat", new IdeaSubmission("NG", "Benchmark idea", "A problem worth solving.",
                "A proposal.", null));
        String n = idea.getNumber();
        steps.complete("nora", n, SCREEN_IDEA, Map.of(Var.SCREENING_DECISION, "ACCEPT"));
        assertThat(ideas.get(idea.getId()).getStatus()).as("screened in").isEqualTo(IdeaStatus.IN_VALUATION);
        steps.complete("carl", n, ESTIMATE_CUSTOMER_VALUE, Estimates.typical());
        steps.complete("steve", n, ESTIMATE_SUPPLIER_VALUE, Estimates.typical());
        assertThat(ideas.get(idea.getId()).getStatus()).as("estimated").isEqualTo(IdeaStatus.IN_REVIEW);
        for (String voter : steps.assigneesAt(n, BOARD_VOTE)) {
            steps.complete(voter, n, BOARD_VOTE, Map.of(Var.VOTE, "APPROVE", Var.VOTE_REASON, "Because."));
        }
        assertThat(ideas.get(idea.getId()).getStatus()).as("approved").isEqualTo(IdeaStatus.APPROVED);
        LocalDate today = LocalDate.now();
        steps.complete("dave", n, PLAN_DELIVERY, Map.of(Var.DELIVERY_TARGET_DATE, today.plusMonths(2).toString(),
                Var.MILESTONES, List.of(Map.of("dueOn", today.plusWeeks(3).toString(), "title", "Pilot"))));
        steps.complete("dave", n, REPORT_PROGRESS, Map.of(Var.RAG, "GREEN", Var.PERCENT_COMPLETE, 100L,
                Var.PROGRESS_SUMMARY, "Live everywhere.", Var.MILESTONES_DONE, List.of("1"), Var.DELIVERY_FINISHED, true));
        steps.complete("nora", n, ACCEPT_DELIVERY, Map.of(Var.ACCEPTANCE, "ACCEPT"));
        steps.fireTimer(n, BENEFITS_REVIEW_DUE);
        steps.complete("nora", n, RECORD_CUSTOMER_BENEFIT, Map.of(Var.REALISED_BENEFIT, 55_000L));
        steps.complete("sam", n, RECORD_SUPPLIER_BENEFIT, Map.of(Var.REALISED_BENEFIT, 30_000L));
        return ideas.get(idea.getId()).getStatus();
    }
}
