package io.fruition.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The JSON API over HTTP, as another system would call it. */
public abstract class IdeaApiScenarios {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    TestRestTemplate http;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void a_member_submits_an_idea_and_reads_it_back() throws Exception {
        String title = "API idea " + SEQ.incrementAndGet();
        ResponseEntity<String> created = post("pat", "/api/ideas", """
                {"partnership": "NG", "title": "%s", "problem": "Gas readings arrive late.",
                 "proposal": "Send them every hour.", "expectedBenefit": "Earlier leak detection."}""".formatted(title));

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode idea = json.readTree(created.getBody());
        String number = idea.path("number").asText();
        assertThat(number).startsWith("NG-");
        assertThat(created.getHeaders().getLocation()).hasToString("/api/ideas/" + number);

        JsonNode read = json.readTree(get("nora", "/api/ideas/" + number).getBody());
        assertThat(read.path("title").asText()).isEqualTo(title);
        assertThat(read.path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(read.path("submitter").path("username").asText()).isEqualTo("pat");
    }

    @Test
    void bad_json_is_a_problem_not_a_stack_trace() throws Exception {
        ResponseEntity<String> response = post("pat", "/api/ideas", "{\"title\": ");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType().toString()).contains("application/problem+json");
        assertThat(json.readTree(response.getBody()).path("detail").asText())
                .isEqualTo("The request body is not valid JSON for this request.");
        assertThat(response.getBody()).doesNotContain("Exception").doesNotContain("at io.");
    }

    @Test
    void missing_and_too_long_fields_are_named_one_by_one() throws Exception {
        ResponseEntity<String> response = post("pat", "/api/ideas", """
                {"partnership": "NG", "title": "%s", "problem": " "}""".formatted("x".repeat(201)));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode errors = json.readTree(response.getBody()).path("errors");
        assertThat(errors).extracting(e -> e.path("field").asText() + ": " + e.path("message").asText())
                .containsExactly("title: The title is longer than 200 characters.", "problem: The problem is missing.",
                        "proposal: The proposal is missing.");
    }

