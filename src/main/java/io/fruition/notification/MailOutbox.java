package io.fruition.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.fruition.security.UserAccount;
import jakarta.annotation.PreDestroy;

/**
 * The transactional outbox for e-mail. Mails are rows written with the change they announce; after the commit
 * (and on a schedule, for retries and after restarts) due rows are claimed one by one and sent. A failed
 * attempt waits longer each time and is given up after the configured number of attempts. A dispatcher claims a
 * row by moving it from PENDING to SENDING in a conditional update, so two dispatchers (on one node or several)
 * never send the same mail; a SENDING row whose claim is older than the lease by the database's clock (its node
 * died while sending) is claimed again, so nothing is lost either.
 */
@Component
class MailOutbox {

    private static final Logger LOG = LoggerFactory.getLogger(MailOutbox.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final NotificationProperties properties;
    private final Clock clock;
    private final String template;
    private final ExecutorService kicker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "mail-outbox");
        thread.setDaemon(true);
        return thread;
    });

    MailOutbox(JdbcClient jdbc, TransactionTemplate transaction, ObjectProvider<JavaMailSender> mailSender,
            NotificationProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.mailSender = mailSender;
        this.properties = properties;
        this.clock = clock;
        this.template = read("mail/notice.txt");
    }

    void enqueue(UserAccount recipient, Notice notice, Instant now) {
        if (!properties.mailEnabled() || recipient.getEmail() == null || recipient.getEmail().isBlank()) {
            return;
        }
        String link = properties.baseUrl() + (notice.link() == null ? "/" : notice.link());
        String body = fill(template, Map.of(
                "name", recipient.getDisplayName(),
                "subject", notice.subject(),
                "message", notice.message() == null ? "" : notice.message(),
                "ideaNumber", notice.ideaNumber() == null ? (notice.ideaId() == null ? "your dashboard" : "the idea") : notice.ideaNumber(),
                "link", link));
        jdbc.sql("""
                insert into mail_outbox (recipient, email, subject, body, status, attempts, next_attempt_at, created_at)
                values (?, ?, ?, ?, 'PENDING', 0, ?, ?)""")
                .params(recipient.getUsername(), recipient.getEmail(), Notifications.cut("[Fruition] " + notice.subject(), 300),
                        body, Timestamp.from(now), Timestamp.from(now))
                .update();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    kick();
                }
            });
        }
    }

    /** Sends what is due soon, without making the committing thread wait for the SMTP server. */
    void kick() {
        kicker.execute(() -> {
            try {
                dispatchDue();
            } catch (RuntimeException e) {
                LOG.warn("Sending queued mail failed: {}", e.getMessage());
            }
        });
    }

    @Scheduled(fixedDelayString = "${fruition.notification.poll-interval:PT30S}", initialDelayString = "PT10S")
    void poll() {
        if (properties.mailEnabled()) {
            dispatchDue();
        }
    }

    /** Sends every mail that is due now; returns how many were sent. */
    synchronized int dispatchDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        Instant now = clock.instant();
        Timestamp staleClaims = Timestamp.from(databaseNow().minus(properties.claimLease()));
        List<Long> due = jdbc.sql("""
                select id from mail_outbox
                where status = 'PENDING' and next_attempt_at <= ? or status = 'SENDING' and claimed_at < ?
                order by id""")
                .params(Timestamp.from(now), staleClaims).query(Long.class).list();
        int sent = 0;
        int failed = 0;
        String firstError = null;
        for (Long id : due) {
            if (claim(id, now, staleClaims)) {
                String error = send(sender, id);
                if (error == null) {
                    sent++;
                } else {
                    failed++;
                    firstError = firstError == null ? error : firstError;
                }
            }
        }
        if (failed > 0) {
            // One line per run, not per mail: an SMTP outage would otherwise flood the log.
            LOG.warn("{} of {} due mails not sent, they will be retried: {}", failed, failed + sent, firstError);
        }
        return sent;
    }

    /** The database's clock: the same for every node, and not the one the demo and the tests move. */
    private Instant databaseNow() {
        return jdbc.sql("select current_timestamp").query(Timestamp.class).single().toInstant();
    }

    private boolean claim(long id, Instant now, Timestamp staleClaims) {
        Integer claimed = transaction.execute(status -> jdbc.sql("""
                update mail_outbox set status = 'SENDING', attempts = attempts + 1, claimed_at = current_timestamp
                where id = ? and (status = 'PENDING' and next_attempt_at <= ? or status = 'SENDING' and claimed_at < ?)""")
                .params(id, Timestamp.from(now), staleClaims).update());
        return claimed != null && claimed == 1;
    }

    /** Sends one claimed mail; returns null when it went out, else the error. */
    private String send(JavaMailSender sender, long id) {
        Map<String, Object> row = jdbc.sql("select email, subject, body, attempts from mail_outbox where id = ?")
                .param(id).query().singleRow();
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.from());
        message.setTo((String) row.get("email"));
        message.setSubject((String) row.get("subject"));
        message.setText((String) row.get("body"));
        int attempts = ((Number) row.get("attempts")).intValue();
        try {
            sender.send(message);
            transaction.executeWithoutResult(status -> jdbc.sql(
                    "update mail_outbox set status = 'SENT', sent_at = ?, last_error = null where id = ?")
                    .params(Timestamp.from(clock.instant()), id).update());
            return null;
        } catch (MailException e) {
            boolean giveUp = attempts >= properties.maxAttempts();
            String error = Notifications.cut(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), 1000);
            transaction.executeWithoutResult(status -> jdbc.sql(
                    "update mail_outbox set status = ?, next_attempt_at = ?, last_error = ? where id = ?")
                    .params(giveUp ? "FAILED" : "PENDING",
                            Timestamp.from(clock.instant().plus(properties.backoffAfter(attempts))), error, id)
                    .update());
            if (giveUp) {
                LOG.warn("Mail {} to {} given up after {} attempts: {}", id, row.get("email"), attempts, error);
            }
            return error;
        }
    }

    @PreDestroy
    void stop() {
        kicker.shutdownNow();
    }

    static String fill(String template, Map<String, String> values) {
        String result = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            result = result.replace("${" + value.getKey() + "}", value.getValue());
        }
        return result;
    }

    private static String read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The mail template " + resource + " is missing.", e);
        }
    }
}
