package io.fruition.webhook.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;

import io.fruition.idea.IdeaSubmission;
import io.fruition.idea.Ideas;
import io.fruition.support.KaribuTest;
import io.fruition.support.WebhookReceiver;
import io.fruition.webhook.Flavour;
import io.fruition.webhook.Webhook;
import io.fruition.webhook.WebhookEvent;
import io.fruition.webhook.Webhooks;

/**
 * The webhooks page: an innovation lead adds an endpoint (its secret shown once), sees its deliveries with the
 * receiver's answers, sends a test event, switches it off, deletes it; bad input is told on each field; a member
 * who does not manage webhooks is told who does.
 */
class WebhooksViewTest extends KaribuTest {

    @Autowired
    Webhooks webhooks;
    @Autowired
    Ideas ideas;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void quiet() {
        jdbc.sql("update webhook set enabled = false").update();
    }

    @Test
    void a_lead_adds_an_endpoint_sees_its_deliveries_switches_it_off_and_deletes_it() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            login("sam");
            UI.getCurrent().navigate(WebhooksView.class);
            WebhooksView view = _get(WebhooksView.class);
            assertThat(view.partnership.getValue()).isEqualTo("NG");

            _click(view.add);
            String name = "Service desk " + System.nanoTime();
            view.name.setValue(name);
            view.url.setValue(receiver.url("/desk"));
            view.events.setValue(EnumSet.of(WebhookEvent.IDEA_SUBMITTED));
            _click(view.save);

            assertThat(view.secret.isVisible()).isTrue();
            assertThat(view.secret.secret()).startsWith("whsec_");
            assertThat(view.editor.isVisible()).isFalse();
            Webhook added = GridKt._findAll(view.grid).stream().filter(w -> w.name().equals(name)).findFirst()
                    .orElseThrow();
            assertThat(added.enabled()).isTrue();

            String number = ideas.submit("pat", new IdeaSubmission("NG", "Webhook page idea " + System.nanoTime(),
                    "Nobody hears of it.", "Tell the desk.", null)).getNumber();
            awaitReceived(receiver, 1);
            view.grid.select(added);
            _click(_get(Button.class, spec -> spec.withId("webhook-log-refresh")));
            assertThat(GridKt._findAll(view.log)).singleElement().satisfies(d -> {
                assertThat(d.subject()).isEqualTo(number);
                assertThat(d.delivered()).isTrue();
            });
            assertThat(GridKt._getFormattedRow(view.log, 0)).contains("idea.submitted").contains("204");

            _click(_get(Button.class, spec -> spec.withId("webhook-test")));
            awaitReceived(receiver, 2);

            _click(_get(Button.class, spec -> spec.withId("webhook-switch")));
            assertThat(webhooks.get("sam", added.id()).enabled()).isFalse();

            view.grid.select(webhooks.get("sam", added.id()));
            _click(_get(Button.class, spec -> spec.withId("webhook-delete")));
            ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
            assertThat(webhooks.of("sam", "NG")).extracting(Webhook::id).doesNotContain(added.id());
        }
    }

    @Test
    void a_bad_endpoint_is_told_on_each_field_and_nothing_is_added() {
        login("nora");
        UI.getCurrent().navigate(WebhooksView.class);
        WebhooksView view = _get(WebhooksView.class);
        int before = webhooks.of("nora", "NG").size();

        _click(view.add);
        view.name.setValue("");
        view.url.setValue("ftp://desk.example.com/hooks");
        view.events.setValue(EnumSet.noneOf(WebhookEvent.class));
        _click(view.save);

        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.url.isInvalid()).isTrue();
        assertThat(view.url.getErrorMessage()).contains("https://");
        assertThat(view.events.isInvalid()).isTrue();
        assertThat(view.editor.isVisible()).as("the form stays with what was typed").isTrue();
        assertThat(view.secret.isVisible()).isFalse();
        assertThat(webhooks.of("nora", "NG")).hasSize(before);
    }

    @Test
    void an_endpoint_switched_off_after_failures_says_why_and_how_to_fix_it() {
        Webhooks.Keyed hook = webhooks.create("nora", "NG", new Webhooks.Draft("Broken desk " + System.nanoTime(),
                "http://127.0.0.1:9/none", Flavour.CLOUDEVENTS, EnumSet.of(WebhookEvent.TASK_CREATED), true));
        jdbc.sql("update webhook set enabled = false, failures = 10, disabled_at = current_timestamp, "
                + "disabled_reason = '10 attempts in a row failed; the last: The receiver answered HTTP 503.' "
                + "where id = ?").param(hook.webhook().id()).update();
        login("nora");
        UI.getCurrent().navigate(WebhooksView.class);
        WebhooksView view = _get(WebhooksView.class);

        view.grid.select(webhooks.get("nora", hook.webhook().id()));

        assertThat(GridKt._findAll(view.grid)).filteredOn(w -> w.id() == hook.webhook().id()).singleElement()
                .satisfies(w -> assertThat(w.disabledByFailures()).isTrue());
        assertThat(_get(Paragraph.class, spec -> spec.withId("webhook-disabled-reason")).getText())
                .contains("HTTP 503").contains("switch it on");
    }

    @Test
    void a_member_who_does_not_manage_webhooks_is_told_who_does() {
        login("pat");
        UI.getCurrent().navigate(WebhooksView.class);

        assertThat(_get(Paragraph.class, spec -> spec.withId("webhooks-not-yours")).getText())
                .contains("innovation leads");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).doesNotContain("Webhooks");
    }

    @Test
    void an_innovation_lead_finds_the_page_in_the_navigation() {
        login("nora");
        UI.getCurrent().navigate("");

        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Webhooks");
    }

    private static void awaitReceived(WebhookReceiver receiver, int count) throws InterruptedException {
        for (int i = 0; i < 200 && receiver.received().size() < count; i++) {
            Thread.sleep(50);
        }
        assertThat(receiver.received()).hasSizeGreaterThanOrEqualTo(count);
    }
}
