package io.fruition.cluster;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;

import io.fruition.FruitionApplication;
import io.fruition.support.Http;
import io.fruition.support.TestPostgres;
import io.fruition.support.Ui;

/**
 * The database and the mail server go away and come back while Fruition runs. Meanwhile every route says to
 * try again (503 on the APIs, a "try again" page in the UI, health DOWN) and nothing is half-saved; afterwards
 * Fruition recovers by itself, without a restart: connections return, the job executor fires due timers, the
 * mail that waited goes out, each exactly once.
 */
class OutagesPostgresIT {

    /** How long the database stays away; the drills profile runs the 30 seconds the README states. */
    private static final Duration OUTAGE = Duration.ofSeconds(Long.getLong("outage.seconds", 12));

    /** The engine has a name of its own here (others may run in this JVM); the REST API reaches it by that name. */
    private static final String ENGINE_TASKS = "/engine-rest/engine/outage/task";

    private static TestPostgres postgres;
    private static String url;
    private static GreenMail smtp;
    private static ConfigurableApplicationContext node;
    private static Http http;

    @BeforeAll
    static void start() throws Exception {
        postgres = TestPostgres.privateServer();
        url = postgres.createDatabase("outage");
        try (ServerSocket socket = new ServerSocket(0)) {
            smtp = new GreenMail(new ServerSetup(socket.getLocalPort(), "127.0.0.1", "smtp"));
        }
        smtp.start();
        node = new SpringApplicationBuilder(FruitionApplication.class).run(
                "--spring.datasource.url=" + url, "--spring.datasource.username=postgres", "--spring.datasource.password=",
                "--server.port=0", "--spring.jmx.enabled=false", "--camunda.bpm.process-engine-name=outage",
                "--camunda.bpm.job-execution.enabled=true", "--fruition.notification.mail-enabled=true",
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.getSmtp().getPort(),
                "--fruition.notification.poll-interval=PT1S", "--fruition.notification.initial-backoff=PT1S",
                // A mail claimed when the database went away is taken over after this lease (5 minutes in production).
                "--fruition.notification.claim-lease=PT10S",
                "--fruition.attachments.directory=target/outage-attachments");
        http = new Http(((WebServerApplicationContext) node).getWebServer().getPort());
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.close();
        }
        ClockUtil.reset();
        smtp.stop();
    }

    @Test
    void while_the_database_and_the_mail_server_are_away_every_route_says_try_again_and_afterwards_all_recovers() throws Exception {
        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(url, "postgres", ""));
        assertThat(http.get("pat", "/api/ideas").status()).isEqualTo(200);
        assertThat(http.get("nora", ENGINE_TASKS).status()).isEqualTo(200);

        // The mail server goes first: the new idea's notifications wait in the outbox.
        smtp.stop();
        Http.Response before = http.post("pat", "/api/ideas", Http.json(Map.of("partnership", "NG",
                "title", "Filed just before the outage", "problem", "Everything is about to go dark.", "proposal", "Keep calm.")));
        assertThat(before.status()).isEqualTo(201);
        String number = before.json().path("number").asText();
        long waiting = jdbc.sql("select count(*) from mail_outbox where status <> 'SENT'").query(Long.class).single();
        assertThat(waiting).isPositive();
        long ideas = jdbc.sql("select count(*) from idea").query(Long.class).single();
        UserDetails nora = node.getBean(UserDetailsService.class).loadUserByUsername("nora");

        postgres.pause();
        Instant away = Instant.now();
        // At once, as many people would: each waits for the pool's timeout, then is told to try again.
        List<Callable<Http.Response>> attempts = List.of(
                () -> http.get("pat", "/api/ideas"),
                () -> http.post("pat", "/api/ideas", Http.json(Map.of("partnership", "NG", "title", "Filed during the outage",
                        "problem", "Nothing works.", "proposal", "Wait."))),
                () -> http.get("sam", "/api/ideas/" + number),
                () -> http.get("nora", ENGINE_TASKS),
                () -> http.get("steve", ENGINE_TASKS),
                () -> http.get(null, "/actuator/health"));
        ExecutorService people = Executors.newFixedThreadPool(attempts.size());
        List<Http.Response> answers = new ArrayList<>();
        for (Future<Http.Response> answer : people.invokeAll(attempts)) {
            answers.add(answer.get());
        }
        people.shutdown();
        List<Http.Response> duringTheOutage = answers.subList(0, answers.size() - 1);
        assertThat(answers.get(answers.size() - 1).status()).as("health").isEqualTo(503);
        assertThat(duringTheOutage).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(503);
            assertThat(answer.header("Retry-After")).isPresent();
            assertThat(answer.body()).contains("Try again").doesNotContain("Exception").doesNotContain("\tat ");
        });
        String page = Ui.as(node, nora, () -> {
            UI.getCurrent().navigate("");
            return _find(Paragraph.class).stream().map(Paragraph::getText).reduce("", (a, b) -> a + " " + b);
        });
        assertThat(page).contains("cannot reach its database just now");
        Thread.sleep(Math.max(0, OUTAGE.toMillis() - Duration.between(away, Instant.now()).toMillis()));

        postgres.resume();
        Instant mailBack = Instant.now();
        smtp.start();
        waitUntil(Duration.ofSeconds(60), () -> http.get("pat", "/api/ideas").status() == 200);

        assertThat(jdbc.sql("select count(*) from idea").query(Long.class).single())
                .as("nothing of the refused submission was saved").isEqualTo(ideas);
        assertThat(http.get(null, "/actuator/health").status()).isEqualTo(200);
        assertThat(http.get("nora", ENGINE_TASKS).status()).isEqualTo(200);
        waitUntil(Duration.ofSeconds(60), () -> jdbc.sql("select count(*) from mail_outbox where status <> 'SENT'")
                .query(Long.class).single() == 0, () -> jdbc.sql("select status, count(*) from mail_outbox group by status")
                .query().listOfRows().toString());
        Thread.sleep(2000);
        // The restarted mail server holds what was sent since it came back: each of those mails exactly once.
        assertThat(smtp.getReceivedMessages()).as("the mail that waited went out once").hasSize(jdbc.sql(
                "select count(*) from mail_outbox where status = 'SENT' and sent_at >= ?").param(Timestamp.from(mailBack))
                .query(Long.class).single().intValue());
        long recovered = Duration.between(mailBack, Instant.now()).toSeconds();

        // The job executor works again: the new idea's screening deadline passes and its escalation runs once.
        ManagementService management = node.getBean(ManagementService.class);
        String instance = jdbc.sql("select process_instance_id from idea where number = ?").param(number)
                .query(String.class).single();
        Job deadline = management.createJobQuery().processInstanceId(instance).timers().singleResult();
        ClockUtil.setCurrentTime(Date.from(deadline.getDuedate().toInstant().plusSeconds(60)));
        waitUntil(Duration.ofSeconds(60), () -> management.createJobQuery().jobId(deadline.getId()).count() == 0);
        assertThat(jdbc.sql("select count(*) from ACT_HI_JOB_LOG where JOB_ID_ = ? and JOB_STATE_ = 2")
                .param(deadline.getId()).query(Long.class).single()).isEqualTo(1);
        System.out.printf("Outage drill: database away %d s, %d requests answered 503, %d waiting mails delivered once "
                + "within %d s of its return, timers fire again%n", OUTAGE.toSeconds(), duringTheOutage.size(), waiting,
                recovered);
    }

    private static void waitUntil(Duration limit, Callable<Boolean> condition) throws Exception {
        waitUntil(limit, condition, () -> "");
    }

    private static void waitUntil(Duration limit, Callable<Boolean> condition, Supplier<String> state) throws Exception {
        Instant giveUp = Instant.now().plus(limit);
        while (!condition.call()) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("Still not so after " + limit + " " + state.get());
            }
            Thread.sleep(500);
        }
    }
}
