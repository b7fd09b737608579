package io.fruition.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

import io.fruition.shared.Outbox;

/**
 * How notifications reach people. Without an SMTP server (the default profile) mail is off and only in-app
 * notifications are written.
 *
 * @param baseUrl        the address users open Fruition at, for absolute links in e-mails
 * @param from           the sender of e-mails
 * @param mailEnabled    whether e-mails are queued and sent at all
 * @param maxAttempts    after this many failed attempts a mail is given up (FAILED, still visible)
 * @param pollInterval   how often the outbox is checked for mails due (besides right after each commit)
 * @param initialBackoff the wait after the first failure; it doubles with every further failure, up to an hour
 * @param claimLease     how long a mail being sent stays its dispatcher's; a claim older than that (its node died,
 *                       or the database went away while it sent) is taken over
 */
@ConfigurationProperties("fruition.notification")
public record NotificationProperties(String baseUrl, String from, boolean mailEnabled, int maxAttempts,
        Duration pollInterval, Duration initialBackoff, Duration claimLease) {

    public NotificationProperties {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
        from = from == null || from.isBlank() ? "fruition@localhost" : from;
        maxAttempts = maxAttempts <= 0 ? 10 : maxAttempts;
        pollInterval = pollInterval == null ? Duration.ofSeconds(30) : pollInterval;
        initialBackoff = initialBackoff == null ? Duration.ofSeconds(30) : initialBackoff;
        claimLease = claimLease == null ? Duration.ofMinutes(5) : claimLease;
    }

    Outbox.Policy policy() {
        return new Outbox.Policy(maxAttempts, initialBackoff, claimLease);
    }
}
