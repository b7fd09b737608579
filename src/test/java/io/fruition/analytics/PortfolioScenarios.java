package io.fruition.analytics;

import static io.fruition.analytics.PortfolioData.at;
import static io.fruition.analytics.PortfolioData.plusDays;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import io.fruition.analytics.Portfolio.FunnelStage;
import io.fruition.idea.IdeaQuery;
import io.fruition.idea.IdeaSearch;
import io.fruition.idea.IdeaStatus;
import io.fruition.partnership.Partnerships;
import io.fruition.partnership.Side;
import io.fruition.pulse.PulseResults;
import io.fruition.security.UserAccounts;
import io.fruition.shared.Csv;
import io.fruition.shared.InvalidInputException;
import io.fruition.shared.NotFoundException;

/**
 * Every portfolio figure against a data set worked out by hand: ten ideas submitted in March 2025, each stopped
 * at a known stage, with known waiting times, estimates, deliveries and realised benefits. The same scenarios
 * run on H2 and on PostgreSQL, because the figures are computed by the database.
 */
public abstract class PortfolioScenarios {

    private static final PortfolioRange MARCH_2025 = new PortfolioRange(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31));

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Partnerships partnerships;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Portfolios portfolios;
    @Autowired
    IdeaSearch search;

    PortfolioData data;

    @BeforeEach
    void a_partnership_with_a_known_portfolio() {
        data = new PortfolioData(jdbc, partnerships, accounts);
        // reached SUBMITTED 10, IN_SCREENING 9, IN_VALUATION 7, IN_REVIEW 6, APPROVED 4, IN_DELIVERY 3, DELIVERED 2, REALISED 1
        long submitted = data.idea("Waiting to be screened", Side.CUSTOMER, "SUBMITTED", "SUBMITTED", at(2025, 3, 1));
        long screening = data.idea("Being screened", Side.CUSTOMER, "IN_SCREENING", "IN_SCREENING", at(2025, 3, 2));
        long rejected = data.idea("Rejected in screening", Side.SUPPLIER, "REJECTED", "IN_SCREENING", at(2025, 3, 3));
        long valuation = data.idea("Being valued", Side.PARTNER, "IN_VALUATION", "IN_VALUATION", at(2025, 3, 4));
        long review = data.idea("In front of the board", Side.CUSTOMER, "IN_REVIEW", "IN_REVIEW", at(2025, 3, 5));
        long boardRejected = data.idea("Rejected by the board", Side.SUPPLIER, "REJECTED", "IN_REVIEW", at(2025, 3, 6));
        long approved = data.idea("Approved, not started", Side.CUSTOMER, "APPROVED", "APPROVED", at(2025, 3, 7));
        long delivery = data.idea("Being delivered", Side.SUPPLIER, "IN_DELIVERY", "IN_DELIVERY", at(2025, 3, 8));
        long delivered = data.idea("Delivered — ещё не оценено, \"quoted\", =1+1", Side.CUSTOMER, "DELIVERED",
                "DELIVERED", at(2025, 3, 9));
        long realised = data.idea("Realised, with value", Side.PARTNER, "REALISED", "REALISED", at(2025, 3, 10));
        // An idea outside the period, which no figure for March may count.
        long april = data.idea("Submitted in April", Side.CUSTOMER, "IN_SCREENING", "IN_SCREENING", at(2025, 4, 15));
        data.screened(april, at(2025, 4, 16));

        // First screening decisions after 1..8 days: median 4.5, 90th percentile 7.3.
        long[] screenedIdeas = {rejected, valuation, review, boardRejected, approved, delivery, delivered, realised};
        for (int i = 0; i < screenedIdeas.length; i++) {
            Timestamp created = jdbc.sql("select created_at from idea where id = ?").param(screenedIdeas[i])
                    .query(Timestamp.class).single();
            data.screened(screenedIdeas[i], plusDays(created, i + 1));
            data.screened(screenedIdeas[i], plusDays(created, i + 30)); // a later decision never counts as the first
        }
        // Board decisions after 10, 20, 30, 40, 50 days: median 30, 90th percentile 46.
        long[] decidedIdeas = {boardRejected, approved, delivery, delivered, realised};
        for (int i = 0; i < decidedIdeas.length; i++) {
            Timestamp created = jdbc.sql("select created_at from idea where id = ?").param(decidedIdeas[i])
                    .query(Timestamp.class).single();
            data.boardDecided(decidedIdeas[i], plusDays(created, (i + 1) * 10));
        }
        data.valued(review, "FILL_IN", 20_000, 5_000, 8_000, 10_000);
        data.valued(approved, "QUICK_WIN", 60_000, 40_000, 5_000, 48_990);
        data.valued(delivery, "STRATEGIC_BET", 200_000, 150_000, 90_000, 173_205);
        data.valued(delivered, "QUICK_WIN", 30_000, 30_000, 2_000, 30_000);
        data.valued(realised, "STRATEGIC_BET", 100_000, 50_000, 40_000, 70_711);
        data.accepted(delivered, at(2025, 6, 1));
        data.accepted(realised, at(2024, 12, 1));
        data.realised(realised, Side.CUSTOMER, 90_000);
        data.realised(realised, Side.SUPPLIER, 40_000);
        // Screening took 1, 2, 3 and 4 days: median 2.5, 90th percentile 3.7. Delivery once, 60 days.
        for (int d = 1; d <= 4; d++) {
            data.activity("UserTask_ScreenIdea", at(2025, 3, d), d);
        }
        data.activity("CallActivity_Delivery", at(2025, 3, 20), 60);
        data.activity("UserTask_ScreenIdea", at(2025, 5, 1), 100); // outside the period
        assertThat(submitted + screening).isPositive();
    }

    @Test
    void the_funnel_counts_every_idea_at_the_furthest_stage_it_reached() {
        Portfolio.Funnel funnel = portfolios.funnel(data.member, data.prefix, MARCH_2025);

        assertThat(funnel.stages()).extracting(FunnelStage::stage).containsExactlyElementsOf(IdeaStatus.FUNNEL);
        assertThat(funnel.stages()).extracting(FunnelStage::reached).containsExactly(10L, 9L, 7L, 6L, 4L, 3L, 2L, 1L);
        assertThat(funnel.stages()).extracting(FunnelStage::conversionPercent)
                .containsExactly(null, 90.0, 77.8, 85.7, 66.7, 75.0, 66.7, 50.0);
        assertThat(funnel.stages()).extracting(FunnelStage::now).containsExactly(1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L);
        assertThat(funnel.reachedDeliveryPercent()).isEqualTo(30.0);
        assertThat(funnel.byStatus()).filteredOn(s -> s.status() == IdeaStatus.REJECTED)
                .singleElement().extracting(Portfolio.StatusCount::ideas).isEqualTo(2L);
    }

    @Test
    void waiting_times_are_medians_and_90th_percentiles_of_the_first_decisions() {
        Portfolio.Responsiveness r = portfolios.responsiveness(data.member, data.prefix, MARCH_2025);

        assertThat(r.toScreeningDecision().count()).isEqualTo(8);
        assertThat(r.toScreeningDecision().medianDays()).isEqualTo(4.5);
        assertThat(r.toScreeningDecision().p90Days()).isEqualTo(7.3);
        assertThat(r.toBoardDecision().count()).isEqualTo(5);
        assertThat(r.toBoardDecision().medianDays()).isEqualTo(30.0);
        assertThat(r.toBoardDecision().p90Days()).isEqualTo(46.0);
        List<Portfolio.Spread> stages = portfolios.timeInStages(data.member, data.prefix, MARCH_2025).stages();
        Portfolio.Spread screening = stages.get(0);
        assertThat(screening.what()).startsWith("Screening");
        assertThat(screening.count()).isEqualTo(4);
        assertThat(screening.medianDays()).isEqualTo(2.5);
        assertThat(screening.p90Days()).isEqualTo(3.7);
        assertThat(stages).filteredOn(s -> s.what().startsWith("Delivery")).singleElement()
                .satisfies(s -> assertThat(s.medianDays()).isEqualTo(60.0));
        assertThat(stages).filteredOn(s -> s.what().startsWith("Sponsor")).singleElement()
                .satisfies(s -> assertThat(s.count()).isZero());
        assertThat(r.screeningSlaWorkingDays()).isEqualTo(5);
    }

    @Test
    void the_review_services_record_when_each_idea_was_first_screened_and_first_decided_by_the_board() {
        // The demo's NorthGas ideas went through the real screening and board services.
        String demo = "from idea i join partnership p on p.id = i.partnership_id where p.prefix = 'NG'";
        assertThat(jdbc.sql("select count(*) " + demo + " and i.first_screened_at is not null").query(Long.class).single())
                .isPositive()
                .isEqualTo(jdbc.sql("select count(distinct d.idea_id) from screening_decision d join idea i on i.id = d.idea_id"
                        + " join partnership p on p.id = i.partnership_id where p.prefix = 'NG'").query(Long.class).single());
        assertThat(jdbc.sql("select count(*) " + demo + " and i.first_screened_at <> (select min(d.decided_at)"
                + " from screening_decision d where d.idea_id = i.id)").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) " + demo + " and i.board_decided_at is not null").query(Long.class).single())
                .isPositive()
                .isEqualTo(jdbc.sql("select count(distinct r.idea_id) from board_round r join idea i on i.id = r.idea_id"
                        + " join partnership p on p.id = i.partnership_id where p.prefix = 'NG'").query(Long.class).single());
    }

    @Test
    void the_value_map_shows_the_valued_ideas_highest_mutual_value_first() {
        Portfolio.ValueMap map = portfolios.valueMap(data.member, data.prefix, MARCH_2025);

        assertThat(map.total()).isEqualTo(5);
        assertThat(map.bubbles()).extracting(Portfolio.Bubble::title).first().isEqualTo("Being delivered");
        assertThat(map.bubbles()).extracting(b -> b.score().intValue())
                .containsExactly(173_205, 70_711, 48_990, 30_000, 10_000);
        Portfolio.Bubble top = map.bubbles().get(0);
        assertThat(top.customerValue()).isEqualByComparingTo("200000");
        assertThat(top.supplierValue()).isEqualByComparingTo("150000");
        assertThat(top.oneOffCost()).isEqualByComparingTo("90000");
    }

    @Test
    void origin_counts_ideas_and_approvals_per_side_and_campaign() {
        Portfolio.Origin origin = portfolios.origin(data.member, data.prefix, MARCH_2025);

        assertThat(origin.bySide()).extracting(Portfolio.OriginCount::origin, Portfolio.OriginCount::ideas,
                Portfolio.OriginCount::approved).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Customer", 5L, 2L),
                        org.assertj.core.groups.Tuple.tuple("Supplier", 3L, 1L),
                        org.assertj.core.groups.Tuple.tuple("Partner", 2L, 1L));
        assertThat(origin.byCampaign()).singleElement().satisfies(c -> {
            assertThat(c.origin()).isEqualTo("Outside any campaign");
            assertThat(c.ideas()).isEqualTo(10);
        });
    }

    @Test
    void value_realised_compares_estimated_and_realised_value_per_side_by_year_of_acceptance() {
        Portfolio.ValueRealised value = portfolios.valueRealised(data.member, data.prefix, PortfolioRange.ALL_TIME);

        assertThat(value.years()).extracting(Portfolio.RealisedYear::year).containsExactly(2024, 2025);
        Portfolio.RealisedYear y2024 = value.years().get(0);
        assertThat(y2024.delivered()).isEqualTo(1);
        assertThat(y2024.reviewed()).isEqualTo(1);
        assertThat(y2024.customerEstimated()).isEqualByComparingTo("100000");
        assertThat(y2024.customerRealised()).isEqualByComparingTo("90000");
        assertThat(y2024.supplierEstimated()).isEqualByComparingTo("50000");
        assertThat(y2024.supplierRealised()).isEqualByComparingTo("40000");
        Portfolio.RealisedYear y2025 = value.years().get(1);
        assertThat(y2025.delivered()).isEqualTo(1);
        assertThat(y2025.reviewed()).isZero();
        assertThat(y2025.customerRealised()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(value.realised(Side.CUSTOMER)).isEqualByComparingTo("90000");
        assertThat(value.realised(Side.SUPPLIER)).isEqualByComparingTo("40000");

        assertThat(portfolios.valueRealised(data.member, data.prefix,
                new PortfolioRange(LocalDate.of(2025, 1, 1), null)).years()).extracting(Portfolio.RealisedYear::year)
                .containsExactly(2025);
    }

    @Test
    void a_period_without_ideas_has_empty_figures_and_a_backwards_period_is_refused() {
        PortfolioRange empty = new PortfolioRange(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31));
        Portfolio portfolio = portfolios.of(data.member, data.prefix, empty);
        assertThat(portfolio.funnel().submitted()).isZero();
        assertThat(portfolio.funnel().reachedDeliveryPercent()).isNull();
        assertThat(portfolio.valueMap().bubbles()).isEmpty();
        assertThat(portfolio.origin().bySide()).isEmpty();
        assertThat(portfolio.responsiveness().toScreeningDecision().medianDays()).isNull();
        assertThat(portfolio.tables()).allSatisfy(t -> assertThat(t.columns()).isNotEmpty());

        assertThatThrownBy(() -> new PortfolioRange(LocalDate.of(2025, 3, 31), LocalDate.of(2025, 3, 1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("before it starts");
    }

    @Test
    void a_member_of_another_partnership_gets_no_figure_no_row_and_no_line_of_it() throws Exception {
        for (Runnable figure : List.<Runnable>of(
                () -> portfolios.of(data.outsider, data.prefix, PortfolioRange.ALL_TIME),
                () -> portfolios.funnel(data.outsider, data.prefix, PortfolioRange.ALL_TIME),
                () -> portfolios.valueMap(data.outsider, data.prefix, PortfolioRange.ALL_TIME),
                () -> portfolios.responsiveness(data.outsider, data.prefix, PortfolioRange.ALL_TIME),
                () -> portfolios.timeInStages(data.outsider, data.prefix, PortfolioRange.ALL_TIME),
                () -> portfolios.origin(data.outsider, data.prefix, PortfolioRange.ALL_TIME),
                () -> portfolios.valueRealised(data.outsider, data.prefix, PortfolioRange.ALL_TIME))) {
            assertThatThrownBy(figure::run).isInstanceOf(NotFoundException.class);
        }
        // The outsider's own partnership (NG) shows nothing of this one, in figures, CSV or PDF.
        Portfolio theirs = portfolios.of(data.outsider, "NG", PortfolioRange.ALL_TIME);
        assertThat(theirs.valueMap().bubbles()).noneMatch(b -> b.number().startsWith(data.prefix + "-"));
        assertThat(theirs.funnel().submitted())
                .isEqualTo(jdbc.sql("select count(*) from idea i join partnership p on p.id = i.partnership_id"
                        + " where p.prefix = 'NG'").query(Long.class).single());
        String csv = new String(Csv.of(search.export(data.outsider, IdeaQuery.all().inPartnership(data.prefix))),
                StandardCharsets.UTF_8);
        assertThat(csv).doesNotContain(data.prefix + "-");
        String allTheirIdeas = new String(Csv.of(search.export(data.outsider, IdeaQuery.all())), StandardCharsets.UTF_8);
        assertThat(allTheirIdeas).contains("NG-").doesNotContain(data.prefix + "-");
        String pdf = text(BoardPack.render(theirs, LocalDate.of(2026, 12, 1)));
        assertThat(pdf).contains("NorthGas").doesNotContain(data.prefix).doesNotContain("Being delivered");

        String mine = text(BoardPack.render(portfolios.of(data.member, data.prefix, MARCH_2025), LocalDate.of(2026, 12, 1)));
        assertThat(mine).contains(data.prefix + "-8").contains("Being delivered").doesNotContain("NG-");
    }

    @Test
    void the_board_pack_is_one_page_with_the_headline_figures() throws Exception {
        byte[] pdf = BoardPack.render(portfolios.of(data.member, data.prefix, MARCH_2025), LocalDate.of(2026, 12, 1));
        Files.createDirectories(Path.of("target", "exports"));
        Files.write(Path.of("target", "exports", "board-pack-known-data.pdf"), pdf);
        Portfolio northGas = portfolios.of("nora", "NG", PortfolioRange.ALL_TIME);
        byte[] demo = BoardPack.render(northGas, LocalDate.of(2026, 12, 1));
        PdfReader demoReader = new PdfReader(demo);
        assertThat(demoReader.getNumberOfPages()).isEqualTo(1);
        // Beside the value realised: the relationship's score by round and the commitments with their marks.
        String demoText = new PdfTextExtractor(demoReader).getTextFromPage(1).replaceAll("\\s+", " ");
        assertThat(demoText).contains("The relationship").contains("Commitments");
        var lastRound = northGas.relationship().rounds().get(northGas.relationship().rounds().size() - 1);
        assertThat(demoText).contains(PulseResults.plain(lastRound.score()));
        northGas.relationship().commitments().forEach(c -> assertThat(demoText).contains(c.mark().label()));
        Files.write(Path.of("target", "exports", "board-pack-northgas.pdf"), demo);
        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains("Portfolio").contains("1 Mar 2025 – 31 Mar 2025").contains("30.0 %")
                .contains("Funnel").contains("First screening decision");
    }

    @Test
    void the_idea_list_exports_as_csv_that_round_trips_text_and_neutralises_formulas() throws Exception {
        byte[] csv = Csv.of(search.export(data.member, IdeaQuery.all().inPartnership(data.prefix)
                .between(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31))));
        List<CSVRecord> records = parse(csv);
        assertThat(records.get(0).values()).startsWith("Idea", "Title", "Status");
        assertThat(records).hasSize(11);
        assertThat(records).extracting(r -> r.get(1))
                .contains("'Delivered — ещё не оценено, \"quoted\", =1+1".substring(1));
    }

    static List<CSVRecord> parse(byte[] csv) throws Exception {
        assertThat(csv[0] & 0xff).isEqualTo(0xEF); // the UTF-8 byte-order mark
        Reader reader = new InputStreamReader(new ByteArrayInputStream(csv, 3, csv.length - 3), StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.parse(reader).getRecords();
    }

    private static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        return text.toString();
    }
}
