package io.fruition.admin.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import io.fruition.admin.PartnershipSetup.PartnershipRow;
import io.fruition.admin.PartnershipSetup;
import io.fruition.admin.People;
import io.fruition.base.ui.Problems;
import io.fruition.partnership.LifecycleSettings;
import io.fruition.partnership.Organisation;
import io.fruition.partnership.OrganisationKind;
import io.fruition.partnership.PartnershipAdministration.NewPartnership;
import io.fruition.partnership.PulseSettings;
import io.fruition.security.UserAccount;

/** Open a partnership with its innovation leads; change its name, currency and deadlines; archive it. */
class PartnershipsTab extends VerticalLayout {

    private final String actor;
    private final PartnershipSetup setup;
    private final People people;

    final Grid<PartnershipRow> grid = new Grid<>();
    final TextField name = new TextField("Name");
    final TextField prefix = new TextField("Idea-number prefix");
    final TextField currency = new TextField("Currency");
    final ComboBox<Organisation> supplier = new ComboBox<>("Supplier");
    final ComboBox<Organisation> customer = new ComboBox<>("Customer");
    final ComboBox<UserAccount> supplierLead = new ComboBox<>("Supplier's innovation lead");
    final ComboBox<UserAccount> customerLead = new ComboBox<>("Customer's innovation lead");
    final Button open = new Button("Open partnership");
    final Problems openProblems = new Problems("partnership-problems");

    final VerticalLayout editor = new VerticalLayout();
    final TextField editName = new TextField("Name");
    final TextField editCurrency = new TextField("Currency");
    final IntegerField screeningSla = days("Screening SLA (working days)");
    final IntegerField clarification = days("Clarification period (days)");
    final IntegerField boardVote = days("Board voting period (days)");
    final IntegerField progressReport = days("Progress report every (days)");
    final IntegerField reportEscalation = days("Late report escalated (days)");
    final IntegerField benefitsReview = days("Benefits review after (days)");
    final IntegerField park = days("Parked ideas return after (days)");
    final IntegerField revisions = days("Revision rounds at most");
    final IntegerField estimate = days("Estimates due in (working days)");
    final IntegerField chairDecision = days("Chair decides in (working days)");
    final IntegerField sponsorDecision = days("Sponsors decide in (working days)");
    final IntegerField deliveryPlan = days("Delivery planned in (working days)");
    final IntegerField acceptance = days("Delivery accepted in (working days)");
    final IntegerField benefitRecord = days("Benefit recorded in (working days)");
    final IntegerField pulseCadence = days("Pulse every (months)");
    final IntegerField pulsePrediction = days("Predictions made in (working days)");
    final IntegerField pulseAnswers = days("Customer answers in (working days)");
    final IntegerField pulseReminder = days("Reminder before close (working days)");
    final IntegerField pulseThreshold = days("Threshold (a median under it calls for a plan)");
    final IntegerField pulseGap = days("Gap that calls for a plan (points)");
    final IntegerField planAcknowledge = days("Plan taken on in (working days)");
    final IntegerField planDays = days("Plan made in (working days)");
    final IntegerField planAgreement = days("Plan agreed in (working days)");
    final Checkbox archived = new Checkbox("Archived (no new ideas; everything stays readable)");
    final Button saveChanges = new Button("Save changes");
    final Problems editProblems = new Problems("partnership-edit-problems");
    private PartnershipRow editing;

