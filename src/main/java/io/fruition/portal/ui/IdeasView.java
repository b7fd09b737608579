package io.fruition.portal.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;

import org.springframework.modulith.NamedInterface;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import io.fruition.base.ui.Downloads;
import io.fruition.base.ui.Reading;
import io.fruition.idea.Campaign;
import io.fruition.idea.Campaigns;
import io.fruition.idea.IdeaListItem;
import io.fruition.idea.IdeaQuery;
import io.fruition.idea.IdeaSearch;
import io.fruition.idea.IdeaStatus;
import io.fruition.partnership.Partnerships;
import io.fruition.partnership.Side;
import io.fruition.security.CurrentUser;

/**
 * Find ideas: full-text search, filters and order, paged by the database. The address holds the search, so a
 * search can be bookmarked and shared.
 */
@Route("ideas")
@PageTitle("Ideas · Fruition")
@PermitAll
@NamedInterface("views")
public class IdeasView extends VerticalLayout implements BeforeEnterObserver {

    private final String username;
    private final IdeaSearch search;
    final TextField text = new TextField();
    final MultiSelectComboBox<IdeaStatus> statuses = new MultiSelectComboBox<>("Status");
    final Select<Side> side = new Select<>();
    final Select<String> priority = new Select<>();
    final Checkbox mine = new Checkbox("Only my ideas");
    final DatePicker from = new DatePicker("Submitted from");
    final DatePicker to = new DatePicker("to");
    final ComboBox<Campaign> campaign =
            new ComboBox<>("Campaign");
    final Select<IdeaQuery.Sort> sort = new Select<>();
    final Grid<IdeaListItem> grid = new Grid<>();
    final Span total = new Span();
    final Span empty = new Span();
    private IdeaQuery query = IdeaQuery.all();
    private boolean restoring;

