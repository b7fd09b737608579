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
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.fruition.analytics.Portfolio;
import io.fruition.analytics.PortfolioRange;
import io.fruition.analytics.Portfolios;
import io.fruition.partnership.Organisation;
import io.fruition.partnership.OrganisationKind;
import io.fruition.partnership.PartnershipRole;
import io.fruition.partnership.Partnerships;
import io.fruition.partnership.Side;
import io.fruition.security.UserAccounts;
import io.fruition.support.FruitionPostgresTest;

/**
 * How long each portfolio figure takes on the server for a partnership with 100,000 ideas and their history
 * (screening decisions, board rounds, estimates, deliveries, realised benefits and about 330,000 visits of process
 * steps in the engine's history), on the embedded PostgreSQL. Not part of {@code ./mvnw verify}: run it with
 * {@code ./mvnw -Pbenchmark verify}; the figures go to the console and to target/benchmarks/portfolio.txt.
 */
@FruitionPostgresTest
class PortfolioBenchmark {

    private static final int IDEAS = 100_000;
    private static final int WARM_UP = 10;
    private static final int RUNS = 40;
    private static final String PREFIX = "BIG";
    private static final String USER = "bench-lead";

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
        seed();
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
            Collections.sort(millis);
            report.append(String.format("  %-45s median %6.1f ms, p95 %6.1f ms, max %6.1f ms%n", figure.getKey(),
                    millis.get(RUNS / 2), millis.get(RUNS * 95 / 100), millis.get(RUNS - 1)));
        }
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

    private void seed() {
        accounts.create(USER, "Benchmark Lead", null, "bench-password", false);
        accounts.create("bench-supplier", "Benchmark Supplier Lead", null, "bench-password", false);
        Organisation supplier = partnerships.createOrganisation("Benchmark Supplier", OrganisationKind.SUPPLIER);
        Organisation customer = partnerships.createOrganisation("Benchmark Customer", OrganisationKind.CUSTOMER);
        partnerships.createPartnership("Benchmark ↔ Customer", PREFIX, "EUR", supplier, customer);
        partnerships.addMember(PREFIX, USER, Side.CUSTOMER, Set.of(PartnershipRole.INNOVATION_LEAD));
        partnerships.addMember(PREFIX, "bench-supplier", Side.SUPPLIER, Set.of(PartnershipRole.INNOVATION_LEAD));
        long p = jdbc.sql("select id from partnership where prefix = ?").param(PREFIX).query(Long.class).single();
        // Stage by g % 20: 0-1 submitted, 2-4 screening (3 and 9 rejected), 5-7 valuation, 8-10 review,
        // 11-12 approved, 13-14 delivery, 15-16 delivered, 17-19 realised.
        jdbc.sql("""
                insert into idea (partnership_id, seq, number, title, problem, proposal, origin_side, submitter, status,
                                  status_changed_at, created_at, reached_stage, process_instance_id, campaign_id)
                select ?, g, 'BIG-' || g, 'Benchmark idea ' || g, 'A problem.', 'A proposal.',
                       (array['CUSTOMER','SUPPLIER','PARTNER'])[1 + g % 3], ?,
                       case when g % 20 in (3, 9) then 'REJECTED' else s.stage end,
                       now() - ((g % 730) || ' days')::interval + interval '20 days',
                       now() - ((g % 730) || ' days')::interval - ((g % 24) || ' hours')::interval,
                       s.stage, 'big-pi-' || g, null
                from generate_series(1, ?) g
                cross join lateral (select case
                    when g % 20 < 2 then 'SUBMITTED' when g % 20 < 5 then 'IN_SCREENING'
                    when g % 20 < 8 then 'IN_VALUATION' when g % 20 < 11 then 'IN_REVIEW'
                    when g % 20 < 13 then 'APPROVED' when g % 20 < 15 then 'IN_DELIVERY'
                    when g % 20 < 17 then 'DELIVERED' else 'REALISED' end as stage) s""")
                .params(p, USER, IDEAS).update();
        jdbc.sql("update partnership set last_idea_seq = ? where id = ?").params(IDEAS, p).update();
        jdbc.sql("update idea set first_screened_at = created_at + ((seq % 9 + 1) || ' days')::interval"
                + " where partnership_id = ? and reached_stage <> 'SUBMITTED'").param(p).update();
        jdbc.sql("update idea set board_decided_at = created_at + ((seq % 30 + 5) || ' days')::interval"
                + " where partnership_id = ? and reached_stage in ('APPROVED', 'IN_DELIVERY', 'DELIVERED', 'REALISED')")
                .param(p).update();
        jdbc.sql("""
                insert into screening_decision (idea_id, decided_by, outcome, decided_at)
                select id, ?, 'ACCEPTED', created_at + ((seq % 9 + 1) || ' days')::interval
                from idea where partnership_id = ? and reached_stage not in ('SUBMITTED')""").params(USER, p).update();
        jdbc.sql("""
                insert into board_round (idea_id, round, outcome, decided_at)
                select id, 1, 'APPROVED', created_at + ((seq % 30 + 5) || ' days')::interval
                from idea where partnership_id = ? and reached_stage in ('APPROVED', 'IN_DELIVERY', 'DELIVERED', 'REALISED')""")
                .param(p).update();
        jdbc.sql("""
                insert into idea_priority (idea_id, priority, mutual_value_score, customer_expected, supplier_expected,
                                           customer_share, one_off_cost, confidence, decided_at)
                select id, (array['QUICK_WIN','STRATEGIC_BET','FILL_IN','DEPRIORITISE'])[1 + seq % 4],
                       sqrt((10000 + seq % 97 * 1000)::numeric * (5000 + seq % 89 * 900)),
                       10000 + seq % 97 * 1000, 5000 + seq % 89 * 900, 50, 1000 + seq % 50 * 500, 'MEDIUM', created_at
                from idea where partnership_id = ?
                  and reached_stage in ('IN_REVIEW', 'APPROVED', 'IN_DELIVERY', 'DELIVERED', 'REALISED')""")
                .param(p).update();
        for (String side : List.of("CUSTOMER", "SUPPLIER")) {
            jdbc.sql("""
                    insert into value_estimate (idea_id, side, estimator, benefit_low, benefit_likely, benefit_high,
                        expected_benefit, one_off_cost, effort_days, months_to_value, confidence, rationale, created_at)
                    select idea_id, ?, ?, customer_expected, customer_expected, customer_expected,
                           case when ? = 'CUSTOMER' then customer_expected else supplier_expected end,
                           one_off_cost, 10, 3, 'MEDIUM', 'Benchmark.', decided_at
                    from idea_priority v join idea i on i.id = v.idea_id where i.partnership_id = ?""")
                    .params(side, USER, side, p).update();
        }
        jdbc.sql("""
                insert into delivery (idea_id, owner, target_date, planned_at, accepted_at)
                select id, ?, current_date, created_at + interval '40 days', created_at + interval '90 days'
                from idea where partnership_id = ? and reached_stage in ('DELIVERED', 'REALISED')""").params(USER, p).update();
        for (String side : List.of("CUSTOMER", "SUPPLIER")) {
            jdbc.sql("""
                    insert into realised_benefit (idea_id, side, annual_benefit, recorded_by, recorded_at)
                    select v.idea_id, ?, v.customer_expected * 0.9, ?, v.decided_at + interval '180 days'
                    from idea_priority v join idea i on i.id = v.idea_id
                    where i.partnership_id = ? and i.reached_stage = 'REALISED'""").params(side, USER, p).update();
        }
        // The visits of the steps those ideas went through, as Fruition keeps them.
        history(p, "UserTask_ScreenIdea", "reached_stage <> 'SUBMITTED'", 0, "seq % 9 + 1");
        history(p, "UserTask_EstimateCustomerValue", "reached_stage not in ('SUBMITTED', 'IN_SCREENING')", 10, "seq % 7 + 2");
        history(p, "UserTask_EstimateSupplierValue", "reached_stage not in ('SUBMITTED', 'IN_SCREENING')", 10, "seq % 5 + 1");
        history(p, "UserTask_BoardVote#multiInstanceBody", "reached_stage in ('APPROVED', 'IN_DELIVERY', 'DELIVERED', 'REALISED')",
                20, "seq % 7 + 1");
        history(p, "CallActivity_Delivery", "reached_stage in ('DELIVERED', 'REALISED')", 40, "seq % 60 + 30");
        // Measured on a settled database, not while autovacuum catches up with the seeding.
        jdbc.sql("vacuum analyze").update();
    }

    private void history(long partnership, String activity, String which, int startDays, String durationDays) {
        jdbc.sql("""
                insert into step_visit (activity_instance_id, idea_number, tenant, process_definition_key,
                    process_definition_id, process_instance_id, activity_id, activity_type, started_at, ended_at,
                    duration_ms)
                select process_instance_id || ':%1$s', number, ?, 'idea-lifecycle', 'idea-lifecycle:1:bench',
                       process_instance_id, '%1$s', 'userTask',
                       created_at + interval '%2$d days',
                       created_at + interval '%2$d days' + ((%3$s) || ' days')::interval,
                       (%3$s)::bigint * 86400000
                from idea where partnership_id = ? and %4$s""".formatted(activity, startDays, durationDays, which))
                .params(PREFIX, partnership).update();
    }
}
