package io.fruition.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

import io.fruition.support.Http;

/**
 * What a member does through the API besides submitting and reading ideas: discuss, attach, find campaigns, do
 * their tasks, read their notifications and the portfolio, each with the UI's rules and refusals that change
 * nothing.
 */
public abstract class MemberApiScenarios {

    private static final AtomicInteger SEQ = new AtomicInteger();
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Http http;

    @BeforeEach
    void connect() {
        http = new Http(port);
    }

    // Reading

    @Test
    void every_demo_idea_in_every_status_reads_with_its_steps_and_timers() {
        JsonNode all = http.get("nora", "/api/ideas?partnership=NG&size=200").json().path("items");
        assertThat(all.size()).isGreaterThanOrEqualTo(12);
        boolean anyUpcoming = false;
        for (JsonNode item : all) {
            Http.Response read = http.get("nora", "/api/ideas/" + item.path("number").asText());
            assertThat(read.status()).as(read.toString()).isEqualTo(200);
            assertThat(read.json().path("timeline").isArray()).isTrue();
            anyUpcoming |= read.json().path("upcoming").size() > 0;
        }
        assertThat(anyUpcoming).as("some demo idea waits for a timer (a vote closing, a report due)").isTrue();
    }

    // Comments

    @Test
    void a_member_comments_and_mentions_another_who_is_told() {
        String number = submit("pat");

        Http.Response added = http.post("steve", "/api/ideas/" + number + "/comments",
                "{\"body\": \"@nora could the depot pilot this?\"}");

        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.header("Location")).hasValue("/api/ideas/" + number + "/comments/"
                + added.json().path("id").asLong());
        assertThat(added.json().path("author").path("username").asText()).isEqualTo("steve");
        assertThat(http.get("pat", added.header("Location").orElseThrow()).json().path("body").asText())
                .isEqualTo("@nora could the depot pilot this?");
        JsonNode comments = http.get("nora", "/api/ideas/" + number + "/comments").json();
        assertThat(comments.path("total").asInt()).isEqualTo(1);
        assertThat(comments.path("items").get(0).path("author").path("name").asText()).isNotBlank();
        JsonNode told = http.get("nora", "/api/notifications?size=50").json().path("items");
        assertThat(told).anySatisfy(n -> {
            assertThat(n.path("kind").asText()).isEqualTo("MENTION");
            assertThat(n.path("idea").asText()).isEqualTo(number);
        });
    }

    @Test
    void an_empty_or_too_long_comment_is_refused_for_its_field_and_nothing_is_added() {
        String number = submit("pat");

        Http.Response empty = http.post("steve", "/api/ideas/" + number + "/comments", "{\"body\": \"  \"}");
        Http.Response long_ = http.post("steve", "/api/ideas/" + number + "/comments",
                Http.json(Map.of("body", "x".repeat(4001))));

        assertThat(List.of(empty, long_)).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.json().path("errors").get(0).path("field").asText()).isEqualTo("body");
        });
        assertThat(http.get("steve", "/api/ideas/" + number + "/comments").json().path("total").asInt()).isZero();
    }

    @Test
    void another_partnerships_member_can_neither_read_nor_add_comments() {
        String number = submit("pat");
        String comment = http.post("steve", "/api/ideas/" + number + "/comments", "{\"body\": \"Only for NG.\"}")
                .header("Location").orElseThrow();

        assertThat(http.get("ivan", "/api/ideas/" + number + "/comments").status()).isEqualTo(404);
        Http.Response one = http.get("ivan", comment);
        assertThat(one.status()).isEqualTo(404);
        assertThat(one.toString()).doesNotContain("Only for NG");
        assertThat(http.get("nora", "/api/ideas/" + number + "/comments/999999999").status())
                .as("a comment that does not exist").isEqualTo(404);
        assertThat(http.post("ivan", "/api/ideas/" + number + "/comments", "{\"body\": \"Hello\"}").status())
                .isEqualTo(404);
        assertThat(http.get("nora", "/api/ideas/" + number + "/comments").json().path("total").asInt()).isEqualTo(1);
    }

    // Attachments

    @Test
    void a_member_attaches_a_file_lists_it_and_downloads_the_same_bytes() {
        String number = submit("pat");

        Http.Response uploaded = http.upload("pat", "/api/ideas/" + number + "/attachments", "file", "depot map.png",
                PNG);

        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        assertThat(uploaded.json().path("contentType").asText()).isEqualTo("image/png");
        String location = uploaded.header("Location").orElseThrow();
        JsonNode listed = http.get("nora", "/api/ideas/" + number + "/attachments").json();
        assertThat(listed.path("items")).singleElement()
                .satisfies(a -> assertThat(a.path("fileName").asText()).isEqualTo("depot map.png"));
        Http.Response download = http.send("nora", "GET", location, Map.of(), null);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("image/png"));
        assertThat(download.header("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .startsWith("attachment").contains("depot"));
        assertThat(download.body().getBytes(StandardCharsets.ISO_8859_1)).hasSize(PNG.length);
        assertThat(http.get("ivan", location).status()).isEqualTo(404);
        assertThat(http.get("ivan", "/api/ideas/" + number + "/attachments").status()).isEqualTo(404);
    }

    @Test
    void a_file_the_ui_would_refuse_is_refused_with_the_same_words_and_nothing_is_stored() {
        String number = submit("pat");
        byte[] large = Arrays.copyOf(PNG, 10 * 1024 * 1024 + 1);

        Http.Response program = http.upload("pat", "/api/ideas/" + number + "/attachments", "file", "run.exe", PNG);
        Http.Response disguised = http.upload("pat", "/api/ideas/" + number + "/attachments", "file", "plan.pdf", PNG);
        Http.Response tooLarge = http.upload("pat", "/api/ideas/" + number + "/attachments", "file", "big.png", large);
        Http.Response noFile = http.upload("pat", "/api/ideas/" + number + "/attachments", "other", "a.png", PNG);
        Http.Response json = http.post("pat", "/api/ideas/" + number + "/attachments", "{}");

        assertThat(program.status()).isEqualTo(400);
        assertThat(program.json().path("errors").get(0).path("field").asText()).isEqualTo("file");
        assertThat(program.json().path("detail").asText()).contains("not a file type Fruition accepts");
        assertThat(disguised.status()).isEqualTo(400);
        assertThat(disguised.json().path("detail").asText()).contains("does not contain what its name says");
        assertThat(tooLarge.status()).as(tooLarge.toString()).isEqualTo(413);
        assertThat(tooLarge.header("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/problem+json"));
        assertThat(noFile.status()).as(noFile.toString()).isEqualTo(400);
        assertThat(json.status()).as(json.toString()).isEqualTo(415);
        assertThat(http.get("pat", "/api/ideas/" + number + "/attachments").json().path("total").asInt()).isZero();
    }

    // Campaigns

    @Test
    void a_member_sees_the_campaigns_open_to_their_side_in_their_partnerships_only() {
        JsonNode ng = http.get("pat", "/api/campaigns").json();
        JsonNode ir = http.get("ivan", "/api/campaigns").json();

        assertThat(ng.path("items")).isNotEmpty().allSatisfy(c -> {
            assertThat(c.path("partnership").asText()).isEqualTo("NG");
            assertThat(c.path("openTo")).extracting(JsonNode::asText).contains("PARTNER");
        });
        assertThat(ir.path("items")).noneSatisfy(c -> assertThat(c.path("partnership").asText()).isEqualTo("NG"));
        assertThat(http.get("pat", "/api/campaigns?partnership=IR").json().path("total").asInt()).isZero();
    }

    @Test
    void an_idea_submitted_for_a_campaign_says_so() {
        long campaign = http.get("pat", "/api/campaigns").json().path("items").get(0).path("id").asLong();

        Http.Response created = http.post("pat", "/api/ideas", Http.json(Map.of("title", "Campaign idea "
                + SEQ.incrementAndGet(), "problem", "Servers idle at night.", "proposal", "Power them down.",
                "campaign", campaign, "category", "COST", "tags", List.of("energy", "night"))));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().path("campaign").path("id").asLong()).isEqualTo(campaign);
        assertThat(created.json().path("category").asText()).isEqualTo("COST");
        assertThat(created.json().path("tags")).extracting(JsonNode::asText).containsExactlyInAnyOrder("energy",
                "night");
        assertThat(created.json().path("partnership").asText()).as("pat belongs to NG only").isEqualTo("NG");
    }

    @Test
    void unknown_properties_and_values_are_named_and_nothing_is_submitted() {
        String title = "Refused idea " + SEQ.incrementAndGet();

        Http.Response unknown = http.post("pat", "/api/ideas", Http.json(Map.of("title", title, "problem", "p",
                "proposal", "q", "prority", "high")));
        Http.Response category = http.post("pat", "/api/ideas", Http.json(Map.of("title", title, "problem", "p",
                "proposal", "q", "category", "CHEAPER")));
        Http.Response text = http.send("pat", "POST", "/api/ideas", Map.of("Content-Type", "text/plain"),
                title.getBytes(StandardCharsets.UTF_8));
        Http.Response nobody = http.post("admin", "/api/ideas", Http.json(Map.of("title", title, "problem", "p",
                "proposal", "q")));

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("errors").get(0).path("field").asText()).isEqualTo("prority");
        assertThat(unknown.json().path("errors").get(0).path("message").asText()).contains("title");
        assertThat(category.status()).isEqualTo(400);
        assertThat(category.json().path("errors").get(0).path("field").asText()).isEqualTo("category");
        assertThat(category.json().path("errors").get(0).path("message").asText()).contains("COST");
        assertThat(text.status()).isEqualTo(415);
        assertThat(nobody.status()).isEqualTo(400);
        assertThat(nobody.json().path("errors").get(0).path("field").asText()).isEqualTo("partnership");
        assertThat(http.get("nora", "/api/ideas?q=" + title.replace(' ', '+')).json().path("total").asInt()).isZero();
    }

    // Tasks

    @Test
    void a_lead_finds_reads_claims_and_completes_the_screening_with_the_forms_checks() {
        String number = submit("pat");

        JsonNode list = http.get("nora", "/api/tasks?idea=" + number).json();
        assertThat(list.path("items")).singleElement().satisfies(t -> {
            assertThat(t.path("step").asText()).isEqualTo("UserTask_ScreenIdea");
            assertThat(t.path("assignee").isNull()).isTrue();
        });
        String id = list.path("items").get(0).path("id").asText();
        JsonNode task = http.get("nora", "/api/tasks/" + id).json();
        assertThat(task.path("action").asText()).isNotBlank();
        assertThat(task.path("form").path("components").toString()).contains("screeningDecision");
        assertThat(task.path("values").path("ideaNumber").asText()).isEqualTo(number);
        assertThat(task.path("claimed").asBoolean()).isFalse();

        Http.Response unclaimed = http.post("nora", "/api/tasks/" + id + "/complete",
                "{\"screeningDecision\": \"ACCEPT\"}");
        assertThat(unclaimed.status()).as(unclaimed.toString()).isEqualTo(409);
        assertThat(http.post("nora", "/api/tasks/" + id + "/claim", "").status()).isEqualTo(204);
        assertThat(http.post("sam", "/api/tasks/" + id + "/claim", "").status()).as("nora has it").isEqualTo(409);
        Http.Response invalid = http.post("nora", "/api/tasks/" + id + "/complete",
                "{\"screeningDecision\": \"REJECT\", \"rejectionReason\": \"no\"}");
        assertThat(invalid.status()).as(invalid.toString()).isEqualTo(400);
        assertThat(invalid.json().path("errors")).anySatisfy(e -> assertThat(e.path("field").asText())
                .isEqualTo("rejectionReason"));
        assertThat(http.get("nora", "/api/ideas/" + number).json().path("status").asText()).isEqualTo("IN_SCREENING");
        assertThat(http.get("nora", "/api/tasks/" + id).json().path("claimed").asBoolean()).isTrue();

        Http.Response done = http.post("nora", "/api/tasks/" + id + "/complete", "{\"screeningDecision\": \"ACCEPT\"}");

        assertThat(done.status()).as(done.toString()).isEqualTo(204);
        assertThat(http.get("nora", "/api/tasks/" + id).status()).isEqualTo(404);
        assertThat(http.get("nora", "/api/ideas/" + number).json().path("status").asText()).isEqualTo("IN_VALUATION");
    }

    @Test
    void a_task_is_not_found_for_whoever_may_not_do_it_and_stays_open() {
        String number = submit("pat");
        String id = http.get("nora", "/api/tasks?idea=" + number).json().path("items").get(0).path("id").asText();

        for (String stranger : List.of("ivan", "pat")) {
            assertThat(http.get(stranger, "/api/tasks/" + id).status()).as(stranger).isEqualTo(404);
            assertThat(http.post(stranger, "/api/tasks/" + id + "/claim", "").status()).as(stranger).isEqualTo(404);
            assertThat(http.post(stranger, "/api/tasks/" + id + "/complete", "{\"screeningDecision\": \"REJECT\"}")
                    .status()).as(stranger).isEqualTo(404);
        }
        assertThat(http.get("ivan", "/api/tasks?scope=ALL&size=200").json().path("items"))
                .noneSatisfy(t -> assertThat(t.path("id").asText()).isEqualTo(id));
        assertThat(http.get("nora", "/api/tasks/" + id).json().path("task").path("assignee").isNull()).isTrue();
        assertThat(http.post("nora", "/api/tasks/" + id + "/claim", "").status()).isEqualTo(204);
        assertThat(http.delete("sam", "/api/tasks/" + id + "/claim").status()).as("not sam's to give back")
                .isEqualTo(409);
        assertThat(http.delete("nora", "/api/tasks/" + id + "/claim").status()).isEqualTo(204);
        assertThat(http.get("sam", "/api/tasks/" + id).json().path("task").path("assignee").isNull()).isTrue();
    }

    // Notifications

    @Test
    void a_member_reads_their_notifications_and_marks_them_read() {
        String number = submit("pat");
        http.post("steve", "/api/ideas/" + number + "/comments", "{\"body\": \"@sam please look\"}");
        long unread = http.get("sam", "/api/notifications/unread").json().path("count").asLong();
        JsonNode mention = find(http.get("sam", "/api/notifications?size=200").json().path("items"), number);

        assertThat(unread).isPositive();
        assertThat(mention.path("read").asBoolean()).isFalse();
        assertThat(http.post("ivan", "/api/notifications/" + mention.path("id").asLong() + "/read", "").status())
                .as("not ivan's").isEqualTo(404);
        assertThat(http.post("sam", "/api/notifications/" + mention.path("id").asLong() + "/read", "").status())
                .isEqualTo(204);
        assertThat(find(http.get("sam", "/api/notifications?size=200").json().path("items"), number).path("read")
                .asBoolean()).isTrue();
        assertThat(http.get("sam", "/api/notifications/unread").json().path("count").asLong()).isEqualTo(unread - 1);
        assertThat(http.post("sam", "/api/notifications/read", "").status()).isEqualTo(204);
        assertThat(http.get("sam", "/api/notifications/unread").json().path("count").asLong()).isZero();
        JsonNode page = http.get("sam", "/api/notifications?size=1&page=1").json();
        assertThat(page.path("items")).hasSizeLessThanOrEqualTo(1);
        assertThat(page.path("total").asLong()).isGreaterThanOrEqualTo(1);
    }

    // Portfolio

    @Test
    void the_portfolio_comes_as_json_and_as_csv_for_members_only() {
        JsonNode json = http.get("nora", "/api/portfolio?partnership=NG").json();
        Http.Response csv = http.send("nora", "GET", "/api/portfolio?partnership=NG", Map.of("Accept", "text/csv"),
                null);

        assertThat(json.path("currency").asText()).isEqualTo("EUR");
        assertThat(json.path("figures")).extracting(f -> f.path("title").asText()).contains("Funnel");
        assertThat(json.path("figures")).allSatisfy(f -> assertThat(f.path("rows")).allSatisfy(r ->
                assertThat(r.size()).isEqualTo(f.path("columns").size())));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body()).startsWith("\uFEFFfigure,row,column,value\r\n").contains("Funnel,1,");
        assertThat(http.get("pat", "/api/portfolio").json().path("partnership").asText()).as("pat's only one")
                .isEqualTo("NG");
        assertThat(http.get("ivan", "/api/portfolio?partnership=NG").status()).isEqualTo(404);
        Http.Response backwards = http.get("nora", "/api/portfolio?partnership=NG&from=2026-03-01&to=2026-01-01");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().path("errors").get(0).path("field").asText()).isEqualTo("to");
    }

    private static JsonNode find(JsonNode items, String number) {
        for (JsonNode item : items) {
            if (number.equals(item.path("idea").asText()) && "MENTION".equals(item.path("kind").asText())) {
                return item;
            }
        }
        throw new AssertionError("No mention on " + number + " in " + items);
    }

    private String submit(String user) {
        Http.Response created = http.post(user, "/api/ideas", Http.json(Map.of("partnership", "NG", "title",
                "Member API idea " + SEQ.incrementAndGet() + " " + System.nanoTime() % 1000, "problem",
                "Depot doors are left open.", "proposal", "Sensors on the doors.")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("number").asText();
    }
}
