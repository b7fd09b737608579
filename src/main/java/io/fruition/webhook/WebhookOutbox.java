package io.fruition.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.fruition.delivery.ProgressReported;
import io.fruition.idea.Idea;
import io.fruition.idea.IdeaStatus;
import io.fruition.idea.IdeaStatusChanged;
import io.fruition.idea.IdeaSubmitted;
import io.fruition.idea.Ideas;
import io.fruition.notification.Notice;
import io.fruition.notification.NoticeKind;
import io.fruition.notification.NotificationProperties;
import io.fruition.notification.Notifications;
import io.fruition.partnership.Membership;
import io.fruition.partnership.PartnershipRole;
import io.fruition.partnership.Partnerships;
import io.fruition.process.DeadlinePassed;
import io.fruition.process.PulseDeadlinePassed;
import io.fruition.process.TaskOpened;
import io.fruition.pulse.PulseAnswered;
import io.fruition.shared.Outbox;
import jakarta.annotation.PreDestroy;

/**
 * Events to webhooks through an {@link Outbox}, the mechanism mail uses: each event of a partnership is written, in
 * the transaction of the change, once for every enabled endpoint of that partnership that subscribes to it, and
 * sent after the commit, signed, retried with a growing pause. An endpoint whose deliveries fail again and again is
 * switched off, and whoever manages it is told. Only the partnership's own endpoints ever receive its events.
 */