    PartnershipsTab(String actor, PartnershipSetup setup, People people) {
        this.actor = actor;
        this.setup = setup;
        this.people = people;
        setPadding(false);

        grid.setId("partnerships-grid");
        grid.addColumn(PartnershipRow::prefix).setHeader("Prefix").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PartnershipRow::name).setHeader("Name").setFlexGrow(3);
        grid.addColumn(PartnershipRow::supplier).setHeader("Supplier");
        grid.addColumn(PartnershipRow::customer).setHeader("Customer");
        grid.addColumn(PartnershipRow::currency).setHeader("Currency").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.lifecycle().screeningSlaDays() + " d").setHeader("Screening SLA").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(p -> p.active() ? "Active" : "Archived").setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> edit(e.getItem()));

        name.setId("partnership-name");
        name.setWidth("26em");
        supplierLead.setWidth("20em");
        customerLead.setWidth("20em");
        prefix.setId("partnership-prefix");
        prefix.setHelperText("2–8 capitals or digits, e.g. NG: ideas become NG-1, NG-2 …");
        prefix.setMaxLength(8);
        currency.setId("partnership-currency");
        currency.setValue("EUR");
        currency.setMaxLength(3);
        supplier.setId("partnership-supplier");
        customer.setId("partnership-customer");
        supplierLead.setId("partnership-supplier-lead");
        customerLead.setId("partnership-customer-lead");
        for (ComboBox<UserAccount> lead : List.of(supplierLead, customerLead)) {
            lead.setItemLabelGenerator(u -> u.getDisplayName() + " (" + u.getUsername() + ")");
        }
        supplier.setItemLabelGenerator(Organisation::getName);
        customer.setItemLabelGenerator(Organisation::getName);
        supplier.addValueChangeListener(e -> suggestName());
        customer.addValueChangeListener(e -> suggestName());
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("prefix", prefix);
        fields.put("currency", currency);
        fields.put("supplier", supplier);
        fields.put("customer", customer);
        fields.put("supplierLead", supplierLead);
        fields.put("customerLead", customerLead);
        openProblems.fields(fields);
        open.setId("partnership-open");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClickListener(e -> open());
        HorizontalLayout row1 = row(supplier, customer, name);
        HorizontalLayout row2 = row(prefix, currency, supplierLead, customerLead);

        editor.setId("partnership-editor");
        editor.setPadding(false);
        editor.setVisible(false);
        editName.setId("partnership-edit-name");
        editCurrency.setId("partnership-edit-currency");
        archived.setId("partnership-archived");
        saveChanges.setId("partnership-save");
        saveChanges.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveChanges.addClickListener(e -> saveChanges());
        Map<String, HasValidation> editFields = new LinkedHashMap<>();
        editFields.put("name", editName);
        editFields.put("currency", editCurrency);
        editProblems.fields(editFields);
        Button close = new Button("Close", e -> editor.setVisible(false));
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        reportEscalation.setTooltipText("Days after a progress report was due before a missing one is escalated");
        editor.add(new H4("Change partnership"), row(editName, editCurrency),
                row(screeningSla, clarification, boardVote, progressReport),
                row(reportEscalation, benefitsReview, park, revisions),
                new Paragraph("Each task's due date:"),
                row(estimate, chairDecision, sponsorDecision), row(deliveryPlan, acceptance, benefitRecord),
                new Paragraph("The relationship pulse:"), row(pulseCadence, pulsePrediction, pulseAnswers, pulseReminder),
                row(pulseThreshold, pulseGap), row(planAcknowledge, planDays, planAgreement),
                archived, editProblems, row(saveChanges, close));

        add(new H3("Partnerships"), new Paragraph("Click a partnership to change its name, currency and the deadlines "
                + "of its lifecycle, or to archive it. The prefix numbers its ideas and never changes."), grid, editor,
                new H4("Open a new partnership"), new Paragraph("A partnership needs an innovation lead on each side; "
                        + "add its other members under Members once it is open."),
                row1, row2, openProblems, open);
        refresh();
    }

    private static IntegerField days(String label) {
        IntegerField field = new IntegerField(label);
        field.setStepButtonsVisible(true);
        field.setMin(0);
        field.setWidth("14em");
        return field;
    }

    private static HorizontalLayout row(Component... components) {
        HorizontalLayout row = new HorizontalLayout(components);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.addClassName("form-row");
        return row;
    }

    private void suggestName() {
        if (supplier.getValue() != null && customer.getValue() != null && name.getValue().isBlank()) {
            name.setValue(supplier.getValue().getName() + " ↔ " + customer.getValue().getName());
        }
    }

    private void open() {
        NewPartnership request = new NewPartnership(name.getValue(), prefix.getValue().strip().toUpperCase(),
                currency.getValue().strip().toUpperCase(),
                supplier.getValue() == null ? null : supplier.getValue().getId(),
                customer.getValue() == null ? null : customer.getValue().getId(),
                supplierLead.getValue() == null ? null : supplierLead.getValue().getUsername(),
                customerLead.getValue() == null ? null : customerLead.getValue().getUsername());
        if (openProblems.attempt(() -> setup.open(actor, request))) {
            Problems.saved("Partnership " + request.prefix() + " is open.");
            name.clear();
            prefix.clear();
            supplier.clear();
            customer.clear();
            supplierLead.clear();
            customerLead.clear();
            refresh();
        }
    }

    private void edit(PartnershipRow row) {
        editing = row;
        editProblems.clear();
        editName.setValue(row.name());
        editCurrency.setValue(row.currency());
        LifecycleSettings l = row.lifecycle();
        screeningSla.setValue(l.screeningSlaDays());
        clarification.setValue(l.clarificationDays());
        boardVote.setValue(l.boardVoteDays());
        progressReport.setValue(l.progressReportDays());
        reportEscalation.setValue(l.reportEscalationDays());
        benefitsReview.setValue(l.benefitsReviewDays());
        park.setValue(l.parkDays());
        revisions.setValue(l.maxRevisionRounds());
        estimate.setValue(l.estimateDays());
        chairDecision.setValue(l.chairDecisionDays());
        sponsorDecision.setValue(l.sponsorDecisionDays());
        deliveryPlan.setValue(l.deliveryPlanDays());
        acceptance.setValue(l.acceptanceDays());
        benefitRecord.setValue(l.benefitRecordDays());
        PulseSettings pulse = row.pulse();
        pulseCadence.setValue(pulse.cadenceMonths());
        pulsePrediction.setValue(pulse.predictionDays());
        pulseAnswers.setValue(pulse.answerDays());
        pulseReminder.setValue(pulse.reminderDays());
        pulseThreshold.setValue(pulse.threshold());
        pulseGap.setValue(pulse.gapThreshold());
        planAcknowledge.setValue(pulse.acknowledgeDays());
        planDays.setValue(pulse.actionPlanDays());
        planAgreement.setValue(pulse.agreementDays());
        archived.setValue(!row.active());
        editor.setVisible(true);
        editName.focus();
    }

    private void saveChanges() {
        List<IntegerField> numbers = List.of(screeningSla, clarification, boardVote, progressReport, benefitsReview,
                park, revisions, estimate, chairDecision, sponsorDecision, deliveryPlan, acceptance, benefitRecord,
                reportEscalation);
        LifecycleSettings lifecycle = numbers.stream().anyMatch(f -> f.getValue() == null) ? null
                : new LifecycleSettings(screeningSla.getValue(), clarification.getValue(), boardVote.getValue(),
                        progressReport.getValue(), benefitsReview.getValue(), park.getValue(), revisions.getValue(),
                        estimate.getValue(), chairDecision.getValue(), sponsorDecision.getValue(),
                        deliveryPlan.getValue(), acceptance.getValue(), benefitRecord.getValue(),
                        reportEscalation.getValue());
        List<IntegerField> pulseNumbers = List.of(pulseCadence, pulsePrediction, pulseAnswers, pulseReminder,
                pulseThreshold, pulseGap, planAcknowledge, planDays, planAgreement);
        PulseSettings pulse = pulseNumbers.stream().anyMatch(f -> f.getValue() == null) ? null
                : new PulseSettings(pulseCadence.getValue(), pulsePrediction.getValue(), pulseAnswers.getValue(),
                        pulseReminder.getValue(), pulseThreshold.getValue(), pulseGap.getValue(),
                        planAcknowledge.getValue(), planDays.getValue(), planAgreement.getValue());
        if (editProblems.attempt(() -> setup.change(actor, editing.prefix(), editName.getValue(),
                editCurrency.getValue().strip().toUpperCase(), lifecycle, pulse, !archived.getValue()))) {
            Problems.saved("Partnership " + editing.prefix() + " saved.");
            editor.setVisible(false);
            refresh();
        }
    }

    void refresh() {
        grid.setItems(setup.partnerships());
        List<Organisation> organisations = setup.organisations();
        supplier.setItems(organisations.stream().filter(o -> o.getKind() == OrganisationKind.SUPPLIER).toList());
        customer.setItems(organisations.stream().filter(o -> o.getKind() == OrganisationKind.CUSTOMER).toList());
        List<UserAccount> users = people.activeUsers();
        supplierLead.setItems(users);
        customerLead.setItems(users);
    }
}
