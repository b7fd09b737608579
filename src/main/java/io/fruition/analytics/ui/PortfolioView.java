package io.fruition.analytics.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;

import org.springframework.modulith.NamedInterface;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import io.fruition.analytics.BoardPack;
import io.fruition.analytics.Portfolio;
import io.fruition.analytics.PortfolioRange;
import io.fruition.analytics.Portfolios;
import io.fruition.base.ui.Downloads;
import io.fruition.idea.IdeaQuery;
import io.fruition.idea.IdeaSearch;
import io.fruition.partnership.Membership;
import io.fruition.partnership.Partnerships;
import io.fruition.security.CurrentUser;
import io.fruition.shared.Csv;
import io.fruition.shared.InvalidInputException;
import io.fruition.shared.Table;

/**
 * What the innovation programme of a partnership produced for each side, and where its ideas wait: every chart
 * with its numbers as a table beside it, a period to look at, and exports (CSV per table, the idea list, a
 * one-page PDF board pack).
 */
@Route("portfolio")
@PageTitle("Portfolio · Fruition")
@PermitAll
@NamedInterface("views")
public class PortfolioView extends VerticalLayout implements BeforeEnterObserver {

    /** The periods offered: the presets and a custom one. */
    enum Period {
        ALL_TIME(PortfolioRange.Preset.ALL_TIME), LAST_12_MONTHS(PortfolioRange.Preset.LAST_12_MONTHS),
        THIS_YEAR(PortfolioRange.Preset.THIS_YEAR), LAST_90_DAYS(PortfolioRange.Preset.LAST_90_DAYS), CUSTOM(null);

        final PortfolioRange.Preset preset;

        Period(PortfolioRange.Preset preset) {
            this.preset = preset;
        }

        String label() {
            return preset == null ? "Custom dates" : preset.label();
        }
    }

    private final String username;
    private final Portfolios portfolios;
    private final IdeaSearch search;
    private final Clock clock;
    private final List<Membership> memberships;

    final Select<Membership> partnership = new Select<>();
    final Select<Period> period = new Select<>();
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final Div content = new Div();
    private boolean restoring;

