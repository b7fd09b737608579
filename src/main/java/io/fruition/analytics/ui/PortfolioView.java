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
        content.add(PortfolioSections.of(portfolio, number -> getUI().ifPresent(ui -> ui.navigate("ideas/" + number))));
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
