package io.fruition.admin.ui;

import java.util.Map;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import io.fruition.admin.PartnershipSetup;
import io.fruition.base.ui.Problems;
import io.fruition.partnership.Organisation;
import io.fruition.partnership.OrganisationKind;

/** The companies of the partnerships: the supplier, customers and partners. */
class OrganisationsTab extends VerticalLayout {

    private final String actor;
    private final PartnershipSetup setup;
    final Grid<Organisation> grid = new Grid<>();
    final TextField name = new TextField("Name");
    final Select<OrganisationKind> kind = new Select<>();
    final Button save = new Button("Add organisation");
    final Button cancel = new Button("Cancel");
    final Problems problems = new Problems("organisation-problems");
    private Organisation editing;

    OrganisationsTab(String actor, PartnershipSetup setup) {
        this.actor = actor;
        this.setup = setup;
        setPadding(false);
        name.setId("organisation-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        kind.setId("organisation-kind");
        kind.setLabel("Kind");
        kind.setItems(OrganisationKind.values());
        kind.setItemLabelGenerator(k -> k.name().charAt(0) + k.name().substring(1).toLowerCase());
        kind.setValue(OrganisationKind.CUSTOMER);
        problems.fields(Map.of("name", name));
        save.setId("organisation-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> save());
        cancel.addClickListener(e -> edit(null));
        cancel.setVisible(false);
        grid.setId("organisations-grid");
        grid.addColumn(Organisation::getName).setHeader("Name").setFlexGrow(3);
        grid.addColumn(o -> kind.getItemLabelGenerator().apply(o.getKind())).setHeader("Kind");
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> edit(e.getItem()));
        HorizontalLayout form = new HorizontalLayout(name, kind, save, cancel);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H3("Organisations"), new Paragraph("A partnership joins the supplier with one customer. Click an "
                + "organisation to rename it."), form, problems, grid);
        refresh();
    }

    private void edit(Organisation organisation) {
        editing = organisation;
        problems.clear();
        name.setValue(organisation == null ? "" : organisation.getName());
        kind.setValue(organisation == null ? OrganisationKind.CUSTOMER : organisation.getKind());
        save.setText(organisation == null ? "Add organisation" : "Save changes");
        cancel.setVisible(organisation != null);
        name.focus();
    }

    private void save() {
        Long id = editing == null ? null : editing.getId();
        if (problems.attempt(() -> setup.saveOrganisation(actor, id, name.getValue(), kind.getValue()))) {
            Problems.saved(id == null ? "Organisation added." : "Organisation saved.");
            edit(null);
            refresh();
        }
    }

    void refresh() {
        grid.setItems(setup.organisations());
    }
}
