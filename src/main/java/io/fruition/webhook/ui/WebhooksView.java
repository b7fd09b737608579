package io.fruition.webhook.ui;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import io.fruition.base.ui.Problems;
import io.fruition.base.ui.SecretOnce;
import io.fruition.security.CurrentUser;
import io.fruition.webhook.Flavour;
import io.fruition.webhook.Webhook;
import io.fruition.webhook.WebhookDelivery;
import io.fruition.webhook.WebhookEvent;
import io.fruition.webhook.Webhooks;
import io.fruition.wording.Formats;
import jakarta.annotation.security.PermitAll;

/**
 * A partnership's webhooks, for its innovation leads and administrators: the endpoints, each one's delivery log with
 * the receiver's answers, and adding, changing, testing, switching, re-keying and deleting them. Anybody else is
 * told who manages them.
 */
@Route("webhooks")
@PageTitle("Webhooks · Fruition")
@PermitAll
public class WebhooksView extends VerticalLayout {

    static final int LOG_SIZE = 50;

    private final String username;
    private final Webhooks webhooks;
    private final Formats formats = Formats.forThisRequest();

    final Select<String> partnership = new Select<>();
    final Grid<Webhook> grid = new Grid<>();
    final Paragraph empty = new Paragraph();
    final Button add = new Button("Add a webhook", VaadinIcon.PLUS.create());

    final VerticalLayout editor = new VerticalLayout();
    final TextField name = new TextField("Name");
    final TextField url = new TextField("Address (URL)");
    final Select<Flavour> flavour = new Select<>();
    final CheckboxGroup<WebhookEvent> events = new CheckboxGroup<>("Events");
    final Checkbox enabled = new Checkbox("On: send events to it");
    final Button save = new Button("Save");
    final Button cancel = new Button("Cancel");
    final Problems problems = new Problems("webhook-problems");
    final SecretOnce secret = new SecretOnce("webhook-secret");

    final VerticalLayout details = new VerticalLayout();
    final Grid<WebhookDelivery> log = new Grid<>();

    private Webhook editing;
    private Webhook selected;

    public WebhooksView(CurrentUser currentUser, Webhooks webhooks) {
        this.username = currentUser.require();
        this.webhooks = webhooks;
        setId("webhooks");
        setMaxWidth("80em");
        add(new H2("Webhooks"));
        List<String> managed = webhooks.managedBy(username);
        if (managed.isEmpty()) {
            Paragraph none = new Paragraph("A partnership's webhooks are managed by its innovation leads and by "
                    + "administrators. Ask one of them to send Fruition's events to another system.");
            none.addClassName("empty-state");
            none.setId("webhooks-not-yours");
            add(none);
            return;
        }
        add(new Paragraph("Fruition tells the systems around it what happens, as it happens: each event is sent once "
                + "to every endpoint that asks for it, after the change is saved, and retried when the receiver is "
                + "away. A CloudEvent is signed: the header Fruition-Signature holds t=<time>,v1=<HMAC-SHA256 of "
                + "\"<time>.<body>\" with the endpoint's secret>. Slack and Teams get a short text with the link."));

        partnership.setId("webhook-partnership");
        partnership.setLabel("Partnership");
        partnership.setItems(managed);
        partnership.setValue(managed.get(0));
        partnership.setVisible(managed.size() > 1);
        partnership.addValueChangeListener(e -> {
            select(null);
            closeEditor();
            refresh();
        });

        grid.setId("webhooks-grid");
        grid.addColumn(Webhook::name).setHeader("Name").setFlexGrow(2);
        grid.addColumn(Webhook::host).setHeader("Sends to").setFlexGrow(2);
        grid.addColumn(w -> w.flavour().label()).setHeader("As").setAutoWidth(true);
        grid.addColumn(w -> w.events().size() == WebhookEvent.values().length ? "All"
                : String.valueOf(w.events().size())).setHeader("Events").setAutoWidth(true);
        grid.addComponentColumn(WebhooksView::state).setHeader("State").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.addSelectionListener(e -> select(e.getFirstSelectedItem().orElse(null)));
        empty.setId("webhooks-empty");
        empty.addClassName("empty-state");
        empty.setText("No webhooks yet. Add one to tell a service desk, a CRM or a chat channel what happens.");
        add.setId("webhook-add");
        add.addClickListener(e -> openEditor(null));

        buildEditor();
        details.setId("webhook-details");
        details.setPadding(false);
        details.setVisible(false);
        log.setId("webhook-log");
        log.addColumn(d -> formats.dateTime(d.createdAt())).setHeader("When").setAutoWidth(true);
        log.addColumn(WebhookDelivery::eventType).setHeader("Event").setAutoWidth(true);
        log.addColumn(d -> d.subject() == null ? "" : d.subject()).setHeader("About").setAutoWidth(true);
        log.addComponentColumn(WebhooksView::result).setHeader("Result").setAutoWidth(true);
        log.addColumn(d -> d.lastStatus() == null ? "—" : String.valueOf(d.lastStatus())).setHeader("HTTP")
                .setAutoWidth(true);
        log.addColumn(WebhookDelivery::attempts).setHeader("Attempts").setAutoWidth(true);
        log.addColumn(d -> d.lastError() == null ? "" : d.lastError()).setHeader("Last error").setFlexGrow(3);
        log.setAllRowsVisible(true);

        add(partnership, add, grid, empty, secret, editor, details);
        refresh();
    }

