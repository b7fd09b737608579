package io.fruition.webhook;

import java.net.URI;
import java.time.Instant;
import java.util.Set;

/**
 * A partnership's endpoint. Its secret signs each delivery and is never shown after it is made or rotated (nor
 * written by {@link #toString()}).
 */
public record Webhook(long id, String partnership, String name, String url, String secret, Flavour flavour,
        Set<WebhookEvent> events, boolean enabled, String createdBy, Instant createdAt, int failures,
        Instant disabledAt, String disabledReason) {

    public Webhook {
        events = Set.copyOf(events);
    }

    /** Switched off because its deliveries failed (not by a person). */
    public boolean disabledByFailures() {
        return !enabled && disabledAt != null;
    }

    /** The host it calls, for lists. */
    public String host() {
        try {
            String host = URI.create(url).getHost();
            return host == null ? url : host;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    @Override
    public String toString() {
        return "Webhook[" + id + " " + partnership + " " + name + " → " + host() + "]";
    }
}
