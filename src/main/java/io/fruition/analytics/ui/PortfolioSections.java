package io.fruition.analytics.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import io.fruition.analytics.Portfolio;
import io.fruition.base.ui.EChart;
import io.fruition.base.ui.FigureTable;
import io.fruition.pulse.ui.PulseChart;
import io.fruition.shared.Table;

/**
 * The portfolio's sections, each a chart with its numbers as a table beside it (or, without data, what would
 * fill it): value realised, the funnel, responsiveness, the value map and where ideas came from.
 */
final class PortfolioSections {

    private PortfolioSections() {
    }

    /** Every section of the portfolio, in the page's order; a click on an idea in a chart opens it. */
    static Component[] of(Portfolio p, Consumer<String> openIdea) {
        return new Component[] {valueRealised(p), relationship(p), funnel(p), responsiveness(p), valueMap(p, openIdea),
            origin(p)};
    }

    private static Component valueRealised(Portfolio p) {
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

    /** Beside the value realised: is the relationship getting better, and are the commitments kept? */
    private static Component relationship(Portfolio p) {
        var r = p.relationship();
        VerticalLayout section = (VerticalLayout) section("relationship", "The relationship",
                "The customer's relationship score by pulse round (the average of its five dimensions' medians, "
                        + "1 to 10) beside the supplier's prediction, and the commitments in force now. The pulse page "
                        + "has the details.",
                r.rounds().stream().noneMatch(x -> x.shown()) ? null : new EChart("chart-relationship", "Line chart "
                        + "of the relationship score and each dimension by pulse round",
                        PulseChart.option(r.rounds(), null, null), "300px", null),
                r.scores(), p, "No pulse round has closed yet: the first round is the baseline.");
        if (!r.commitments().isEmpty()) {
            section.add(FigureTable.of(r.commitmentTable(), p.prefix()));
        }
        return section;
    }

    private static Component funnel(Portfolio p) {
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

    private static Component responsiveness(Portfolio p) {
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

    private static Component valueMap(Portfolio p, Consumer<String> openIdea) {
        var map = p.valueMap();
        String caption = "One bubble per idea with both sides' estimates: value for the customer across, for the "
                + "supplier up; the bubble's size is the one-off cost, its colour the priority. Click a bubble to "
                + "open the idea."
                + (map.total() > map.bubbles().size() ? " Showing the " + map.bubbles().size() + " of " + map.total()
                        + " ideas with the highest mutual value." : "");
        return section("value-map", "Value map", caption,
                map.bubbles().isEmpty() ? null : new EChart("chart-value-map", "Bubble chart of each idea's value "
                        + "for the customer against its value for the supplier", ChartOptions.valueMap(map, p.currency()),
                        "420px", openIdea),
                map.table(), p, "No idea submitted in this period has both sides' estimates yet.");
    }

    private static Component origin(Portfolio p) {
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

    private static Component section(String id, String title, String caption, EChart chart, Table table, Portfolio p,
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
}
