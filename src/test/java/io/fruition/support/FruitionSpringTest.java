package io.fruition.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on an in-memory H2 database with the demo data, on a random port. Every test that uses
 * it shares one Spring context, so tests change data only in ways that do not disturb others (they submit new
 * ideas and assert on those).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:fruition-test;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE",
        "camunda.bpm.job-execution.enabled=false",
        // Mail goes to the GreenMail server of the notification tests (MailTestServer); without it, mails wait.
        "spring.mail.host=localhost",
        "spring.mail.port=" + MailTestServer.PORT,
        "fruition.notification.mail-enabled=true",
        // The outboxes poll first one interval after the start, so never during a run: the tests dispatch themselves,
        // and a poll racing a test's own dispatch would take its message (it did once).
        "fruition.notification.poll-interval=PT1H",
        "fruition.notification.initial-backoff=PT10M",
        "fruition.attachments.directory=target/test-attachments",
        // Webhook tests send to a receiver on localhost and retry at once; they run the outbox themselves.
        "fruition.webhooks.poll-interval=PT1H",
        "fruition.webhooks.initial-backoff=PT0S",
        // Every test request comes from localhost: the limit per address would hold up the whole run after a few
        // tests with wrong passwords. SignInThrottleTest checks it; the limits per account apply as in production.
        "fruition.security.sign-in.per-address=100000"
})
public @interface FruitionSpringTest {
}