    @Test
    void an_unknown_partnership_is_refused_for_its_field() throws Exception {
        ResponseEntity<String> response = post("pat", "/api/ideas", """
                {"partnership": "XX", "title": "t", "problem": "p", "proposal": "q"}""");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(response.getBody()).path("errors").get(0).path("field").asText()).isEqualTo("partnership");
    }

    @Test
    void another_partnerships_idea_is_not_found_and_reveals_nothing() throws Exception {
        String number = submit("pat");

        ResponseEntity<String> response = get("ivan", "/api/ideas/" + number);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getBody()).doesNotContain("API idea").doesNotContain("pat");
        assertThat(post("ivan", "/api/ideas/" + number + "/support", "").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        JsonNode list = json.readTree(get("ivan", "/api/ideas?size=200").getBody());
        assertThat(list.path("items")).allSatisfy(i -> assertThat(i.path("number").asText()).startsWith("IR-"));
    }

    @Test
    void the_api_needs_a_signed_in_user() {
        assertThat(http.getForEntity("/api/ideas", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("nora", "wrong").getForEntity("/api/ideas", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void the_list_searches_filters_and_pages() throws Exception {
        String word = "Zeppelin" + SEQ.incrementAndGet();
        String number = submit("pat", "A " + word + " for the depots");

        JsonNode found = json.readTree(get("nora", "/api/ideas?q=" + word.toLowerCase()).getBody());
        assertThat(found.path("total").asLong()).isEqualTo(1);
        assertThat(found.path("items").get(0).path("number").asText()).isEqualTo(number);
        JsonNode page = json.readTree(get("nora", "/api/ideas?status=SUBMITTED&size=2&page=0").getBody());
        assertThat(page.path("items")).hasSizeLessThanOrEqualTo(2);
        assertThat(page.path("items")).allSatisfy(i -> assertThat(i.path("status").asText()).isEqualTo("SUBMITTED"));
        assertThat(get("nora", "/api/ideas?status=SLEEPING").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        // An empty status (as a form sends it) means no filter, not an error.
        assertThat(json.readTree(get("nora", "/api/ideas?q=" + word + "&status=").getBody()).path("total").asLong())
                .isEqualTo(1);
        assertThat(get("nora", "/api/ideas?size=1000").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(get("nora", "/api/ideas?q=" + word + "&from=2999-01-01").getBody()).path("total").asLong())
                .isZero();
        assertThat(json.readTree(get("nora", "/api/ideas?q=" + word + "&to=2999-01-01").getBody()).path("total").asLong())
                .isEqualTo(1);
        assertThat(get("nora", "/api/ideas?from=yesterday").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void a_member_supports_an_idea() throws Exception {
        String number = submit("pat");

        assertThat(post("steve", "/api/ideas/" + number + "/support", "").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(json.readTree(get("nora", "/api/ideas/" + number).getBody()).path("supporters"))
                .extracting(s -> s.path("username").asText()).containsExactly("steve");
    }

    @Test
    void a_member_withdraws_support_watches_and_stops_watching_and_another_partnership_changes_neither()
            throws Exception {
        String number = submit("pat");
        String idea = "/api/ideas/" + number;
        assertThat(post("steve", idea + "/support", "").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(delete("steve", idea + "/support").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(delete("steve", idea + "/support").getStatusCode()).as("harmless twice")
                .isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode withdrawn = json.readTree(get("steve", idea).getBody());
        assertThat(withdrawn.path("supporters")).isEmpty();
        assertThat(withdrawn.path("supporting").asBoolean()).isFalse();

        assertThat(post("steve", idea + "/watch", "").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(json.readTree(get("steve", idea).getBody()).path("watching").asBoolean()).isTrue();
        assertThat(post("ivan", idea + "/watch", "").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(delete("ivan", idea + "/watch").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(delete("ivan", idea + "/support").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(json.readTree(get("steve", idea).getBody()).path("watching").asBoolean())
                .as("another partnership's member changed nothing").isTrue();

        assertThat(delete("steve", idea + "/watch").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(json.readTree(get("steve", idea).getBody()).path("watching").asBoolean()).isFalse();
    }

    @Test
    void the_api_is_described_by_openapi() throws Exception {
        ResponseEntity<String> response = http.getForEntity("/api/openapi", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(response.getBody()).path("info").path("title").asText()).isEqualTo("Fruition API");
        JsonNode paths = json.readTree(response.getBody()).path("paths");
        assertThat(paths.has("/api/ideas")).isTrue();
        assertThat(paths.has("/api/ideas/{number}")).isTrue();
        assertThat(paths.has("/api/ideas/{number}/support")).isTrue();
    }

    @Test
    void text_with_a_nul_character_is_refused_the_same_on_every_database_and_nothing_is_saved() throws Exception {
        String word = "Nul" + SEQ.incrementAndGet();
        ResponseEntity<String> submitted = post("pat", "/api/ideas", """
                {"partnership": "NG", "title": "%s\\u0000", "problem": "A reader sends a NUL.",
                 "proposal": "Refuse it."}""".formatted(word));
        ResponseEntity<String> searched = http.withBasicAuth("nora", "nora")
                .getForEntity(URI.create(http.getRootUri() + "/api/ideas?q=" + word + "%00"), String.class);

        assertThat(List.of(submitted, searched)).allSatisfy(answer -> {
            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(json.readTree(answer.getBody()).path("detail").asText()).contains("NUL character");
        });
        assertThat(json.readTree(get("nora", "/api/ideas?q=" + word).getBody()).path("total").asLong()).isZero();
    }

    private String submit(String user) throws Exception {
        return submit(user, "API idea " + SEQ.incrementAndGet());
    }

    private String submit(String user, String title) throws Exception {
        ResponseEntity<String> created = post(user, "/api/ideas", """
                {"partnership": "NG", "title": "%s", "problem": "Depot doors are left open.",
                 "proposal": "Sensors on the doors."}""".formatted(title));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(created.getBody()).path("number").asText();
    }

    private ResponseEntity<String> get(String user, String path) {
        return http.withBasicAuth(user, user).getForEntity(path, String.class);
    }

    private ResponseEntity<String> delete(String user, String path) {
        return http.withBasicAuth(user, user).exchange(path, HttpMethod.DELETE, HttpEntity.EMPTY, String.class);
    }

    private ResponseEntity<String> post(String user, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, user).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }
}
