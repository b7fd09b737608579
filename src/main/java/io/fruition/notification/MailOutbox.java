package io.fruition.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

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
import org.springframework.transaction.support.TransactionTemplate;

import io.fruition.security.UserAccount;
import io.fruition.shared.Outbox;
import jakarta.annotation.PreDestroy;

/**
 * The outbox for e-mail ({@link Outbox}): a mail is a row written with the change it announces and sent after the
 * commit, retried with a growing pause, given up after the configured number of attempts, sent once even with
 * several nodes.
 */
@Component
class MailOutbox {

    private static final Logger LOG = LoggerFactory.getLogger(MailOutbox.class);

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final NotificationProperties properties;
    private final String template;
    private final Outbox outbox;

    MailOutbox(JdbcClient jdbc, TransactionTemplate transaction, ObjectProvider<JavaMailSender> mailSender,
            NotificationProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.mailSender = mailSender;
        this.properties = properties;
        this.template = read("mail/notice.txt");
        this.outbox = new Outbox("mail_outbox", null, jdbc, transaction, clock);
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
        outbox.afterCommit(this::kick);
    }

    /** Sends what is due, without making the committing thread wait for the SMTP server. */
    private void kick() {
        try {
            dispatchDue();
        } catch (RuntimeException e) {
            LOG.warn("Sending queued mail failed: {}", e.getMessage());
        }
    }

    /** Retries and what a restart left behind, once every poll interval (the first one interval after the start). */
    @Scheduled(fixedDelayString = "${fruition.notification.poll-interval:PT30S}",
            initialDelayString = "${fruition.notification.poll-interval:PT30S}")
    void poll() {
        if (properties.mailEnabled()) {
            dispatchDue();
        }
    }

    /** Sends every mail that is due now; returns how many were sent. */
    int dispatchDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        Outbox.Run run = outbox.dispatchDue(properties.policy(), new Outbox.Sender() {
            @Override
            public String send(long id, int attempt) {
                return MailOutbox.this.send(sender, id);
            }

            @Override
            public void givenUp(long id, int attempts, String error) {
                LOG.warn("Mail {} given up after {} attempts: {}", id, attempts, error);
            }
        });
        if (run.failed() > 0) {
            // One line per run, not per mail: an SMTP outage would otherwise flood the log.
            LOG.warn("{} of {} due mails not sent, they will be retried: {}", run.failed(), run.failed() + run.sent(),
                    run.firstError());
        }
        return run.sent();
    }

    /** Sends one claimed mail; returns null when it went out, else the error. */
    private String send(JavaMailSender sender, long id) {
        Map<String, Object> row = jdbc.sql("select email, subject, body from mail_outbox where id = ?")
                .param(id).query().singleRow();
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.from());
        message.setTo((String) row.get("email"));
        message.setSubject((String) row.get("subject"));
        message.setText((String) row.get("body"));
        try {
            sender.send(message);
            return null;
        } catch (MailException e) {
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
    }

    @PreDestroy
    void stop() {
        outbox.stop();
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
