package io.fruition.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import io.fruition.shared.NotFoundException;
import io.fruition.support.MailTestServer;

/**
 * Notifications through a real SMTP server (GreenMail): written with the change, mailed only after it commits,
 * never for a change that rolls back, and kept and retried through an SMTP outage.
 */
public abstract class NotificationScenarios {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(MailTestServer.PORT, null, "smtp"))
            .withPerMethodLifecycle(true);

    @Autowired
    Notifications notifications;
    @Autowired
    MailOutbox outbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    @BeforeEach
    void nothing_older_is_due() {
        // Mails queued by other tests while no SMTP server ran are not this test's business.
        jdbc.sql("update mail_outbox set status = 'FAILED' where status = 'PENDING'").update();
    }

    @Test
    void a_notice_is_mailed_after_the_commit_with_number_title_and_an_absolute_link() throws Exception {
        String subject = unique("NG-1 Consolidate the three monitoring stacks: now in review");
        transaction.executeWithoutResult(s -> notifications.send(notice(Set.of("nora"), subject)));

        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("[Fruition] " + subject);
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("nora@demo.fruition.io");
        String body = GreenMailUtil.getBody(mail);
        assertThat(body).contains("NG-1").contains("http://localhost:8080/ideas/NG-1").contains("Nora");
        outbox.dispatchDue(); // waits for the after-commit sender to record what it did
        assertThat(status(subject)).isEqualTo("SENT");
        assertThat(smtp.getReceivedMessages()).as("sent exactly once").hasSize(1);
    }

    @Test
    void a_rolled_back_change_leaves_no_notification_and_sends_no_mail() {
        String subject = unique("Rolled back");
        assertThatThrownBy(() -> transaction.executeWithoutResult(s -> {
            notifications.send(notice(Set.of("nora", "sam"), subject));
            throw new IllegalStateException("the change fails after notifying");
        })).isInstanceOf(IllegalStateException.class);

        outbox.dispatchDue();
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(jdbc.sql("select count(*) from notification where subject = ?").param(subject).query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from mail_outbox where subject like ?").param("%" + subject).query(Long.class)
                .single()).isZero();
    }

    @Test
    void a_mail_waits_through_an_smtp_outage_and_is_sent_when_the_server_is_back() {
        smtp.stop();
        String subject = unique("During the outage");
        transaction.executeWithoutResult(s -> notifications.send(notice(Set.of("sam"), subject)));
        outbox.dispatchDue();
        assertThat(status(subject)).isEqualTo("PENDING");
        assertThat(attempts(subject)).isEqualTo(1);
        assertThat(lastError(subject)).isNotBlank();

        smtp.start();
        makeDue(subject);
        assertThat(outbox.dispatchDue()).isEqualTo(1);

        assertThat(status(subject)).isEqualTo("SENT");
        assertThat(smtp.getReceivedMessages()).extracting(MimeMessage::getSubject).containsExactly("[Fruition] " + subject);
    }

    @Test
    void a_mail_is_given_up_after_the_last_attempt_and_stays_visible() {
        smtp.stop();
        String subject = unique("Never deliverable");
        transaction.executeWithoutResult(s -> notifications.send(notice(Set.of("sam"), subject)));
        outbox.dispatchDue(); // the first attempt, whether the after-commit kick or this call makes it
        jdbc.sql("update mail_outbox set attempts = 9 where subject like ?").param("%" + subject).update();
        makeDue(subject);

        outbox.dispatchDue();

        assertThat(status(subject)).isEqualTo("FAILED");
        assertThat(attempts(subject)).isEqualTo(10);
        smtp.start();
    }

    @Test
    void only_members_of_the_partnership_are_notified_even_when_named() {
        String subject = unique("Only for NG");
        transaction.executeWithoutResult(s -> notifications.send(notice(Set.of("nora", "ivan", "nobody"), subject)));

        assertThat(notifications.latest("nora", 50)).anyMatch(n -> n.subject().equals(subject));
        assertThat(notifications.latest("ivan", 500)).noneMatch(n -> n.subject().equals(subject));
        assertThat(jdbc.sql("select count(*) from mail_outbox where subject like ?").param("%" + subject)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_member_reads_their_own_notifications_and_nobody_elses() {
        String subject = unique("Read me");
        transaction.executeWithoutResult(s -> notifications.send(notice(Set.of("steve"), subject)));
        NotificationView mine = notifications.latest("steve", 50).stream().filter(n -> n.subject().equals(subject))
                .findFirst().orElseThrow();
        long unread = notifications.unreadCount("steve");

        assertThatThrownBy(() -> notifications.markRead("sue", mine.id())).isInstanceOf(NotFoundException.class);
        notifications.markRead("steve", mine.id());

        assertThat(notifications.unreadCount("steve")).isEqualTo(unread - 1);
        assertThat(notifications.latest("steve", 50)).filteredOn(n -> n.id() == mine.id()).allMatch(NotificationView::read);
        notifications.markAllRead("steve");
        assertThat(notifications.unreadCount("steve")).isZero();
    }

    private static Notice notice(Set<String> recipients, String subject) {
        return new Notice(NoticeKind.STATUS_CHANGED, recipients, "NG", null, "NG-1",
                "Consolidate the three monitoring stacks", subject, "The idea is now in review.", "/ideas/NG-1");
    }

    private static String unique(String subject) {
        return subject + " #" + System.nanoTime();
    }

    private void makeDue(String subject) {
        jdbc.sql("update mail_outbox set next_attempt_at = ? where subject like ?")
                .params(Timestamp.from(Instant.now().minusSeconds(1)), "%" + subject).update();
    }

    private String status(String subject) {
        return jdbc.sql("select status from mail_outbox where subject like ?").param("%" + subject).query(String.class).single();
    }

    private int attempts(String subject) {
        return jdbc.sql("select attempts from mail_outbox where subject like ?").param("%" + subject).query(Integer.class).single();
    }

    private String lastError(String subject) {
        return jdbc.sql("select last_error from mail_outbox where subject like ?").param("%" + subject).query(String.class).single();
    }
}