    public IdeasView(CurrentUser currentUser, IdeaSearch search, Campaigns campaigns,
            Partnerships partnerships) {
        this.username = currentUser.require();
        this.search = search;
        List<Campaign> all = partnerships.membershipsOf(username).stream()
                .flatMap(m -> campaigns.of(username, m.partnershipPrefix()).stream()).toList();
        campaign.setItems(all);
        campaign.setItemLabelGenerator(Campaign::title);
        campaign.setClearButtonVisible(true);
        campaign.setVisible(!all.isEmpty());
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        from.addValueChangeListener(e -> changed());
        to.addValueChangeListener(e -> changed());
        campaign.addValueChangeListener(e -> changed());
        text.setPlaceholder("Search title, problem and proposal");
        text.setId("ideas-search");
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setWidth("24em");
        statuses.setItems(IdeaStatus.values());
        statuses.setItemLabelGenerator(IdeaStatus::label);
        side.setLabel("Origin side");
        side.setItems(Side.values());
        side.setItemLabelGenerator(s -> s == null ? "Any side" : s.label());
        side.setEmptySelectionAllowed(true);
        priority.setLabel("Priority");
        priority.setItems("QUICK_WIN", "STRATEGIC_BET", "FILL_IN", "DEPRIORITISE");
        priority.setItemLabelGenerator(p -> p == null ? "Any priority" : switch (p) {
            case "QUICK_WIN" -> "Quick win";
            case "STRATEGIC_BET" -> "Strategic bet";
            case "FILL_IN" -> "Fill-in";
            default -> "Deprioritise";
        });
        priority.setEmptySelectionAllowed(true);
        sort.setLabel("Sort by");
        sort.setItems(IdeaQuery.Sort.values());
        sort.setItemLabelGenerator(s -> switch (s) {
            case NEWEST -> "Newest";
            case MUTUAL_VALUE -> "Mutual value score";
            case SUPPORTERS -> "Supporters";
            case LONGEST_IN_STEP -> "Longest in current step";
        });
        sort.setValue(IdeaQuery.Sort.NEWEST);
        text.addValueChangeListener(e -> changed());
        statuses.addValueChangeListener(e -> changed());
        side.addValueChangeListener(e -> changed());
        priority.addValueChangeListener(e -> changed());
        mine.addValueChangeListener(e -> changed());
        sort.addValueChangeListener(e -> changed());

        grid.setId("ideas-grid");
        grid.addColumn(IdeaListItem::number).setHeader("Idea").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(IdeaListItem::title).setHeader("Title").setFlexGrow(3);
        grid.addColumn(i -> i.status().label()).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> i.originSide().label()).setHeader("Side").setAutoWidth(true).setFlexGrow(0);
        // Blank until both sides have estimated (the priority is set then), not a misleading 0.
        grid.addColumn(i -> i.mutualValueScore() == null || i.priority() == null ? ""
                : Reading.formats().score(i.mutualValueScore()))
                .setHeader("Mutual value").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(IdeaListItem::supporters).setHeader("Supporters").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> Reading.formats().date(i.createdAt())).setHeader("Submitted")
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(q -> search.find(username, query, q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, search.count(username, query)));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(IdeaView.class,
                new RouteParameters("number", e.getItem().number()))));
        total.setId("ideas-total");
        empty.setId("ideas-empty");
        empty.addClassName("empty-state");

        Button submit = new Button("Submit an idea", e -> getUI().ifPresent(ui -> ui.navigate(SubmitIdeaView.class)));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor export = Downloads.csv("Export these ideas (CSV)",
                "ideas.csv", () -> search.export(username, query));
        export.setId("ideas-export");
        HorizontalLayout filters = new HorizontalLayout(text, statuses, side, priority, campaign, from, to, sort, mine);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        HorizontalLayout summary = new HorizontalLayout(total, export);
        summary.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new HorizontalLayout(new H2("Ideas"), submit), filters, summary, grid, empty);
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        restoring = true;
        text.setValue(first(params, "q", ""));
        statuses.setValue(params.getOrDefault("status", List.of()).stream().map(IdeasView::status)
                .filter(Objects::nonNull).collect(Collectors.toCollection(() -> EnumSet.noneOf(IdeaStatus.class))));
        side.setValue(parse(Side.class, first(params, "side", null)));
        priority.setValue(first(params, "priority", null));
        mine.setValue("true".equals(first(params, "mine", "false")));
        from.setValue(date(first(params, "from", null)));
        to.setValue(date(first(params, "to", null)));
        String campaignId = first(params, "campaign", null);
        campaign.setValue(campaignId == null ? null : campaign.getListDataView().getItems()
                .filter(c -> String.valueOf(c.id()).equals(campaignId)).findFirst().orElse(null));
        IdeaQuery.Sort order = parse(IdeaQuery.Sort.class, first(params, "sort", null));
        sort.setValue(order == null ? IdeaQuery.Sort.NEWEST : order);
        restoring = false;
        apply(false);
    }

    private void changed() {
        if (!restoring) {
            apply(true);
        }
    }

    void apply(boolean updateAddress) {
        query = IdeaQuery.all().withText(text.getValue()).withStatuses(statuses.getValue()).withOriginSide(side.getValue())
                .withPriority(priority.getValue()).onlyMine(mine.getValue()).sortedBy(sort.getValue())
                .withCampaign(campaign.getValue() == null ? null : campaign.getValue().id())
                .between(from.getValue(), to.getValue());
        grid.getDataProvider().refreshAll();
        long count = search.count(username, query);
        total.setText(count == 1 ? "1 idea" : count + " ideas");
        grid.setVisible(count > 0);
        empty.setVisible(count == 0);
        empty.setText("No idea matches this search. Try fewer words or filters — or submit the idea yourself.");
        if (updateAddress) {
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "ideas?" + queryParameters().getQueryString()));
        }
    }

    QueryParameters queryParameters() {
        Map<String, List<String>> params = new HashMap<>();
        if (!text.getValue().isBlank()) {
            params.put("q", List.of(text.getValue().strip()));
        }
        if (!statuses.getValue().isEmpty()) {
            params.put("status", statuses.getValue().stream().map(Enum::name).sorted().toList());
        }
        if (side.getValue() != null) {
            params.put("side", List.of(side.getValue().name()));
        }
        if (priority.getValue() != null) {
            params.put("priority", List.of(priority.getValue()));
        }
        if (mine.getValue()) {
            params.put("mine", List.of("true"));
        }
        if (from.getValue() != null) {
            params.put("from", List.of(from.getValue().toString()));
        }
        if (to.getValue() != null) {
            params.put("to", List.of(to.getValue().toString()));
        }
        if (campaign.getValue() != null) {
            params.put("campaign", List.of(String.valueOf(campaign.getValue().id())));
        }
        if (sort.getValue() != null && sort.getValue() != IdeaQuery.Sort.NEWEST) {
            params.put("sort", List.of(sort.getValue().name()));
        }
        return new QueryParameters(params);
    }

    IdeaQuery query() {
        return query;
    }

    private static String first(Map<String, List<String>> params, String key, String fallback) {
        List<String> values = params.get(key);
        return values == null || values.isEmpty() ? fallback : values.get(0);
    }

    private static LocalDate date(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static IdeaStatus status(String value) {
        return parse(IdeaStatus.class, value);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    Set<IdeaStatus> selectedStatuses() {
        return statuses.getValue();
    }
}
