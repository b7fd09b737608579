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
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.fruition.notification.Notice;
import io.fruition.notification.NoticeKind;
import io.fruition.notification.NotificationProperties;
import io.fruition.notification.Notifications;
import io.fruition.partnership.Membership;
import io.fruition.partnership.PartnershipRole;
import io.fruition.partnership.Partnerships;
import io.fruition.shared.Outbox;
import jakarta.annotation.PreDestroy;

/**
 * Deliveries to webhooks through an {@link Outbox}, the mechanism mail uses: an event ({@link WebhookEvents}) is
 * written for an endpoint in the transaction of the change, and sent after the commit, signed, retried with a
 * growing pause. An endpoint whose deliveries fail again and again is switched off, and whoever manages it is told.
 */
@Component
class WebhookOutbox {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookOutbox.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Partnerships partnerships;
    private final Notifications notifications;
    private final WebhookAddresses addresses;
    private final WebhookProperties properties;
    private final String baseUrl;
    private final Clock clock;
    private final Outbox outbox;
    private final HttpClient http;

    WebhookOutbox(JdbcClient jdbc, TransactionTemplate transaction, Partnerships partnerships,
            Notifications notifications, WebhookAddresses addresses, WebhookProperties properties,
            NotificationProperties notification, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
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

    /** Writes one event for one endpoint, sent after the current transaction commits. */
    void queue(long webhookId, Flavour flavour, WebhookMessages.Event event) {
        Instant now = clock.instant();
        jdbc.sql("""
                insert into webhook_delivery (webhook_id, event_id, event_type, subject, payload, status, attempts,
                  next_attempt_at, created_at)
                values (?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)""")
                .params(webhookId, event.id(), event.type().substring(WebhookEvent.TYPE_PREFIX.length()),
                        WebhookMessages.cut(event.subject(), 60), WebhookMessages.write(flavour, event, baseUrl),
                        Timestamp.from(now), Timestamp.from(now))
                .update();
        outbox.afterCommit(this::kick);
    }

    // Sending

    private void kick() {
        try {
            dispatchDue();
        } catch (RuntimeException e) {
            LOG.warn("Sending webhooks failed: {}", e.getMessage());
        }
    }

    /** Retries and what a restart left behind, once every poll interval (the first one interval after the start). */
    @Scheduled(fixedDelayString = "${fruition.webhooks.poll-interval:PT30S}",
            initialDelayString = "${fruition.webhooks.poll-interval:PT30S}")
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
