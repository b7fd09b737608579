package io.fruition.drills;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.fruition.support.Http;
import io.fruition.support.RunningJar;
import io.fruition.support.TestPostgres;

/**
 * The crash drill (./mvnw -Pdrills verify): the packaged jar under load from concurrent submitters and task
 * completers is killed with -9 at a random moment, started again, and checked: every idea the API acknowledged
 * (201) is there, every acknowledged completion took effect, numbers are unique, no idea is without its process
 * instance nor an instance without its idea, every idea's status agrees with where its instance waits, and every
 * notification written has its mail in the outbox. Once on the default H2 file database, once on PostgreSQL. The
 * figures go to target/drills/crash.md (the README quotes them).
 */
class CrashDrill {

    /** Killed at a random moment within this window after the load starts (the slice in every build is shorter). */
    private final Duration earliest;
    private final Duration window;
    private final Path report;

    CrashDrill() {
        this(Duration.ofSeconds(5), Duration.ofSeconds(10), "crash.md");
    }

    CrashDrill(Duration earliest, Duration window, String report) {
        this.earliest = earliest;
        this.window = window;
        this.report = Path.of("target", "drills", report);
    }

    private static final long SEED = Long.getLong("drill.seed", 20261202L);

    /** The statuses an idea may have while its lifecycle waits at each place. */
    private static final Map<String, Set<String>> STATUS_AT = Map.ofEntries(
            Map.entry("UserTask_ScreenIdea", Set.of("SUBMITTED", "IN_SCREENING")),
            Map.entry("UserTask_ClarifyIdea", Set.of("NEEDS_CLARIFICATION")),
            Map.entry("TimerEvent_ParkedPeriodOver", Set.of("PARKED")),
            Map.entry("UserTask_EstimateCustomerValue", Set.of("IN_VALUATION")),
            Map.entry("UserTask_EstimateSupplierValue", Set.of("IN_VALUATION")),
            Map.entry("Gateway_BothEstimatesIn", Set.of("IN_VALUATION")),
            Map.entry("UserTask_BoardVote", Set.of("IN_REVIEW")),
            Map.entry("UserTask_ChairDecision", Set.of("IN_REVIEW")),
            Map.entry("UserTask_ReviseIdea", Set.of("IN_REVISION")),
            Map.entry("UserTask_SponsorApproval", Set.of("AWAITING_SPONSOR")),
            Map.entry("CallActivity_Delivery", Set.of("APPROVED", "IN_DELIVERY")),
            Map.entry("TimerEvent_BenefitsReviewDue", Set.of("DELIVERED")),
            Map.entry("UserTask_RecordCustomerBenefit", Set.of("DELIVERED")),
            Map.entry("UserTask_RecordSupplierBenefit", Set.of("DELIVERED")),
            Map.entry("Gateway_BothBenefitsIn", Set.of("DELIVERED")));

    /** Mail on, to a server that is not there: every notification's mail must wait in the outbox. */
    private static final List<String> MAIL = List.of("--fruition.notification.mail-enabled=true",
            "--spring.mail.host=127.0.0.1", "--spring.mail.port=9");

    record Figures(String database, int acknowledged, int found, int completions, int completed, List<String> inconsistent,
            Duration killedAfter) {
    }

    @Test
    void on_h2_nothing_acknowledged_is_lost() throws Exception {
        Path data = Path.of("target", "drills", "h2-" + System.currentTimeMillis()).toAbsolutePath();
        // The default profile's own URL, in a folder of the drill's: the same durability settings as ./data.
        String url = RunningJar.defaultH2Url(data);
        List<String> settings = new ArrayList<>(MAIL);
        settings.addAll(List.of("--spring.datasource.url=" + url, "--fruition.attachments.directory=" + data.resolve("attachments")));
        RunningJar app = new RunningJar("crash-h2", settings, Map.of());
        Figures figures = drill("H2 (file)", app, () -> {
            app.stop(); // H2 is embedded: the check reads the file once the restarted node has closed it
            return JdbcClient.create(new DriverManagerDataSource(url, "sa", ""));
        });
        report(figures);
        assertThat(figures.inconsistent()).isEmpty();
        assertThat(figures.found()).isEqualTo(figures.acknowledged());
        assertThat(figures.completed()).isEqualTo(figures.completions());
    }

