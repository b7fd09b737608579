package io.fruition.webhook;

import java.time.Instant;

/** One event for one endpoint, as the delivery log shows it. */
public record WebhookDelivery(long id, String eventId, String eventType, String subject, String status, int attempts,
        Instant createdAt, Instant sentAt, Instant nextAttemptAt, Integer lastStatus, String lastError) {

    public boolean delivered() {
        return "SENT".equals(status);
    }
}
