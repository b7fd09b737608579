package io.fruition.webhook;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

import io.fruition.shared.Outbox;

/**
 * How webhooks are sent.
 *
 * @param maxAttempts           a delivery is given up after this many failed attempts
 * @param initialBackoff        the wait after the first failure; it doubles with every further failure, up to an hour
 * @param claimLease            a delivery being sent stays its dispatcher's this long (then another node takes it)
 * @param pollInterval          how often due deliveries are looked for (besides right after each commit)
 * @param timeout               how long a receiver may take to connect and to answer
 * @param disableAfter          an endpoint is switched off after this many failed attempts in a row (fewer than
 *                              {@code maxAttempts}, so that the event that failed is still sent once it is on again)
 * @param blockPrivateAddresses never call loopback, private, link-local or other internal addresses (on in prod)
 * @param allowedHosts          host names or address ranges (CIDR) called even so, e.g. an internal service desk
 */
@ConfigurationProperties("fruition.webhooks")
public record WebhookProperties(int maxAttempts, Duration initialBackoff, Duration claimLease, Duration pollInterval,
        Duration timeout, int disableAfter, boolean blockPrivateAddresses, List<String> allowedHosts) {

    public WebhookProperties {
        maxAttempts = maxAttempts <= 0 ? 12 : maxAttempts;
        initialBackoff = initialBackoff == null ? Duration.ofSeconds(30) : initialBackoff;
        claimLease = claimLease == null ? Duration.ofMinutes(5) : claimLease;
        pollInterval = pollInterval == null ? Duration.ofSeconds(30) : pollInterval;
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        disableAfter = disableAfter <= 0 ? 10 : disableAfter;
        allowedHosts = allowedHosts == null ? List.of() : List.copyOf(allowedHosts);
    }

    Outbox.Policy policy() {
        return new Outbox.Policy(maxAttempts, initialBackoff, claimLease);
    }
}
