package io.fruition.admin.ui;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import io.fruition.admin.PartnershipSetup.PartnershipRow;
import io.fruition.admin.PartnershipSetup;
import io.fruition.admin.People;
import io.fruition.base.ui.Problems;
import io.fruition.idea.Campaign;
import io.fruition.idea.Campaigns;
import io.fruition.partnership.Membership;
import io.fruition.partnership.Side;

/** Time-boxed calls for ideas on one question, with a sponsor and the sides they are open to. */
class CampaignsTab extends VerticalLayout {

    private final String actor;
    private final PartnershipSetup setup;
    private final People people;
    private final Campaigns campaigns;

    final PartnershipPicker partnership = new PartnershipPicker("campaign-partnership", this::show);
    final Grid<Campaign> grid = new Grid<>();
    final TextField title = new TextField("Title");
    final TextArea question = new TextArea("Question");
    final ComboBox<String> sponsor = new ComboBox<>("Sponsor");
    final DatePicker opens = new DatePicker("Opens");
    final DatePicker closes = new DatePicker("Closes");
    final CheckboxGroup<Side> sides = new CheckboxGroup<>("Open to");
    final Button create = new Button("Create campaign");
    final Problems problems = new Problems("campaign-problems");

    CampaignsTab(String actor, PartnershipSetup setup, People people, Campaigns campaigns) {
        this.actor = actor;
        this.setup = setup;
        this.people = people;
        this.campaigns = campaigns;
        setPadding(false);
        grid.setId("campaigns-grid");
        grid.addColumn(Campaign::title).setHeader("Title").setFlexGrow(2);
        grid.addColumn(Campaign::sponsor).setHeader("Sponsor").setAutoWidth(true);
        grid.addColumn(Campaign::opensOn).setHeader("Opens").setAutoWidth(true);
        grid.addColumn(Campaign::closesOn).setHeader("Closes").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        title.setId("campaign-title");
        title.setMaxLength(200);
        question.setId("campaign-question");
        question.setWidth("40em");
        sponsor.setId("campaign-sponsor");
        opens.setId("campaign-opens");
        closes.setId("campaign-closes");
        opens.setValue(LocalDate.now());
        closes.setValue(LocalDate.now().plusWeeks(6));
        sides.setId("campaign-sides");
        sides.setItems(Side.values());
        sides.setItemLabelGenerator(Side::label);
        sides.setValue(EnumSet.allOf(Side.class));
        create.setId("campaign-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());
        HorizontalLayout dates = new HorizontalLayout(sponsor, opens, closes);
        dates.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H3("Campaigns"), partnership, grid, new H4("Create a campaign"), title, question, dates, sides,
                problems, create);
        refresh();
    }

    private void create() {
        PartnershipRow p = partnership.getValue();
        if (p != null && problems.attempt(() -> setup.createCampaign(actor, p.prefix(), title.getValue(),
                question.getValue(), sponsor.getValue(), opens.getValue(), closes.getValue(), sides.getValue()))) {
            Problems.saved("Campaign '" + title.getValue().strip() + "' created.");
            title.clear();
            question.clear();
            show();
        }
    }

    private void show() {
        PartnershipRow p = partnership.getValue();
        if (p == null) {
            grid.setItems(List.of());
            return;
        }
        grid.setItems(campaigns.all(p.prefix()));
        sponsor.setItems(people.membersOf(p.prefix()).stream().map(Membership::username).collect(Collectors.toList()));
    }

    void refresh() {
        partnership.reload(setup.partnerships());
        show();
    }
}
