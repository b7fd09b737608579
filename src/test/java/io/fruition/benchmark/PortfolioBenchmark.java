package io.fruition.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.fruition.analytics.Portfolio;
import io.fruition.analytics.PortfolioRange;
import io.fruition.analytics.Portfolios;
import io.fruition.partnership.Partnerships;
import io.fruition.security.UserAccounts;
import io.fruition.support.FruitionPostgresTest;

/**
 * How long each portfolio figure takes on the server for a partnership with 100,000 ideas and their history
 * (screening decisions, board rounds, estimates, deliveries, realised benefits and about 330,000 visits of process
 * steps in the engine's history), on the embedded PostgreSQL. Not part of {@code ./mvnw verify}: run it with
 * {@code ./mvnw -Pproduction,benchmark verify}; the figures go to the console and to target/benchmarks/portfolio.txt.
 */
@FruitionPostgresTest
class PortfolioBenchmark {

    private static final int IDEAS = 100_000;
    private static final int WARM_UP = 10;
    private static final int RUNS = 40;
    private static final String PREFIX = "BIG";
    private static final String USER = "bench-lead";
    private static final String SECTION = "Portfolio figures on the server (100,000 ideas with their history, PostgreSQL 17)";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Partnerships partnerships;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Portfolios portfolios;

    @Test
    void every_portfolio_figure_with_one_hundred_thousand_ideas() throws IOException {
        long started = System.nanoTime();
        new ScaleData(jdbc, partnerships, accounts).seed(PREFIX, USER, IDEAS);
        double seedSeconds = (System.nanoTime() - started) / 1e9;
        PortfolioRange all = PortfolioRange.ALL_TIME;
        assertThat(portfolios.funnel(USER, PREFIX, all).submitted()).isEqualTo(IDEAS);

        Map<String, Supplier<Object>> figures = new LinkedHashMap<>();
        figures.put("funnel", () -> portfolios.funnel(USER, PREFIX, all));
        figures.put("value map (count + top 500)", () -> portfolios.valueMap(USER, PREFIX, all));
        figures.put("responsiveness (waits, open and late steps)", () -> portfolios.responsiveness(USER, PREFIX, all));
        figures.put("time in each stage (step visits)", () -> portfolios.timeInStages(USER, PREFIX, all));
        figures.put("origin", () -> portfolios.origin(USER, PREFIX, all));
        figures.put("value realised", () -> portfolios.valueRealised(USER, PREFIX, all));
        figures.put("the whole page (all six)", () -> portfolios.of(USER, PREFIX, all));
        StringBuilder report = new StringBuilder(String.format(
                "Portfolio figures, partnership with %,d ideas and their history, all time, PostgreSQL 17 (server side):%n",
                IDEAS));
        List<Double> wholePage = new ArrayList<>();
        for (Map.Entry<String, Supplier<Object>> figure : figures.entrySet()) {
            for (int i = 0; i < WARM_UP; i++) {
                figure.getValue().get();
            }
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                long t = System.nanoTime();
                Object result = figure.getValue().get();
                millis.add((System.nanoTime() - t) / 1e6);
                assertThat(result).isNotNull();
            }
            if (figure.getKey().startsWith("the whole page")) {
                wholePage.addAll(millis.stream().sorted().toList());
            }
            BenchmarkReport.figure(SECTION, figure.getKey(), "ms", millis, RUNS + " runs after " + WARM_UP + " warm-up");
            Collections.sort(millis);
            report.append(String.format("  %-45s median %6.1f ms, p95 %6.1f ms, max %6.1f ms%n", figure.getKey(),
                    millis.get(RUNS / 2), millis.get(RUNS * 95 / 100), millis.get(RUNS - 1)));
        }
        BenchmarkReport.limit("Portfolio", "the whole portfolio page, 100,000 ideas (p95, ms)",
                BenchmarkReport.percentile(wholePage, 95), 300.0, null);
        Portfolio portfolio = portfolios.of(USER, PREFIX, all);
        assertThat(portfolio.valueMap().total()).isPositive();
        assertThat(portfolio.timeInStages().stages().get(0).count()).isPositive();
        report.append(String.format("  (%d warm-up and %d measured runs each; seeding took %.0f s)%n", WARM_UP, RUNS,
                seedSeconds));
        System.out.print(report);
        Path out = Path.of("target", "benchmarks", "portfolio.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
    }
}