    public PortfolioView(CurrentUser currentUser, Portfolios portfolios, IdeaSearch search, Partnerships partnerships,
            Clock clock) {
        this.username = currentUser.require();
        this.portfolios = portfolios;
        this.search = search;
        this.clock = clock;
        this.memberships = partnerships.membershipsOf(username);
        addClassName("portfolio-view");
        setId("portfolio");

        partnership.setLabel("Partnership");
        partnership.setId("portfolio-partnership");
        partnership.setItems(memberships);
        partnership.setItemLabelGenerator(Membership::partnershipName);
        partnership.setVisible(memberships.size() > 1);
        period.setLabel("Ideas submitted");
        period.setId("portfolio-period");
        period.setItems(Period.values());
        period.setItemLabelGenerator(Period::label);
        from.setId("portfolio-from");
        to.setId("portfolio-to");
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        from.setVisible(false);
        to.setVisible(false);
        partnership.addValueChangeListener(e -> changed());
        period.addValueChangeListener(e -> {
            boolean custom = e.getValue() == Period.CUSTOM;
            from.setVisible(custom);
            to.setVisible(custom);
            changed();
        });
        from.addValueChangeListener(e -> changed());
        to.addValueChangeListener(e -> changed());
        content.setId("portfolio-content");
        content.setWidthFull();

        HorizontalLayout filters = new HorizontalLayout(partnership, period, from, to);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        add(new H2("Portfolio"), filters, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (memberships.isEmpty()) {
            content.removeAll();
            Paragraph none = new Paragraph("You are not a member of any partnership yet, so there is no portfolio to "
                    + "show. An administrator adds you to a partnership under Administration.");
            none.addClassName("empty-state");
            none.setId("portfolio-no-partnership");
            content.add(none);
            period.setVisible(false);
            return;
        }
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        restoring = true;
        String prefix = first(params, "partnership");
        partnership.setValue(memberships.stream().filter(m -> m.partnershipPrefix().equals(prefix)).findFirst()
                .orElse(memberships.get(0)));
        Period chosen = parse(first(params, "period")).orElse(Period.ALL_TIME);
        period.setValue(chosen);
        from.setValue(date(first(params, "from")));
        to.setValue(date(first(params, "to")));
        from.setVisible(chosen == Period.CUSTOM);
        to.setVisible(chosen == Period.CUSTOM);
        restoring = false;
        refresh();
    }

    private void changed() {
        if (restoring) {
            return;
        }
        Map<String, String> params = new LinkedHashMap<>();
        if (partnership.getValue() != null) {
            params.put("partnership", partnership.getValue().partnershipPrefix());
        }
        if (period.getValue() != null) {
            params.put("period", period.getValue().name());
        }
        if (period.getValue() == Period.CUSTOM) {
            if (from.getValue() != null) {
                params.put("from", from.getValue().toString());
            }
            if (to.getValue() != null) {
                params.put("to", to.getValue().toString());
            }
        }
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location("portfolio", QueryParameters.simple(params))));
        refresh();
    }

    private PortfolioRange range() {
        Period chosen = period.getValue() == null ? Period.ALL_TIME : period.getValue();
        return chosen == Period.CUSTOM ? new PortfolioRange(from.getValue(), to.getValue()) : chosen.preset.resolve(clock);
    }

    void refresh() {
        content.removeAll();
        Membership member = partnership.getValue();
        if (member == null) {
            return;
        }
        PortfolioRange range;
        try {
            range = range();
        } catch (InvalidInputException e) {
            Paragraph problem = new Paragraph(String.join(" ", e.problems()));
            problem.addClassName("form-error");
            problem.setId("portfolio-range-error");
            content.add(problem);
            return;
        }
        Portfolio portfolio = portfolios.of(username, member.partnershipPrefix(), range);
        content.add(intro(portfolio), exports(portfolio), HeadlineFigures.of(portfolio));
        content.add(valueRealised(portfolio), funnel(portfolio), responsiveness(portfolio), valueMap(portfolio),
                origin(portfolio));
    }

    private Component intro(Portfolio p) {
        Paragraph intro = new Paragraph("What the innovation programme of " + p.partnershipName()
                + " produced for each side, for the ideas submitted " + (p.range().from() == null && p.range().to() == null
                ? "so far" : p.range().describe()) + ". Amounts are in "
                + p.currency() + "; benefits are per year.");
        intro.setId("portfolio-intro");
        return intro;
    }

    private Component exports(Portfolio p) {
        String prefix = p.prefix();
        PortfolioRange range = p.range();
        Anchor ideas = Downloads.csv("Idea list (CSV)", Csv.fileName(prefix, "ideas"), () -> search.export(username,
                IdeaQuery.all().inPartnership(prefix).between(range.from(), range.to())));
        ideas.setId("export-ideas");
        Anchor pack = Downloads.file("Board pack (PDF, one page)", prefix.toLowerCase(Locale.ROOT) + "-board-pack.pdf",
                "application/pdf", () -> BoardPack.render(portfolios.of(username, prefix, range), LocalDate.now(clock)));
        pack.setId("export-board-pack");
        HorizontalLayout exports = new HorizontalLayout(new Span("Export:"), ideas, pack);
        exports.addClassName("portfolio-exports");
        exports.setAlignItems(FlexComponent.Alignment.CENTER);
        return exports;
    }

    private Component valueRealised(Portfolio p) {
        var years = p.valueRealised().years();
        return section("value-realised", "Value realised",
                "Deliveries accepted in the period, by year of acceptance: what each side estimated for the ideas "
                        + "whose benefits have been reviewed, and what it then recorded as realised.",
                years.isEmpty() ? null : new EChart("chart-value-realised", "Bar chart of estimated and realised "
                        + "annual value per side and year", ChartOptions.valueRealised(years, p.currency()), "300px", null),
                p.valueRealised().table(), p,
                "No delivery was accepted in this period yet. Value shows here once a delivery is accepted and its "
                        + "benefits are reviewed.");
    }

    private Component funnel(Portfolio p) {
        Double share = p.funnel().reachedDeliveryPercent();
        Component section = section("funnel", "Funnel",
                "How far the ideas got: each stage counts the ideas that reached it, even those later rejected or "
                        + "withdrawn. " + (share == null ? "" : share + " % of the submitted ideas reached delivery."),
                p.funnel().submitted() == 0 ? null : new EChart("chart-funnel", "Bar chart of ideas that reached each "
                        + "stage", ChartOptions.funnel(p.funnel()), "300px", null),
                p.funnel().table(), p, "No idea was submitted in this period. Choose a longer period, or submit one.");
        if (p.funnel().submitted() > 0) {
            ((VerticalLayout) section).add(FigureTable.of(p.funnel().statusTable(), p.prefix()));
        }
        return section;
    }

    private Component responsiveness(Portfolio p) {
        var r = p.responsiveness();
        var stages = p.timeInStages();
        boolean any = r.toScreeningDecision().count() > 0 || !stages.isEmpty() || !r.openSteps().isEmpty();
        VerticalLayout section = (VerticalLayout) section("responsiveness", "Where ideas wait",
                "Days from submission to the first screening decision and to the board's decision (median and 90th "
                        + "percentile), the time each stage took (from the process engine's history), and the steps "
                        + "open now.",
                any ? new EChart("chart-stage-times", "Bar chart of the median and 90th percentile of days spent in "
                        + "each stage", ChartOptions.stageTimes(stages.stages()), "320px", null) : null,
                r.table(), p, "Nothing has been screened in this period yet.");
        if (any) {
            section.add(FigureTable.of(stages.table(), p.prefix()), FigureTable.of(r.openStepTable(), p.prefix()));
        }
        Paragraph late = new Paragraph();
        late.setId("late-screenings");
        if (r.lateScreenings() == 0) {
            late.setText("No idea waits beyond the screening SLA of " + r.screeningSlaWorkingDays() + " working days.");
        } else {
            late.add(new Span(r.lateScreenings() + (r.lateScreenings() == 1 ? " idea waits" : " ideas wait")
                    + " beyond the screening SLA of " + r.screeningSlaWorkingDays() + " working days: "));
            for (var idea : r.longestLate()) {
                late.add(new Anchor("ideas/" + idea.number(), idea.number() + " " + idea.title()), new Span(" "));
            }
        }
        section.addComponentAtIndex(2, late);
        return section;
    }

    private Component valueMap(Portfolio p) {
        var map = p.valueMap();
        String caption = "One bubble per idea with both sides' estimates: value for the customer across, for the "
                + "supplier up; the bubble's size is the one-off cost, its colour the priority. Click a bubble to "
                + "open the idea."
                + (map.total() > map.bubbles().size() ? " Showing the " + map.bubbles().size() + " of " + map.total()
                        + " ideas with the highest mutual value." : "");
        return section("value-map", "Value map", caption,
                map.bubbles().isEmpty() ? null : new EChart("chart-value-map", "Bubble chart of each idea's value "
                        + "for the customer against its value for the supplier", ChartOptions.valueMap(map, p.currency()),
                        "420px", number -> getUI().ifPresent(ui -> ui.navigate("ideas/" + number))),
                map.table(), p, "No idea submitted in this period has both sides' estimates yet.");
    }

    private Component origin(Portfolio p) {
        var origin = p.origin();
        VerticalLayout section = (VerticalLayout) section("origin", "Origin",
                "Where the ideas came from — customer, supplier or partner, and which campaign — and how many of them "
                        + "were approved.",
                origin.bySide().isEmpty() ? null : new EChart("chart-origin", "Bar chart of ideas and approvals by side",
                        ChartOptions.origin(origin.bySide()), "260px", null),
                origin.sideTable(), p, "No idea was submitted in this period.");
        if (!origin.byCampaign().isEmpty()) {
            section.add(FigureTable.of(origin.campaignTable(), p.prefix()));
        }
        return section;
    }

    private Component section(String id, String title, String caption, EChart chart, Table table, Portfolio p,
            String emptyText) {
        VerticalLayout section = new VerticalLayout();
        section.setId("section-" + id);
        section.addClassName("portfolio-section");
        section.setPadding(false);
        section.add(new H3(title), new Paragraph(caption));
        if (chart == null || table.isEmpty()) {
            Paragraph empty = new Paragraph(emptyText);
            empty.addClassName("empty-state");
            empty.setId("empty-" + id);
            section.add(empty);
            return section;
        }
        Div figure = new Div(chart, FigureTable.of(table, p.prefix()));
        figure.addClassName("chart-and-table");
        if (table.columns().size() > 4) {
            figure.addClassName("stacked");
        }
        section.add(figure);
        return section;
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static Optional<Period> parse(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(Period.valueOf(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static LocalDate date(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