@Component
class WebhookOutbox {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookOutbox.class);
    static final String TEST_TYPE = WebhookEvent.TYPE_PREFIX + "webhook.test";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Ideas ideas;
    private final Partnerships partnerships;
    private final Notifications notifications;
    private final WebhookAddresses addresses;
    private final WebhookProperties properties;
    private final String baseUrl;
    private final Clock clock;
    private final Outbox outbox;
    private final HttpClient http;

    WebhookOutbox(JdbcClient jdbc, TransactionTemplate transaction, Ideas ideas, Partnerships partnerships,
            Notifications notifications, WebhookAddresses addresses, WebhookProperties properties,
            NotificationProperties notification, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.ideas = ideas;
        this.partnerships = partnerships;
        this.notifications = notifications;
        this.addresses = addresses;
        this.properties = properties;
        this.baseUrl = notification.baseUrl();
        this.clock = clock;
        this.outbox = new Outbox("webhook_delivery", "webhook_id in (select id from webhook where enabled = true)",
                jdbc, transaction, clock);
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(properties.timeout()).build();
    }

    // What happened, as each event says it

    @EventListener
    void on(IdeaSubmitted e) {
        Idea idea = ideas.get(e.ideaId());
        event(e.partnershipPrefix(), WebhookEvent.IDEA_SUBMITTED, idea.getNumber(),
                idea.getNumber() + " " + idea.getTitle() + " was submitted.", "/ideas/" + idea.getNumber(),
                Map.of("idea", idea(idea.getNumber(), idea.getTitle(), idea.getStatus())));
    }

    @EventListener
    void on(IdeaStatusChanged e) {
        String about = e.ideaNumber() + " " + e.ideaTitle();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("idea", idea(e.ideaNumber(), e.ideaTitle(), e.to()));
        data.put("from", e.from() == null ? null : e.from().name());
        data.put("to", e.to().name());
        event(e.partnershipPrefix(), WebhookEvent.IDEA_STATUS_CHANGED, e.ideaNumber(), about + " is now "
                + e.to().label() + (e.from() == null ? "." : " (was " + e.from().label() + ")."),
                "/ideas/" + e.ideaNumber(), data);
        if (e.to() == IdeaStatus.REALISED) {
            event(e.partnershipPrefix(), WebhookEvent.IDEA_REALISED, e.ideaNumber(),
                    about + " is realised: its benefits are confirmed.", "/ideas/" + e.ideaNumber(),
                    Map.of("idea", idea(e.ideaNumber(), e.ideaTitle(), e.to())));
        }
    }

    @EventListener
    void on(TaskOpened e) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("task", Map.of("id", e.taskId(), "name", e.stepName(), "link", baseUrl + "/tasks/" + e.taskId()));
        String about;
        if (e.ideaNumber() != null) {
            data.put("idea", idea(e.ideaNumber(), e.ideaTitle(), ideas.get(e.ideaId()).getStatus()));
            about = e.ideaNumber() + " " + e.ideaTitle();
        } else {
            data.put("round", e.ideaTitle());
            about = e.ideaTitle();
        }
        event(e.partnership(), WebhookEvent.TASK_CREATED, e.ideaNumber() != null ? e.ideaNumber() : e.taskId(),
                "A task waits: " + e.stepName() + " · " + about + ".", "/tasks/" + e.taskId(), data);
    }

    @EventListener
    void on(DeadlinePassed e) {
        String what = switch (e.deadline()) {
            case SCREENING_OVERDUE -> "the screening is overdue";
            case PROGRESS_REPORT_OVERDUE -> "the progress report is overdue";
            case MILESTONES_OVERDUE -> "milestones are overdue";
            case PROGRESS_REPORT_DUE -> null; // due today, not late
        };
        if (what == null) {
            return;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("overdue", e.deadline().name());
        data.put("idea", idea(e.ideaNumber(), e.ideaTitle(), ideas.get(e.ideaId()).getStatus()));
        data.put("milestones", e.milestones().stream().map(m -> Map.of("title", m.title(), "dueOn",
                m.dueOn().toString())).toList());
        event(e.partnership(), WebhookEvent.TASK_OVERDUE, e.ideaNumber(), e.ideaNumber() + " " + e.ideaTitle()
                + ": " + what + ".", "/ideas/" + e.ideaNumber(), data);
    }

    @EventListener
    void on(PulseDeadlinePassed e) {
        if (e.deadline() == PulseDeadlinePassed.Deadline.ANSWER_REMINDER) {
            return; // a reminder, not a late task
        }
        String what = e.deadline() == PulseDeadlinePassed.Deadline.PLAN_NOT_TAKEN_ON
                ? "nobody took the action plan on in time" : "an agreed action is overdue: " + e.what();
        event(e.partnership(), WebhookEvent.TASK_OVERDUE, "pulse-" + e.roundNumber(),
                "Pulse round " + e.roundNumber() + ": " + what + ".", "/pulse",
                Map.of("overdue", e.deadline().name(), "round", Map.of("number", e.roundNumber())));
    }

    @EventListener
    void on(ProgressReported e) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("idea", idea(e.ideaNumber(), e.ideaTitle(), ideas.get(e.ideaId()).getStatus()));
        data.put("report", Map.of("rag", e.rag().name(), "percentComplete", e.percentComplete(),
                "summary", WebhookMessages.cut(e.summary(), 1000)));
        event(e.partnershipPrefix(), WebhookEvent.DELIVERY_REPORTED, e.ideaNumber(), "Progress on " + e.ideaNumber()
                + " " + e.ideaTitle() + ": " + e.percentComplete() + "% complete, " + e.rag().name().toLowerCase()
                + ".", "/ideas/" + e.ideaNumber(), data);
    }

    /** Who answered and what they said stay confidential: the event says only that the round has an answer. */
    @EventListener
    void on(PulseAnswered e) {
        event(e.prefix(), WebhookEvent.PULSE_ANSWERED, "pulse-" + e.number(), e.amended()
                ? "An answer to pulse round " + e.number() + " was amended." : "Pulse round " + e.number()
                        + " has a new answer.", "/pulse",
                Map.of("round", Map.of("number", e.number()), "amended", e.amended()));
    }

    /** A test event for one endpoint, on or off (a person asked for it). */
    void test(Webhook webhook, String actor) {
        Instant now = clock.instant();
        WebhookMessages.Event event = new WebhookMessages.Event(UUID.randomUUID().toString(), TEST_TYPE,
                webhook.partnership(), null, now, "Test event from Fruition, sent by " + actor + ": this endpoint "
                        + "receives " + webhook.partnership() + "'s events.", "/webhooks", Map.of("test", true));
        insert(webhook.id(), webhook.flavour(), event, now);
        outbox.afterCommit(this::kick);
    }

    private Map<String, Object> idea(String number, String title, IdeaStatus status) {
        Map<String, Object> idea = new LinkedHashMap<>();
        idea.put("number", number);
        idea.put("title", WebhookMessages.cut(title, 200));
        idea.put("status", status.name());
        idea.put("statusLabel", status.label());
        idea.put("link", baseUrl + "/ideas/" + number);
        return idea;
    }

    /** Writes the event for every enabled endpoint of the partnership that subscribes to it. */
    private void event(String partnership, WebhookEvent type, String subject, String text, String link,
            Map<String, Object> data) {
        List<Webhook> endpoints = jdbc.sql(Webhooks.SELECT + " where p.prefix = ? and w.enabled = true")
                .param(partnership).query(Webhooks::webhook).list().stream()
                .filter(w -> w.events().contains(type)).toList();
        if (endpoints.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        WebhookMessages.Event event = new WebhookMessages.Event(UUID.randomUUID().toString(), type.cloudEventType(),
                partnership, subject, now, WebhookMessages.cut(text, 1000), link, data);
        endpoints.forEach(w -> insert(w.id(), w.flavour(), event, now));
        outbox.afterCommit(this::kick);
    }

    private void insert(long webhookId, Flavour flavour, WebhookMessages.Event event, Instant now) {
        jdbc.sql("""
                insert into webhook_delivery (webhook_id, event_id, event_type, subject, payload, status, attempts,
                  next_attempt_at, created_at)
                values (?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)""")
                .params(webhookId, event.id(), event.type().substring(WebhookEvent.TYPE_PREFIX.length()),
                        WebhookMessages.cut(event.subject(), 60), WebhookMessages.write(flavour, event, baseUrl),
                        Timestamp.from(now), Timestamp.from(now))
                .update();
    }

    // Sending

    private void kick() {
        try {
            dispatchDue();
        } catch (RuntimeException e) {
            LOG.warn("Sending webhooks failed: {}", e.getMessage());
        }
    }

    @Scheduled(fixedDelayString = "${fruition.webhooks.poll-interval:PT30S}", initialDelayString = "PT15S")
    void poll() {
        dispatchDue();
    }

    /** Sends every delivery that is due now (of enabled endpoints); returns how many went out. */
    int dispatchDue() {
        Outbox.Run run = outbox.dispatchDue(properties.policy(), new Outbox.Sender() {
            @Override
            public String send(long id, int attempt) {
                return WebhookOutbox.this.send(id);
            }

            @Override
            public void givenUp(long id, int attempts, String error) {
                LOG.warn("Webhook delivery {} given up after {} attempts: {}", id, attempts, error);
            }
        });
        if (run.failed() > 0) {
            LOG.info("{} of {} due webhook deliveries failed, they will be retried: {}", run.failed(),
                    run.failed() + run.sent(), run.firstError());
        }
        return run.sent();
    }

    private String send(long id) {
        Map<String, Object> row = jdbc.sql("""
                select d.payload, d.event_id, d.event_type, w.id as webhook_id, w.url, w.secret, w.flavour
                from webhook_delivery d join webhook w on w.id = d.webhook_id where d.id = ?""")
                .param(id).query().singleRow();
        long webhookId = ((Number) row.get("webhook_id")).longValue();
        String payload = (String) row.get("payload");
        URI uri = URI.create((String) row.get("url"));
        String refused = addresses.blocked(uri.getHost()).orElse(null);
        if (refused != null) {
            return failed(id, webhookId, null, refused);
        }
        Flavour flavour = Flavour.valueOf((String) row.get("flavour"));
        // The signature's time is the wall clock's, which receivers compare with theirs to refuse replays.
        long now = Instant.now().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(properties.timeout())
                .header("Content-Type", flavour == Flavour.CLOUDEVENTS ? "application/cloudevents+json; charset=utf-8"
                        : "application/json; charset=utf-8")
                .header("User-Agent", "Fruition-Webhooks/1")
                .header("Fruition-Event", (String) row.get("event_type"))
                .header("Fruition-Event-Id", (String) row.get("event_id"))
                .header("Fruition-Delivery", String.valueOf(id))
                .header(WebhookSignature.HEADER, WebhookSignature.header((String) row.get("secret"), now, payload))
                .POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() >= 200 && response.statusCode() < 300) {
                transaction.executeWithoutResult(status -> {
                    jdbc.sql("update webhook_delivery set last_status = ? where id = ?")
                            .params(response.statusCode(), id).update();
                    jdbc.sql("update webhook set failures = 0 where id = ?").param(webhookId).update();
                });
                return null;
            }
            return failed(id, webhookId, response.statusCode(), "The receiver answered HTTP " + response.statusCode()
                    + ".");
        } catch (IOException e) {
            return failed(id, webhookId, null, "The receiver could not be reached: " + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(id, webhookId, null, "Sending was interrupted.");
        }
    }

    /** Counts a failed attempt on its endpoint, which is switched off after too many in a row. */
    private String failed(long id, long webhookId, Integer status, String error) {
        transaction.executeWithoutResult(tx -> {
            jdbc.sql("update webhook_delivery set last_status = ? where id = ?").params(status, id).update();
            jdbc.sql("update webhook set failures = failures + 1 where id = ?").param(webhookId).update();
            Webhook webhook = jdbc.sql(Webhooks.SELECT + " where w.id = ?").param(webhookId)
                    .query(Webhooks::webhook).single();
            if (webhook.enabled() && webhook.failures() >= properties.disableAfter()) {
                String reason = webhook.failures() + " attempts in a row failed; the last: " + error;
                jdbc.sql("update webhook set enabled = false, disabled_at = ?, disabled_reason = ? where id = ?")
                        .params(Timestamp.from(clock.instant()), WebhookMessages.cut(reason, 500), webhookId).update();
                tellManagers(webhook, reason);
            }
        });
        return error;
    }

    private void tellManagers(Webhook webhook, String reason) {
        Set<String> managers = new LinkedHashSet<>();
        partnerships.withRole(webhook.partnership(), PartnershipRole.INNOVATION_LEAD, Optional.empty())
                .stream().map(Membership::username).forEach(managers::add);
        if (partnerships.membership(webhook.createdBy(), webhook.partnership()).isPresent()) {
            managers.add(webhook.createdBy());
        }
        if (managers.isEmpty()) {
            LOG.warn("Webhook {} was switched off and nobody manages it: {}", webhook, reason);
            return;
        }
        notifications.send(new Notice(NoticeKind.WEBHOOK, managers, webhook.partnership(), null, null, null,
                "The webhook " + webhook.name() + " was switched off",
                "Fruition could not deliver to " + webhook.host() + ": " + reason + " Fix the receiver, then switch the "
                        + "webhook on again; the events kept for it are sent then.", "/webhooks"));
    }

    @PreDestroy
    void stop() {
        outbox.stop();
    }
}
