package io.fruition.notification;

import static io.fruition.process.IdeaProcess.Element.SCREEN_IDEA;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import io.fruition.idea.IdeaSubmission;
import io.fruition.idea.Ideas;
import io.fruition.process.IdeaProcess.Var;
import io.fruition.process.task.ProcessSteps;
import io.fruition.support.MailTestServer;
import io.fruition.support.MovableClock;

/**
 * The SMTP outage drill, in simulated time: the mail server is down for ten minutes while ideas are submitted and
 * screened (every step notifies someone), an outbox with the production settings (a poll every 30 seconds, a
 * first retry after 30 seconds, doubling) works through it on a clock the test moves, then the server is back.
 * Every notification's mail is delivered, each exactly once, none given up; the figure is printed.
 */
public abstract class SmtpOutageScenarios {

    private static final Duration POLL = Duration.ofSeconds(30);
    private static final Duration OUTAGE = Duration.ofMinutes(10);

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(MailTestServer.PORT, null, "smtp"))
            .withPerMethodLifecycle(true);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ObjectProvider<JavaMailSender> mailSender;
    @Autowired
    Ideas ideas;
    @Autowired
    ProcessSteps steps;

    @BeforeEach
    void nothing_older_is_due() {
        // Mails queued by other tests while no SMTP server ran are not this drill's business.
        jdbc.sql("update mail_outbox set status = 'FAILED' where status in ('PENDING', 'SENDING')").update();
    }

    @Test
    void ten_minutes_without_a_mail_server_every_notification_is_delivered_once_when_it_is_back() throws Exception {
        long firstMail = jdbc.sql("select coalesce(max(id), 0) + 1 from mail_outbox").query(Long.class).single();
        MovableClock clock = new MovableClock(Instant.now());
        MailOutbox outbox = new MailOutbox(jdbc, transaction, mailSender,
                new NotificationProperties("http://localhost:8080", null, true, 10, POLL, Duration.ofSeconds(30), null),
                clock);
        smtp.stop();

        String previous = null;
        for (Duration down = Duration.ZERO; down.compareTo(OUTAGE) < 0; down = down.plus(POLL)) {
            String number = ideas.submit("pat", new IdeaSubmission("NG", "Mail outage " + System.nanoTime(),
                    "Mail is down.", "Keep it until it is back.", null)).getNumber();
            if (previous != null) {
                steps.complete("nora", previous, SCREEN_IDEA, Map.of(Var.SCREENING_DECISION, "ACCEPT"));
            }
            previous = number;
            outbox.dispatchDue();
            clock.advance(POLL);
        }
        long written = mails(firstMail, null);
        assertThat(written).as("the ideas' steps notified people by mail").isGreaterThan(20);
        assertThat(mails(firstMail, "SENT")).as("nothing could be sent").isZero();

        smtp.start();
        Duration afterReturn = Duration.ZERO;
        while (mails(firstMail, "SENT") < written && afterReturn.compareTo(Duration.ofHours(2)) < 0) {
            outbox.dispatchDue();
            if (mails(firstMail, "SENT") < written) {
                clock.advance(POLL);
                afterReturn = afterReturn.plus(POLL);
            }
        }
        outbox.stop();

        assertThat(mails(firstMail, "SENT")).as("every mail sent").isEqualTo(written);
        assertThat(mails(firstMail, "FAILED")).as("none given up").isZero();
        List<String> received = received();
        List<String> expected = jdbc.sql("select email || ' ' || subject from mail_outbox where id >= ?")
                .param(firstMail).query(String.class).list();
        assertThat(received).as("each delivered exactly once").containsExactlyInAnyOrderElementsOf(expected);
        int maxAttempts = jdbc.sql("select max(attempts) from mail_outbox where id >= ?").param(firstMail)
                .query(Integer.class).single();
        System.out.printf("SMTP outage drill (%s): mail down %d simulated minutes while %d mails were written; all %d "
                + "delivered once, the last %d s (simulated) after the server was back; at most %d attempts a mail%n",
                getClass().getSimpleName(), OUTAGE.toMinutes(), written, received.size(), afterReturn.toSeconds(),
                maxAttempts);
    }

    private long mails(long firstMail, String status) {
        return jdbc.sql("select count(*) from mail_outbox where id >= ?" + (status == null ? "" : " and status = ?"))
                .params(status == null ? List.of(firstMail) : List.of(firstMail, status)).query(Long.class).single();
    }

    private List<String> received() throws MessagingException {
        List<String> received = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            received.add(message.getAllRecipients()[0] + " " + message.getSubject());
        }
        return received;
    }
}
