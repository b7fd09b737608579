package io.fruition.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.fruition.idea.IdeaSubmission;
import io.fruition.idea.Ideas;
import io.fruition.process.IdeaProcess;
import io.fruition.support.TestPostgres;

/**
 * Two nodes of Fruition on one PostgreSQL, the engine's own cluster model: both job executors on, both
 * dispatching the mail outbox. They start at the same moment on an empty database (one creates the schema and
 * loads the demo, the other waits for it) and again on the existing one; every timer fires once, every mail
 * leaves once, and submissions on both nodes get numbers of their own.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesPostgresIT {

    private static String url;
    private static GreenMail smtp;
    private static final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

    /** Not the engine's history cleanup job, which reschedules itself (the same job, again and again) by design. */
    private static final String CLEANUP_JOBS = "(select ID_ from ACT_RU_JOB where HANDLER_TYPE_ = 'history-cleanup')";

    @BeforeAll
    static void emptyDatabaseAndMailServer() throws Exception {
        url = TestPostgres.shared().createDatabase("cluster");
        try (ServerSocket socket = new ServerSocket(0)) {
            smtp = new GreenMail(new ServerSetup(socket.getLocalPort(), "127.0.0.1", "smtp"));
        }
        smtp.start();
    }

    @AfterAll
    static void stop() {
        nodes.forEach(ConfigurableApplicationContext::close);
        ClockUtil.reset();
        smtp.stop();
    }

    @Test
    @Order(1)
    void both_nodes_start_together_on_an_empty_database_and_the_demo_is_loaded_once() throws Exception {
        nodes.addAll(startTogether(true));

        JdbcClient jdbc = jdbc();
        assertThat(jdbc.sql("select count(*) from user_account").query(Long.class).single())
                .as("the demo's 13 members and its administrator, once").isEqualTo(14);
        assertThat(jdbc.sql("select count(*) from partnership").query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from idea where number = 'NG-1'").query(Long.class).single()).isEqualTo(1);
        RepositoryService repository = nodes.get(0).getBean(RepositoryService.class);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(IdeaProcess.KEY).count())
                .as("the models are deployed once").isEqualTo(1);
        assertThat(nodes).allSatisfy(node -> assertThat(node.isRunning()).isTrue());
    }

    @Test
    @Order(2)
    void submissions_on_both_nodes_at_once_get_numbers_of_their_own() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<String>> numbers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Ideas ideas = nodes.get(i % 2).getBean(Ideas.class);
            String submitter = i % 4 < 2 ? "pat" : "carl";
            int n = i;
            numbers.add(pool.submit(() -> ideas.submit(submitter, new IdeaSubmission("NG", "Cluster idea " + n,
                    "Two nodes take it.", "Both number it.", null)).getNumber()));
        }
        Set<String> distinct = new HashSet<>();
        for (Future<String> number : numbers) {
            distinct.add(number.get());
        }
        pool.shutdown();

        assertThat(distinct).hasSize(40).allMatch(n -> n.startsWith("NG-"));
    }

    @Test
    @Order(3)
    void every_timer_fires_once_across_both_nodes_and_every_mail_leaves_once() throws Exception {
        JdbcClient jdbc = jdbc();
        ManagementService management = nodes.get(0).getBean(ManagementService.class);
        // A month later: screening SLAs, clarification windows, voting periods, report reminders are all due.
        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(31))));
        long due = management.createJobQuery().timers().executable().count();
        assertThat(due).isPositive();

        // Done when no job is due or running and no mail waits, three times in a row half a second apart.
        int[] quiet = {0};
        waitUntil(Duration.ofMinutes(3), () -> {
            // The engine's history cleanup job lives for ever and runs in its nightly window: not part of this.
            boolean idle = management.createJobQuery().timers().executable().count() == 0
                    && management.createJobQuery().messages().executable().count() == 0
                    && jdbc.sql("select count(*) from ACT_RU_JOB where LOCK_OWNER_ is not null and ID_ not in "
                            + CLEANUP_JOBS)
                            .query(Long.class).single() == 0
                    && jdbc.sql("select count(*) from mail_outbox where status = 'PENDING'").query(Long.class).single() == 0;
            quiet[0] = idle ? quiet[0] + 1 : 0;
            return quiet[0] >= 3;
        });

        assertThat(jdbc.sql("select JOB_ID_ from ACT_HI_JOB_LOG where JOB_STATE_ = 2 and JOB_ID_ not in "
                + CLEANUP_JOBS + " group by JOB_ID_ having count(*) > 1")
                .query(String.class).list()).as("jobs that ran more than once").isEmpty();
        assertThat(jdbc.sql("select count(distinct JOB_ID_) from ACT_HI_JOB_LOG where JOB_STATE_ = 2 and JOB_DEF_TYPE_ like 'timer%'")
                .query(Long.class).single()).as("the due timers ran").isGreaterThanOrEqualTo(due);
        assertThat(nodes).as("both nodes' job executors are on").allSatisfy(node -> assertThat(
                ((ProcessEngineConfigurationImpl) node.getBean(ProcessEngine.class).getProcessEngineConfiguration())
                        .getJobExecutor().isActive()).isTrue());

        long sent = jdbc.sql("select count(*) from mail_outbox where status = 'SENT'").query(Long.class).single();
        assertThat(sent).isPositive();
        assertThat(jdbc.sql("select count(*) from mail_outbox where status <> 'SENT'").query(Long.class).single()).isZero();
        waitUntil(Duration.ofSeconds(30), () -> smtp.getReceivedMessages().length >= sent);
        Thread.sleep(2000);
        assertThat(smtp.getReceivedMessages()).as("each mail once").hasSize((int) sent);
    }

    @Test
    @Order(4)
    void both_nodes_start_together_again_on_the_existing_database() throws Exception {
        nodes.forEach(ConfigurableApplicationContext::close);
        nodes.clear();
        ClockUtil.reset();
        long users = jdbc().sql("select count(*) from user_account").query(Long.class).single();

        nodes.addAll(startTogether(false));

        assertThat(nodes).allSatisfy(node -> assertThat(node.isRunning()).isTrue());
        assertThat(jdbc().sql("select count(*) from user_account").query(Long.class).single()).isEqualTo(users);
        assertThat(nodes.get(1).getBean(RepositoryService.class).createProcessDefinitionQuery()
                .processDefinitionKey(IdeaProcess.KEY).count()).isEqualTo(1);
    }

    @Test
    @Order(5)
    void both_nodes_start_together_on_an_empty_database_without_demo_and_create_the_first_administrator_once()
            throws Exception {
        nodes.forEach(ConfigurableApplicationContext::close);
        nodes.clear();
        String empty = TestPostgres.shared().createDatabase("cluster_production");

        nodes.addAll(startTogether(empty, false, Map.of("fruition.admin.username", "operator",
                "fruition.admin.password", "A long first password")));

        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(empty, "postgres", ""));
        assertThat(nodes).allSatisfy(node -> assertThat(node.isRunning()).isTrue());
        assertThat(jdbc.sql("select username from user_account").query(String.class).list()).containsExactly("operator");
        assertThat(jdbc.sql("select count(*) from idea").query(Long.class).single()).isZero();
        assertThat(nodes.get(0).getBean(RepositoryService.class).createProcessDefinitionQuery()
                .processDefinitionKey(IdeaProcess.KEY).count()).as("the models are deployed once").isEqualTo(1);
    }

    private static List<ConfigurableApplicationContext> startTogether(boolean demo) throws Exception {
        return startTogether(url, demo, Map.of());
    }

    private static List<ConfigurableApplicationContext> startTogether(String url, boolean demo, Map<String, String> extra)
            throws Exception {
        Map<String, String> settings = new HashMap<>(Map.of(
                "fruition.notification.mail-enabled", "true",
                "spring.mail.host", "127.0.0.1",
                "spring.mail.port", Integer.toString(smtp.getSmtp().getPort()),
                "fruition.notification.poll-interval", "PT1S",
                "fruition.notification.initial-backoff", "PT1S"));
        settings.putAll(extra);
        return ClusterNodes.startTogether(url, demo, settings);
    }

    private static JdbcClient jdbc() {
        return JdbcClient.create(new DriverManagerDataSource(url, "postgres", ""));
    }

    private static void waitUntil(Duration limit, Callable<Boolean> condition) throws Exception {
        Instant giveUp = Instant.now().plus(limit);
        while (!condition.call()) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("Still not so after " + limit);
            }
            Thread.sleep(500);
        }
    }
}