    @Test
    void on_postgresql_nothing_acknowledged_is_lost() throws Exception {
        TestPostgres postgres = TestPostgres.privateServer();
        String url = postgres.createDatabase("crash");
        List<String> settings = new ArrayList<>(MAIL);
        settings.addAll(List.of("--spring.profiles.active=postgres", "--fruition.attachments.directory=target/drills/pg-attachments"));
        RunningJar app = new RunningJar("crash-postgres", settings,
                Map.of("SPRING_DATASOURCE_URL", url, "SPRING_DATASOURCE_USERNAME", "postgres", "SPRING_DATASOURCE_PASSWORD", ""));
        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(url, "postgres", ""));
        Figures figures = drill("PostgreSQL 17", app, () -> jdbc);
        app.stop();
        report(figures);
        assertThat(figures.inconsistent()).isEmpty();
        assertThat(figures.found()).isEqualTo(figures.acknowledged());
        assertThat(figures.completed()).isEqualTo(figures.completions());
    }

    interface Checker {
        JdbcClient afterRestart() throws Exception;
    }

    private Figures drill(String database, RunningJar app, Checker checker) throws Exception {
        Random random = new Random(SEED + database.hashCode());
        app.start(Duration.ofMinutes(4));
        Set<String> acknowledged = Collections.synchronizedSet(new HashSet<>());
        Map<String, String> completions = Collections.synchronizedMap(new HashMap<>());
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<String> submitters = List.of("pat", "carl", "steve", "nora", "dave", "cathy");
        for (String submitter : submitters) {
            clients.submit(() -> {
                Http http = app.http();
                int n = 0;
                while (running.get()) {
                    try {
                        Http.Response created = http.post(submitter, "/api/ideas", Http.json(Map.of("partnership", "NG",
                                "title", "Crash drill " + submitter + " " + n++, "problem", "Load before the crash.",
                                "proposal", "Survive it.")));
                        if (created.status() == 201) {
                            acknowledged.add(created.json().path("number").asText());
                        }
                    } catch (AssertionError connectionGone) {
                        return;
                    }
                }
            });
        }
        for (String lead : List.of("nora", "sam")) {
            clients.submit(() -> {
                Http http = app.http();
                while (running.get()) {
                    try {
                        JsonNode open = http.get(lead, "/engine-rest/task?taskDefinitionKey=UserTask_ScreenIdea"
                                + "&candidateUser=" + lead + "&processInstanceBusinessKeyLike=NG-%25&maxResults=5").json();
                        for (JsonNode task : open) {
                            String id = task.path("id").asText();
                            Http.Response done = http.post(lead, "/engine-rest/task/" + id + "/complete",
                                    "{\"variables\":{\"screeningDecision\":{\"value\":\"ACCEPT\"}}}");
                            if (done.status() == 204) {
                                completions.put(id, lead);
                            }
                        }
                    } catch (AssertionError | RuntimeException connectionGone) {
                        if (!running.get()) {
                            return;
                        }
                    }
                }
            });
        }
        Duration killedAfter = earliest.plusMillis(random.nextInt((int) window.toMillis()));
        Thread.sleep(killedAfter.toMillis());
        app.kill();
        running.set(false);
        clients.shutdownNow();
        clients.awaitTermination(30, TimeUnit.SECONDS);

        app.start(Duration.ofMinutes(4));
        JdbcClient jdbc = checker.afterRestart();
        return check(database, jdbc, Set.copyOf(acknowledged), Map.copyOf(completions), killedAfter);
    }

    private Figures check(String database, JdbcClient jdbc, Set<String> acknowledged, Map<String, String> completions,
            Duration killedAfter) {
        List<String> inconsistent = new ArrayList<>();
        Set<String> numbers = new HashSet<>(jdbc.sql("select number from idea").query(String.class).list());
        int found = (int) acknowledged.stream().filter(numbers::contains).count();
        acknowledged.stream().filter(n -> !numbers.contains(n)).forEach(n -> inconsistent.add(n + ": acknowledged, gone"));
        jdbc.sql("select number from idea group by number having count(*) > 1").query(String.class).list()
                .forEach(n -> inconsistent.add(n + ": number used twice"));
        jdbc.sql("""
                select i.number from idea i where i.process_instance_id is null
                   or not exists (select 1 from ACT_HI_PROCINST p where p.ID_ = i.process_instance_id)""")
                .query(String.class).list().forEach(n -> inconsistent.add(n + ": no process instance"));
        jdbc.sql("""
                select p.BUSINESS_KEY_ from ACT_RU_EXECUTION p join ACT_RE_PROCDEF d on d.ID_ = p.PROC_DEF_ID_
                where p.ID_ = p.PROC_INST_ID_ and d.KEY_ = 'idea-lifecycle'
                  and not exists (select 1 from idea i where i.process_instance_id = p.ID_)""")
                .query(String.class).list().forEach(k -> inconsistent.add(k + ": process instance without its idea"));
        Map<String, List<String>> waiting = new HashMap<>();
        jdbc.sql("""
                select i.number, e.ACT_ID_ from idea i join ACT_RU_EXECUTION e on e.PROC_INST_ID_ = i.process_instance_id
                where e.ACT_ID_ is not null""")
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2))).list()
                .forEach(e -> waiting.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<String, String> statuses = new HashMap<>();
        jdbc.sql("select number, status from idea").query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list().forEach(e -> statuses.put(e.getKey(), e.getValue()));
        waiting.forEach((number, activities) -> {
            String status = statuses.get(number);
            boolean agrees = activities.stream().filter(STATUS_AT::containsKey)
                    .allMatch(a -> STATUS_AT.get(a).contains(status));
            if (!agrees) {
                inconsistent.add(number + ": status " + status + " while waiting at " + activities);
            }
        });
        int completed = 0;
        for (String task : completions.keySet()) {
            long stillOpen = jdbc.sql("select count(*) from ACT_RU_TASK where ID_ = ?").param(task).query(Long.class).single();
            if (stillOpen == 0) {
                completed++;
            } else {
                inconsistent.add("task " + task + ": completion acknowledged, task still open");
            }
        }
        jdbc.sql("""
                select n.id from notification n join user_account u on u.username = n.recipient
                where u.email is not null and n.kind = 'TASK_WAITING' and n.idea_number like 'NG-%'
                  and n.subject like '%Crash drill%'
                  and not exists (select 1 from mail_outbox m where m.recipient = n.recipient and m.subject like '%' || n.idea_number || '%')""")
                .query(Long.class).list().forEach(id -> inconsistent.add("notification " + id + ": no mail in the outbox"));
        return new Figures(database, acknowledged.size(), found, completions.size(), completed, inconsistent, killedAfter);
    }

    private synchronized void report(Figures f) throws IOException {
        Files.createDirectories(report.getParent());
        if (!Files.exists(report)) {
            Files.writeString(report, "| database | killed after | ideas acknowledged / found | completions acknowledged /"
                    + " done | inconsistent |\n|---|---|---|---|---|\n");
        }
        Files.writeString(report, "| %s | %.1f s | %d / %d | %d / %d | %d |%n".formatted(f.database(),
                f.killedAfter().toMillis() / 1000.0, f.acknowledged(), f.found(), f.completions(), f.completed(),
                f.inconsistent().size()), StandardOpenOption.APPEND);
        System.out.println("Crash drill " + f + " " + String.join("; ", f.inconsistent()));
    }
}
