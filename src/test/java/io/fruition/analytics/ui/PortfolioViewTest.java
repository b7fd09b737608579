package io.fruition.analytics.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;

import io.fruition.admin.PartnershipSetup;
import io.fruition.admin.People;
import io.fruition.analytics.Portfolio;
import io.fruition.analytics.PortfolioRange;
import io.fruition.analytics.Portfolios;
import io.fruition.partnership.OrganisationKind;
import io.fruition.partnership.PartnershipAdministration.NewPartnership;
import io.fruition.partnership.Side;
import io.fruition.portal.ui.IdeaView;
import io.fruition.support.KaribuTest;
import io.fruition.base.ui.EChart;
import io.fruition.support.Tags;

/** The portfolio page: the figures of the member's partnership, in charts and tables, and nothing else's. */
class PortfolioViewTest extends KaribuTest {

    @Autowired
    Portfolios portfolios;
    @Autowired
    PartnershipSetup setup;
    @Autowired
    People people;

    @Test
    void nora_sees_the_value_per_side_and_every_figure_as_a_table_of_northgas_only() {
        login("nora");
        UI.getCurrent().navigate(PortfolioView.class);

        Portfolio expected = portfolios.of("nora", "NG", PortfolioRange.ALL_TIME);
        assertThat(text("kpi-customer")).startsWith("EUR " + money(expected.valueRealised().realised(Side.CUSTOMER)))
                .contains("realised per year for the customer");
        assertThat(text("kpi-supplier")).startsWith("EUR " + money(expected.valueRealised().realised(Side.SUPPLIER)));
        assertThat(text("kpi-submitted")).startsWith(String.valueOf(expected.funnel().submitted()));
        assertThat(_get(Paragraph.class, spec -> spec.withId("portfolio-intro")).getText()).contains("NorthGas");
        var late = expected.responsiveness();
        assertThat(late.lateScreenings()).as("the demo's oldest submitted idea waits beyond the SLA").isPositive();
        assertThat(late.longestLate()).isNotEmpty().allSatisfy(idea -> assertThat(idea.number()).startsWith("NG-"));
        String waiting = _get(Paragraph.class, spec -> spec.withId("late-screenings")).getElement().getTextRecursively();
        assertThat(waiting).contains(late.lateScreenings() + (late.lateScreenings() == 1 ? " idea waits" : " ideas wait"));
        late.longestLate().forEach(idea -> assertThat(waiting).contains(idea.number() + " " + idea.title()));

        Grid<?> funnel = grid("table-funnel");
        assertThat(GridKt._size(funnel)).isEqualTo(8);
        assertThat(GridKt._getFormattedRow(funnel, 0)).contains("Submitted")
                .contains(String.valueOf(expected.funnel().submitted()));
        Grid<?> valueMap = grid("table-value-map");
        assertThat(GridKt._size(valueMap)).isEqualTo(expected.valueMap().bubbles().size()).isPositive();
        for (int i = 0; i < GridKt._size(valueMap); i++) {
            assertThat(GridKt._getFormattedRow(valueMap, i).toString()).doesNotContain("IR-");
        }
        for (String chart : List.of("chart-funnel", "chart-value-map", "chart-stage-times", "chart-origin",
                "chart-value-realised")) {
            EChart echart = (EChart) _get(Div.class, spec -> spec.withId(chart));
            assertThat(echart.getElement().getAttribute("role")).isEqualTo("img");
            assertThat(echart.option()).startsWith("{").doesNotContain("IR-");
        }
        assertThat(_find(Anchor.class, spec -> spec.withClasses("download-link"))).hasSizeGreaterThan(8);
        assertThat(_get(Anchor.class, spec -> spec.withId("export-board-pack")).getHref()).isNotBlank();
        assertThat(_find(Select.class, spec -> spec.withId("portfolio-partnership")))
                .as("one partnership needs no selector").isEmpty();
    }