    private void buildEditor() {
        editor.setId("webhook-editor");
        editor.setPadding(false);
        editor.setVisible(false);
        name.setId("webhook-name");
        name.setMaxLength(100);
        name.setPlaceholder("e.g. Service desk");
        name.setRequiredIndicatorVisible(true);
        url.setId("webhook-url");
        url.setWidth("36em");
        url.setPlaceholder("https://desk.example.com/hooks/fruition");
        url.setRequiredIndicatorVisible(true);
        flavour.setId("webhook-flavour");
        flavour.setLabel("Written as");
        flavour.setItems(Flavour.values());
        flavour.setItemLabelGenerator(Flavour::label);
        events.setId("webhook-events");
        events.setItems(WebhookEvent.values());
        events.setItemLabelGenerator(e -> e.label() + " (" + e.wire() + ")");
        events.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        enabled.setId("webhook-enabled");
        save.setId("webhook-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        cancel.setId("webhook-cancel");
        cancel.addClickListener(e -> closeEditor());
        problems.fields(Map.of("name", name, "url", url, "flavour", flavour, "events", events));
        HorizontalLayout buttons = new HorizontalLayout(save, cancel);
        editor.add(new H3("Webhook"), name, url, flavour, events, enabled, problems, buttons);
    }

    private void openEditor(Webhook webhook) {
        editing = webhook;
        problems.clear();
        secret.hide();
        name.setValue(webhook == null ? "" : webhook.name());
        url.setValue(webhook == null ? "" : webhook.url());
        flavour.setValue(webhook == null ? Flavour.CLOUDEVENTS : webhook.flavour());
        events.setValue(webhook == null ? EnumSet.of(WebhookEvent.IDEA_SUBMITTED, WebhookEvent.IDEA_STATUS_CHANGED)
                : webhook.events());
        enabled.setValue(webhook == null || webhook.enabled());
        save.setText(webhook == null ? "Add webhook" : "Save changes");
        editor.setVisible(true);
        details.setVisible(false);
        name.focus();
    }

    private void closeEditor() {
        editing = null;
        editor.setVisible(false);
        details.setVisible(selected != null);
    }

    private void save() {
        Webhooks.Draft draft = new Webhooks.Draft(name.getValue(), url.getValue(), flavour.getValue(),
                events.getValue(), enabled.getValue());
        if (editing == null) {
            Webhooks.Keyed[] made = new Webhooks.Keyed[1];
            if (problems.attempt(() -> made[0] = webhooks.create(username, partnership.getValue(), draft))) {
                editor.setVisible(false);
                refresh();
                secret.show("Signing secret of " + made[0].webhook().name(), made[0].secret());
                Problems.saved("Webhook " + made[0].webhook().name() + " added.");
            }
        } else {
            long id = editing.id();
            if (problems.attempt(() -> webhooks.change(username, id, draft))) {
                Problems.saved("Webhook " + draft.name().strip() + " saved.");
                editing = null;
                editor.setVisible(false);
                refresh();
                select(webhooks.get(username, id));
            }
        }
    }

    private void select(Webhook webhook) {
        selected = webhook;
        details.removeAll();
        details.setVisible(webhook != null && !editor.isVisible());
        if (webhook == null) {
            return;
        }
        Button edit = new Button("Change", VaadinIcon.EDIT.create(), e -> openEditor(webhook));
        edit.setId("webhook-edit");
        Button test = new Button("Send a test event", VaadinIcon.PAPERPLANE_O.create(), e -> {
            if (problems.attempt(() -> webhooks.sendTest(username, webhook.id()))) {
                Problems.saved("Test event queued for " + webhook.name() + "; its result appears below.");
                showLog(webhook);
            }
        });
        test.setId("webhook-test");
        Button onOff = new Button(webhook.enabled() ? "Switch off" : "Switch on", e -> {
            if (problems.attempt(() -> webhooks.switchOn(username, webhook.id(), !webhook.enabled()))) {
                refresh();
                select(webhooks.get(username, webhook.id()));
            }
        });
        onOff.setId("webhook-switch");
        Button rotate = new Button("New secret", VaadinIcon.KEY_O.create(), e -> confirm("New secret for "
                + webhook.name() + "?", "Deliveries are signed with the new secret from now on; the receiver must "
                + "check them with it.", "Make a new secret", () -> {
                    Webhooks.Keyed keyed = webhooks.rotateSecret(username, webhook.id());
                    secret.show("New signing secret of " + webhook.name(), keyed.secret());
                }));
        rotate.setId("webhook-rotate");
        Button delete = new Button("Delete", VaadinIcon.TRASH.create(), e -> confirm("Delete " + webhook.name() + "?",
                "It receives nothing more and its delivery log is deleted with it.", "Delete", () -> {
                    webhooks.delete(username, webhook.id());
                    Problems.saved("Webhook " + webhook.name() + " deleted.");
                    select(null);
                    refresh();
                }));
        delete.setId("webhook-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button reload = new Button("Refresh the log", VaadinIcon.REFRESH.create(), e -> showLog(webhook));
        reload.setId("webhook-log-refresh");
        reload.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout actions = new HorizontalLayout(edit, test, onOff, rotate, delete);
        actions.setWrap(true);
        Div facts = new Div(new Paragraph(webhook.url()), new Paragraph("Events: " + String.join(", ",
                webhook.events().stream().sorted().map(WebhookEvent::wire).toList())));
        if (webhook.disabledByFailures()) {
            Paragraph why = new Paragraph("Switched off " + formats.dateTime(webhook.disabledAt()) + ": "
                    + webhook.disabledReason() + " Fix the receiver, then switch it on: the events kept for it are "
                    + "sent then.");
            why.addClassName("form-problems");
            why.setId("webhook-disabled-reason");
            facts.add(why);
        }
        HorizontalLayout logHeader = new HorizontalLayout(new H3("Delivery log"), reload);
        logHeader.setAlignItems(FlexComponent.Alignment.BASELINE);
        details.add(new H3(webhook.name()), facts, actions, logHeader, log);
        showLog(webhook);
    }

    private void showLog(Webhook webhook) {
        List<WebhookDelivery> deliveries = webhooks.deliveries(username, webhook.id(), LOG_SIZE);
        log.setItems(deliveries);
        log.setVisible(!deliveries.isEmpty());
        if (deliveries.isEmpty()) {
            log.getElement().setAttribute("aria-label", "No deliveries yet");
        }
    }

    private void confirm(String header, String text, String action, Runnable change) {
        ConfirmDialog dialog = new ConfirmDialog(header, text, action, ok -> problems.attempt(change));
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    void refresh() {
        List<Webhook> all = webhooks.of(username, partnership.getValue());
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        empty.setVisible(all.isEmpty());
    }

    private static Component state(Webhook w) {
        Span state = new Span(w.enabled() ? "On" : w.disabledByFailures() ? "Off after failures" : "Off");
        state.getElement().getThemeList().add(w.enabled() ? "badge success" : w.disabledByFailures() ? "badge error"
                : "badge contrast");
        return state;
    }

    private static Component result(WebhookDelivery d) {
        String text = switch (d.status()) {
            case "SENT" -> "Delivered";
            case "FAILED" -> "Given up";
            case "SENDING" -> "Sending";
            default -> d.attempts() == 0 ? "Waiting" : "Will retry";
        };
        Span result = new Span(text);
        result.getElement().getThemeList().add(switch (d.status()) {
            case "SENT" -> "badge success";
            case "FAILED" -> "badge error";
            default -> "badge contrast";
        });
        return result;
    }
}
