package io.fruition.admin.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.fruition.support.FruitionSpringTest;

/** The administration's API over HTTP: administrators read it, members get 403, strangers 401. */
@FruitionSpringTest
class AdminApiTest {

    @LocalServerPort
    int port;

    @Test
    void an_administrator_reads_partnerships_and_the_audit_log() throws Exception {
        HttpResponse<String> partnerships = get("/api/admin/partnerships", "admin");
        assertThat(partnerships.statusCode()).isEqualTo(200);
        assertThat(partnerships.body()).contains("\"prefix\":\"NG\"").contains("\"prefix\":\"IR\"");
        assertThat(get("/api/admin/audit?size=5", "admin").statusCode()).isEqualTo(200);
    }

    @Test
    void a_member_gets_403_with_problem_details_and_no_data() throws Exception {
        for (String path : new String[] {"/api/admin/partnerships", "/api/admin/audit"}) {
            HttpResponse<String> response = get(path, "nora");
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.body()).contains("\"status\":403").doesNotContain("NG");
        }
        assertThat(get("/api/admin/partnerships", null).statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