    @Test
    void beside_the_value_the_relationship_score_by_round_and_the_commitments_in_force_of_northgas_only() {
        login("nora");
        UI.getCurrent().navigate(PortfolioView.class);

        Portfolio.Relationship expected = portfolios.of("nora", "NG", PortfolioRange.ALL_TIME).relationship();
        assertThat(expected.rounds()).as("the demo's closed rounds").isNotEmpty();
        assertThat(expected.commitments()).as("the demo's commitments").isNotEmpty();
        EChart chart = (EChart) _get(Div.class, spec -> spec.withId("chart-relationship"));
        assertThat(chart.getElement().getAttribute("role")).isEqualTo("img");
        assertThat(chart.option()).startsWith("{").doesNotContain("IR-");
        Component section = _get(Component.class, spec -> spec.withId("section-relationship"));
        assertThat(section.getElement().getTextRecursively()).contains("The relationship");
        Grid<?> table = _get(section, Grid.class, spec -> spec.withId("table-commitments"));
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < GridKt._size(table); i++) {
            rows.add(String.join(" | ", GridKt._getFormattedRow(table, i)));
        }
        assertThat(rows).hasSize(expected.commitments().size());
        expected.commitments().forEach(c -> assertThat(rows).anySatisfy(row -> assertThat(row).startsWith(c.what())
                .contains(c.mark().label())));
    }

    @Test
    void clicking_a_bubble_opens_the_idea() {
        login("steve");
        UI.getCurrent().navigate(PortfolioView.class);
        String number = portfolios.valueMap("steve", "NG", PortfolioRange.ALL_TIME).bubbles().get(0).number();

        ((EChart) _get(Div.class, spec -> spec.withId("chart-value-map"))).openIdea(number);

        assertThat(_get(IdeaView.class)).isNotNull();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("ideas/" + number);
    }

    @Test
    void a_backwards_custom_period_is_explained_and_a_period_from_the_address_is_restored() {
        login("carl");
        UI.getCurrent().navigate("portfolio", QueryParameters.simple(Map.of("period", "CUSTOM",
                "from", "2026-03-01", "to", "2026-02-01")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("portfolio-range-error")).getText())
                .contains("before it starts");

        UI.getCurrent().navigate("portfolio", QueryParameters.simple(Map.of("period", "CUSTOM",
                "from", "2001-01-01", "to", "2001-12-31")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("portfolio-intro")).getText())
                .contains("1 Jan 2001 – 31 Dec 2001");
        assertThat(_get(Paragraph.class, spec -> spec.withId("empty-funnel")).getText()).contains("No idea was submitted");
        assertThat(_get(Paragraph.class, spec -> spec.withId("empty-value-map")).getText()).contains("both sides' estimates");
        assertThat(_find(Div.class, spec -> spec.withId("chart-funnel"))).isEmpty();
    }

    @Test
    void a_new_partnership_without_ideas_shows_empty_states_that_say_what_to_do() {
        String tag = Tags.letters(5);
        var supplier = setup.saveOrganisation("admin", null, "Supplier pv " + tag, OrganisationKind.SUPPLIER);
        var customer = setup.saveOrganisation("admin", null, "Customer pv " + tag, OrganisationKind.CUSTOMER);
        people.createUser("admin", "pvc-" + tag, "Customer " + tag, null, "secret-pw", false);
        people.createUser("admin", "pvs-" + tag, "Supplier " + tag, null, "secret-pw", false);
        String prefix = "V" + tag.toUpperCase();
        setup.open("admin", new NewPartnership("Empty " + tag, prefix, "GBP", supplier.getId(), customer.getId(),
                "pvs-" + tag, "pvc-" + tag));
        people.setMember("admin", "NG", "pvc-" + tag, Side.CUSTOMER, Set.of());

        login("pvc-" + tag);
        UI.getCurrent().navigate("portfolio", QueryParameters.simple(Map.of("partnership", prefix)));

        assertThat(_get(Select.class, spec -> spec.withId("portfolio-partnership"))
                .isVisible()).isTrue();
        assertThat(text("kpi-customer")).startsWith("GBP 0");
        assertThat(_get(Paragraph.class, spec -> spec.withId("empty-value-realised")).getText())
                .contains("once a delivery is accepted");
        assertThat(_get(Paragraph.class, spec -> spec.withId("late-screenings")).getText())
                .contains("No idea waits beyond the screening SLA of 5 working days");
    }

    @Test
    void someone_in_no_partnership_is_told_how_to_get_one() {
        login("admin");
        UI.getCurrent().navigate(PortfolioView.class);

        assertThat(_get(Paragraph.class, spec -> spec.withId("portfolio-no-partnership")).getText())
                .contains("not a member of any partnership");
    }

    private static String text(String id) {
        return _get(Div.class, spec -> spec.withId(id)).getChildren().map(c -> ((Span) c).getText())
                .reduce((a, b) -> a + " " + b).orElse("");
    }

    private static Grid<?> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    private static String money(BigDecimal amount) {
        return NumberFormat.getIntegerInstance(Locale.UK).format(amount);
    }
}
