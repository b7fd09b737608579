package io.fruition.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.fruition.support.FruitionSpringTest;
import io.fruition.support.Http;

/**
 * The contract /api/openapi serves, read as a client generator reads it. It is also written to
 * target/openapi/fruition-api.json, from which the build generates the Java client that GeneratedClientPostgresIT
 * drives against the server: a description that disagrees with the server fails there.
 */
@FruitionSpringTest
class ApiContractTest {

    static final Path WRITTEN = Path.of("target/openapi/fruition-api.json");
    static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    @LocalServerPort
    int port;

    @Test
    void the_description_is_openapi_3_1_and_is_written_for_the_client_generator() throws Exception {
        JsonNode contract = contract();

        assertThat(contract.path("openapi").asText()).startsWith("3.1");
        Files.createDirectories(WRITTEN.getParent());
        Files.writeString(WRITTEN, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(contract));
    }

    @Test
    void every_operation_has_a_stable_id_a_summary_a_description_and_every_refusal() {
        List<String> ids = new ArrayList<>();
        operations(contract()).forEach((where, operation) -> {
            assertThat(operation.path("operationId").asText()).as(where).isNotBlank();
            assertThat(operation.path("summary").asText()).as(where).isNotBlank();
            assertThat(operation.path("description").asText()).as(where).isNotBlank();
            ids.add(operation.path("operationId").asText());
            JsonNode responses = operation.path("responses");
            for (String refusal : List.of("400", "401", "403", "404", "429")) {
                assertThat(responses.path(refusal).path("content").path("application/problem+json").path("schema")
                        .path("$ref").asText()).as(where + " " + refusal).isEqualTo("#/components/schemas/Problem");
            }
            if (operation.has("requestBody")) {
                assertThat(responses.path("415").path("content").has("application/problem+json")).as(where).isTrue();
            }
            assertThat(responses.has("200") || responses.has("201") || responses.has("204")).as(where).isTrue();
        });
        assertThat(ids).doesNotHaveDuplicates().contains("submitIdea", "listIdeas", "getIdea", "supportIdea",
                "watchIdea", "listComments", "addComment", "listAttachments", "uploadAttachment", "downloadAttachment",
                "listOpenCampaigns", "listTasks", "getTask", "claimTask", "unclaimTask", "completeTask",
                "listNotifications", "markNotificationRead", "markAllNotificationsRead", "getPortfolio");
    }

    @Test
    void submitting_answers_201_with_a_location_and_says_what_an_idea_needs() {
        JsonNode contract = contract();
        JsonNode submit = contract.path("paths").path("/api/ideas").path("post");

        assertThat(submit.path("responses").has("200")).isFalse();
        assertThat(submit.path("responses").path("201").path("headers").has("Location")).isTrue();
        JsonNode newIdea = contract.path("components").path("schemas").path("NewIdea");
        assertThat(newIdea.path("required")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("title", "problem", "proposal");
        assertThat(newIdea.path("additionalProperties").asBoolean(true)).isFalse();
        assertThat(newIdea.path("properties").path("title").path("maxLength").asInt()).isEqualTo(200);
        assertThat(newIdea.path("properties").path("title").path("example").asText()).isNotBlank();
        assertThat(newIdea.path("properties").path("partnership").path("pattern").asText()).isNotBlank();
        assertThat(newIdea.path("properties").has("campaign")).isTrue();
        assertThat(newIdea.path("properties").has("category")).isTrue();
        assertThat(newIdea.path("properties").has("tags")).isTrue();
    }

    @Test
    void both_ways_to_authenticate_are_described() {
        JsonNode schemes = contract().path("components").path("securitySchemes");

        assertThat(schemes.path("basic").path("scheme").asText()).isEqualTo("basic");
        assertThat(schemes.path("bearer").path("scheme").asText()).isEqualTo("bearer");
    }

    @Test
    void the_problem_names_each_field() {
        JsonNode problem = contract().path("components").path("schemas").path("Problem");

        assertThat(problem.path("properties").path("errors").path("items").path("properties").has("field")).isTrue();
    }

    private JsonNode contract() {
        Http.Response response = new Http(port).get(null, "/api/openapi");
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    private static Map<String, JsonNode> operations(JsonNode contract) {
        Map<String, JsonNode> operations = new LinkedHashMap<>();
        contract.path("paths").fields().forEachRemaining(path -> METHODS.forEach(method -> {
            if (path.getValue().has(method)) {
                operations.put(method.toUpperCase() + " " + path.getKey(), path.getValue().path(method));
            }
        }));
        return operations;
    }
}
