package io.fruition.webhook;

import static io.fruition.support.WebhookReceiver.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fruition.idea.IdeaSubmission;
import io.fruition.idea.Ideas;
import io.fruition.notification.NoticeKind;
import io.fruition.notification.Notifications;
import io.fruition.process.IdeaProcess.Element;
import io.fruition.process.IdeaProcess.Var;
import io.fruition.process.task.ProcessSteps;
import io.fruition.shared.InvalidInputException;
import io.fruition.shared.NotFoundException;
import io.fruition.support.WebhookReceiver;

/**
 * Webhooks against a real HTTP receiver: signed CloudEvents, each once per endpoint; retries after failures;
 * nothing for an endpoint that is off or of another partnership; switched off after failing again and again, with
 * its managers told; managed only by administrators and the partnership's innovation leads.
 */
public abstract class WebhookScenarios {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    Webhooks webhooks;
    @Autowired
    WebhookOutbox outbox;
    @Autowired
    WebhookProperties properties;
    @Autowired
    Ideas ideas;
    @Autowired
    ProcessSteps steps;
    @Autowired
    Notifications notifications;
    @Autowired
    JdbcClient jdbc;

    WebhookReceiver receiver;

    @BeforeEach
    void receive() throws Exception {
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void stop() {
        // Endpoints of finished tests stay, switched off, so they receive nothing the next tests do.
        jdbc.sql("update webhook set enabled = false").update();
        receiver.close();
    }

    @Test
    void a_signed_cloud_event_arrives_once_per_endpoint_after_the_change_commits() throws Exception {
        Webhooks.Keyed hook = add("nora", "NG", "/desk", Flavour.CLOUDEVENTS, EnumSet.of(WebhookEvent.IDEA_SUBMITTED));
        Webhooks.Keyed other = add("sam", "NG", "/crm", Flavour.CLOUDEVENTS, EnumSet.of(WebhookEvent.IDEA_SUBMITTED));

        String number = submit("pat", "NG");
        await(() -> receiver.receivedAt("/desk").size() == 1 && receiver.receivedAt("/crm").size() == 1);
        outbox.dispatchDue();

        assertThat(receiver.receivedAt("/desk")).singleElement().satisfies(request -> {
            assertThat(request.header("Content-Type")).startsWith("application/cloudevents+json");
            assertThat(WebhookSignature.verify(hook.secret(), request.header("Fruition-Signature"), request.body()))
                    .as("signed with the endpoint's own secret").isTrue();
            assertThat(WebhookSignature.verify(other.secret(), request.header("Fruition-Signature"), request.body()))
                    .isFalse();
            long signedAt = Long.parseLong(request.header("Fruition-Signature").replaceAll("^t=(\\d+),.*$", "$1"));
            assertThat(Instant.ofEpochSecond(signedAt)).isBetween(Instant.now().minusSeconds(60), Instant.now());
            JsonNode event = JSON.readTree(request.body());
            assertThat(event.path("specversion").asText()).isEqualTo("1.0");
            assertThat(event.path("type").asText()).isEqualTo("io.fruition.idea.submitted");
            assertThat(event.path("source").asText()).endsWith("/partnerships/NG");
            assertThat(event.path("subject").asText()).isEqualTo(number);
            assertThat(event.path("id").asText()).isNotBlank();
            assertThat(event.path("time").asText()).isNotBlank();
            JsonNode idea = event.path("data").path("idea");
            assertThat(idea.path("number").asText()).isEqualTo(number);
            assertThat(idea.path("title").asText()).startsWith("Webhook idea");
            assertThat(idea.path("status").asText()).isNotBlank();
            assertThat(idea.path("link").asText()).endsWith("/ideas/" + number);
        });
        assertThat(id(receiver.receivedAt("/desk").get(0))).as("one event, the same id at every endpoint")
                .isEqualTo(id(receiver.receivedAt("/crm").get(0)));
        assertThat(webhooks.deliveries("nora", hook.webhook().id(), 10)).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo("SENT");
            assertThat(d.lastStatus()).isEqualTo(204);
            assertThat(d.attempts()).isEqualTo(1);
        });
    }

    @Test
    void an_ideas_tasks_and_status_changes_arrive_each_once_with_what_changed() throws Exception {
        add("nora", "NG", "/life", Flavour.CLOUDEVENTS,
                EnumSet.of(WebhookEvent.TASK_CREATED, WebhookEvent.IDEA_STATUS_CHANGED));

        String number = submit("pat", "NG");
        WebhookReceiver.Received screening = receiver.awaitAt("/life", r -> r.body().contains("task.created"));
        steps.complete("nora", number, Element.SCREEN_IDEA, Map.of(Var.SCREENING_DECISION, "ACCEPT"));
        WebhookReceiver.Received valuation = receiver.awaitAt("/life",
                r -> r.body().contains("status_changed") && r.body().contains("\"to\":\"IN_VALUATION\""));
        outbox.dispatchDue();

        JsonNode task = JSON.readTree(screening.body());
        assertThat(task.path("type").asText()).isEqualTo("io.fruition.task.created");
        assertThat(task.path("subject").asText()).isEqualTo(number);
        assertThat(task.path("data").path("task").path("link").asText()).contains("/tasks/");
        assertThat(task.path("data").path("idea").path("number").asText()).isEqualTo(number);
        JsonNode changed = JSON.readTree(valuation.body());
        assertThat(changed.path("type").asText()).isEqualTo("io.fruition.idea.status_changed");
        assertThat(changed.path("subject").asText()).isEqualTo(number);
        assertThat(changed.path("data").path("from").asText()).isEqualTo("IN_SCREENING");
        assertThat(changed.path("data").path("idea").path("status").asText()).isEqualTo("IN_VALUATION");
        assertThat(changed.path("data").path("idea").path("statusLabel").asText()).isEqualTo("In valuation");
        assertThat(changed.path("data").path("text").asText()).contains(number).contains("is now In valuation");
        List<WebhookReceiver.Received> all = receiver.receivedAt("/life");
        assertThat(all).extracting(WebhookScenarios::id).as("each event once").doesNotHaveDuplicates();
        assertThat(all).extracting(WebhookScenarios::type)
                .as("only the events subscribed to").containsOnly("io.fruition.task.created",
                        "io.fruition.idea.status_changed");
    }

    @Test
    void after_three_answers_of_500_the_event_still_arrives_once() throws Exception {
        Webhooks.Keyed hook = add("nora", "NG", "/flaky", Flavour.CLOUDEVENTS, EnumSet.of(WebhookEvent.IDEA_SUBMITTED));
        receiver.answer(500, 500, 500);

        submit("pat", "NG");
        await(() -> {
            outbox.dispatchDue();
            return receiver.receivedAt("/flaky").stream().anyMatch(r -> r.answered() == 204);
        });
        outbox.dispatchDue();

        List<WebhookReceiver.Received> requests = receiver.receivedAt("/flaky");
        assertThat(requests).extracting(WebhookReceiver.Received::answered).containsExactly(500, 500, 500, 204);
        assertThat(requests).extracting(WebhookScenarios::id).as("the same event each time").containsOnly(
                id(requests.get(0)));
        assertThat(webhooks.deliveries("nora", hook.webhook().id(), 10)).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo("SENT");
            assertThat(d.attempts()).isEqualTo(4);
        });
        Webhook after = webhooks.get("nora", hook.webhook().id());
        assertThat(after.enabled()).isTrue();
        assertThat(after.failures()).as("counted afresh after a success").isZero();
    }

    @Test
    void an_endpoint_that_is_off_receives_nothing() throws Exception {
        Webhooks.Keyed off = webhooks.create("nora", "NG", new Webhooks.Draft("Switched off", receiver.url("/off"),
                Flavour.CLOUDEVENTS, EnumSet.allOf(WebhookEvent.class), false));

        String number = submit("pat", "NG");
        steps.complete("nora", number, Element.SCREEN_IDEA,
                Map.of(Var.SCREENING_DECISION, "ACCEPT"));
        outbox.dispatchDue();
        Thread.sleep(300);

        assertThat(receiver.receivedAt("/off")).isEmpty();
        assertThat(webhooks.deliveries("nora", off.webhook().id(), 10)).isEmpty();
    }

    @Test
    void another_partnerships_events_never_reach_this_partnerships_endpoint() throws Exception {
        add("nora", "NG", "/ng", Flavour.CLOUDEVENTS, EnumSet.allOf(WebhookEvent.class));
        add("ivan", "IR", "/ir", Flavour.CLOUDEVENTS, EnumSet.of(WebhookEvent.IDEA_SUBMITTED));

        String irIdea = submit("ines", "IR");
        String ngIdea = submit("pat", "NG");
        await(() -> receiver.receivedAt("/ir").size() == 1 && receiver.receivedAt("/ng").stream()
                .anyMatch(r -> r.body().contains(ngIdea)));
        outbox.dispatchDue();

        assertThat(receiver.receivedAt("/ng")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.body()).doesNotContain(irIdea).doesNotContain("/partnerships/IR"));
        assertThat(receiver.receivedAt("/ir")).singleElement()
                .satisfies(r -> assertThat(r.body()).contains(irIdea).doesNotContain(ngIdea));
    }

    @Test
    void an_endpoint_failing_again_and_again_is_switched_off_and_its_managers_are_told() throws Exception {
        Webhooks.Keyed hook = add("sam", "NG", "/down", Flavour.CLOUDEVENTS, EnumSet.of(WebhookEvent.IDEA_SUBMITTED));
        int[] failures = new int[properties.disableAfter()];
        Arrays.fill(failures, 503);
        receiver.answer(failures);

        submit("pat", "NG");
        await(() -> {
            outbox.dispatchDue();
            return !webhooks.get("sam", hook.webhook().id()).enabled();
        });

        Webhook off = webhooks.get("sam", hook.webhook().id());
        assertThat(off.disabledByFailures()).isTrue();
        assertThat(off.disabledReason()).contains("HTTP 503");
        assertThat(receiver.receivedAt("/down")).hasSize(properties.disableAfter());
        for (String manager : List.of("nora", "sam")) {
            assertThat(notifications.latest(manager, 20)).as(manager).anySatisfy(n -> {
                assertThat(n.kind()).isEqualTo(NoticeKind.WEBHOOK);
                assertThat(n.subject()).contains(hook.webhook().name());
                assertThat(n.link()).isEqualTo("/webhooks");
            });
        }
        assertThat(notifications.latest("pat", 50)).noneMatch(n -> n.kind() == NoticeKind.WEBHOOK);

        submit("pat", "NG");
        outbox.dispatchDue();
        assertThat(receiver.receivedAt("/down")).as("nothing while it is off").hasSize(properties.disableAfter());

        webhooks.switchOn("sam", hook.webhook().id(), true);
        await(() -> {
            outbox.dispatchDue();
            return receiver.receivedAt("/down").stream().anyMatch(r -> r.answered() == 204);
        });
        assertThat(webhooks.deliveries("sam", hook.webhook().id(), 10)).singleElement()
                .satisfies(d -> assertThat(d.status()).isEqualTo("SENT"));
    }

    @Test
    void slack_and_teams_get_a_short_text_with_the_link() throws Exception {
        add("nora", "NG", "/slack", Flavour.SLACK, EnumSet.of(WebhookEvent.IDEA_SUBMITTED));
        add("nora", "NG", "/teams", Flavour.TEAMS, EnumSet.of(WebhookEvent.IDEA_SUBMITTED));

        String number = submit("pat", "NG");
        await(() -> receiver.receivedAt("/slack").size() == 1 && receiver.receivedAt("/teams").size() == 1);

        JsonNode slack = JSON.readTree(receiver.receivedAt("/slack").get(0).body());
        JsonNode teams = JSON.readTree(receiver.receivedAt("/teams").get(0).body());
        assertThat(slack.path("text").asText()).startsWith(number + " Webhook idea")
                .contains("was submitted").endsWith("/ideas/" + number + "|Open in Fruition>");
        assertThat(teams.path("text").asText()).startsWith(number + " Webhook idea")
                .endsWith("[Open in Fruition](http://localhost:8080/ideas/" + number + ")");
        assertThat(receiver.receivedAt("/slack").get(0).header("Content-Type")).startsWith("application/json");
    }

    @Test
    void a_test_event_reaches_the_endpoint_on_request() throws Exception {
        Webhooks.Keyed hook = add("nora", "NG", "/ping", Flavour.CLOUDEVENTS, EnumSet.of(WebhookEvent.PULSE_ANSWERED));

        webhooks.sendTest("nora", hook.webhook().id());
        await(() -> receiver.receivedAt("/ping").size() == 1);

        assertThat(JSON.readTree(receiver.receivedAt("/ping").get(0).body()).path("type").asText())
                .isEqualTo("io.fruition.webhook.test");
    }

    @Test
    void only_administrators_and_the_partnerships_innovation_leads_manage_its_webhooks() throws Exception {
        Webhooks.Keyed hook = add("nora", "NG", "/managed", Flavour.CLOUDEVENTS, EnumSet.of(WebhookEvent.TASK_CREATED));
        long before = count();

        assertThat(webhooks.managedBy("admin")).contains("NG", "IR");
        assertThat(webhooks.managedBy("sam")).containsExactly("NG");
        assertThat(webhooks.managedBy("pat")).isEmpty();
        for (String outsider : List.of("pat", "steve", "ivan")) {
            assertThatThrownBy(() -> webhooks.of(outsider, "NG")).as(outsider).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> webhooks.get(outsider, hook.webhook().id())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> webhooks.delete(outsider, hook.webhook().id()))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> webhooks.create(outsider, "NG", new Webhooks.Draft("Mine", receiver.url("/x"),
                    Flavour.CLOUDEVENTS, EnumSet.of(WebhookEvent.IDEA_SUBMITTED), true)))
                    .isInstanceOf(NotFoundException.class);
        }
        assertThat(count()).isEqualTo(before);
        assertThat(webhooks.of("admin", "NG")).extracting(Webhook::id).contains(hook.webhook().id());
        webhooks.delete("sam", hook.webhook().id());
        assertThat(webhooks.of("nora", "NG")).extracting(Webhook::id).doesNotContain(hook.webhook().id());
    }

    @Test
    void a_bad_endpoint_is_refused_field_by_field_and_nothing_is_saved() {
        long before = count();

        assertThatThrownBy(() -> webhooks.create("nora", "NG", new Webhooks.Draft(" ", "ftp://desk.example.com/x",
                null, Set.of(), true))).isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.fieldProblems()).containsOnlyKeys("name", "url", "flavour", "events"));
        for (String url : List.of("", "desk.example.com/hooks", "https://user:secret@desk.example.com/x",
                "javascript:alert(1)", "file:///etc/passwd", "https://", "https://desk.example.com/x#top")) {
            assertThatThrownBy(() -> webhooks.create("nora", "NG", new Webhooks.Draft("Desk", url,
                    Flavour.CLOUDEVENTS, EnumSet.of(WebhookEvent.IDEA_SUBMITTED), true))).as(url)
                    .isInstanceOfSatisfying(InvalidInputException.class, e ->
                            assertThat(e.fieldProblems()).containsOnlyKeys("url"));
        }
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void the_secret_is_shown_once_and_rotating_it_signs_with_the_new_one() throws Exception {
        Webhooks.Keyed hook = add("nora", "NG", "/rotate", Flavour.CLOUDEVENTS, EnumSet.of(WebhookEvent.IDEA_SUBMITTED));

        Webhooks.Keyed rotated = webhooks.rotateSecret("nora", hook.webhook().id());
        submit("pat", "NG");
        await(() -> receiver.receivedAt("/rotate").size() == 1);

        assertThat(rotated.secret()).startsWith("whsec_").isNotEqualTo(hook.secret());
        assertThat(hook.webhook().toString()).doesNotContain(hook.secret());
        WebhookReceiver.Received request = receiver.receivedAt("/rotate").get(0);
        assertThat(WebhookSignature.verify(rotated.secret(), request.header("Fruition-Signature"), request.body()))
                .isTrue();
        assertThat(WebhookSignature.verify(hook.secret(), request.header("Fruition-Signature"), request.body()))
                .isFalse();
    }

    private Webhooks.Keyed add(String manager, String prefix, String path, Flavour flavour, Set<WebhookEvent> events) {
        return webhooks.create(manager, prefix, new Webhooks.Draft("Receiver " + path, receiver.url(path), flavour,
                events, true));
    }

    private String submit(String user, String prefix) {
        return ideas.submit(user, new IdeaSubmission(prefix, "Webhook idea " + System.nanoTime(),
                "Nobody hears of new ideas.", "Tell the service desk.", null)).getNumber();
    }

    private long count() {
        return jdbc.sql("select count(*) from webhook").query(Long.class).single();
    }

    private static String id(WebhookReceiver.Received request) {
        return field(request, "id");
    }

    private static String type(WebhookReceiver.Received request) {
        return field(request, "type");
    }

    private static String field(WebhookReceiver.Received request, String name) {
        try {
            return JSON.readTree(request.body()).path(name).asText();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
