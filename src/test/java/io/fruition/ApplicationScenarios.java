package io.fruition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import io.fruition.idea.Idea;
import io.fruition.idea.IdeaStatus;
import io.fruition.idea.IdeaSubmission;
import io.fruition.idea.Ideas;
import io.fruition.idea.InvalidIdeaException;
import io.fruition.process.IdeaProcess;
import io.fruition.process.task.TaskActions;
import io.fruition.process.task.TaskInbox;
import io.fruition.process.task.TaskSummary;

/**
 * What must hold for the whole application on any supported database: schemas, demo data, a real process run,
 * authentication and partnership isolation of the engine's REST API, and Camunda's webapps. Subclasses choose the
 * database.
 */
abstract class ApplicationScenarios {

    @Autowired
    DataSource dataSource;
    @Autowired
    Flyway flyway;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    Ideas ideas;
    @Autowired
    TaskInbox inbox;
    @Autowired
    TaskActions taskActions;
    @Autowired
    TestRestTemplate http;
    @LocalServerPort
    int port;

    @Test
    void flyway_and_the_engine_both_created_their_schemas() {
        assertThat(flyway.info().applied()).isNotEmpty().allMatch(m -> m.getState().isApplied());
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("select count(*) from idea", Integer.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from ACT_RE_PROCDEF", Integer.class)).isPositive();
    }

    @Test
    void the_lifecycle_and_its_forms_are_deployed() {
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(IdeaProcess.KEY).count())
                .isEqualTo(1);
        String deploymentId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(IdeaProcess.KEY)
                .singleResult().getDeploymentId();
        assertThat(repositoryService.getDeploymentResourceNames(deploymentId))
                .anyMatch(name -> name.endsWith("idea-screening.form"));
    }

    @Test
    void the_demo_partnerships_have_ideas_and_open_screening_tasks() {
        assertThat(ideas.countsByStatus("nora", "NG")).allSatisfy((status, count) -> assertThat(count)
                .as("NG ideas " + status).isPositive());
        assertThat(ideas.countsByStatus("ivan", "IR")).allSatisfy((status, count) -> assertThat(count)
                .as("IR ideas " + status).isPositive());
        assertThat(ideas.countsByStatus("ivan", "IR").values().stream().mapToLong(Long::longValue).sum()).isPositive();
        assertThat(inbox.openTasksOf("nora", 50)).isNotEmpty().allMatch(t -> "NG".equals(t.partnershipPrefix()));
    }

    @Test
    void a_submitted_idea_is_screened_by_an_innovation_lead_and_moves_to_valuation() {
        Idea idea = ideas.submit("pat", new IdeaSubmission("NG", "Heat recovery from the data centre",
                "The data centre's waste heat is vented.", "Pipe it into the office heating.", "Lower gas bill."));

        assertThat(ideas.get(idea.getId()).getStatus()).as("nobody has picked it up yet").isEqualTo(IdeaStatus.SUBMITTED);
        assertThat(idea.getNumber()).startsWith("NG-");
        TaskSummary task = taskFor("sam", idea.getNumber());
        assertThat(inbox.openTasksOf("ivan", 100)).noneMatch(t -> idea.getNumber().equals(t.ideaNumber()));
        assertThatThrownBy(() -> taskActions.complete("pat", task.id(), Map.of("screeningDecision", "ACCEPT")))
                .isInstanceOf(TaskActions.TaskNotAvailableException.class);

        taskActions.complete("sam", task.id(), Map.of("screeningDecision", "ACCEPT"));

        assertThat(ideas.get(idea.getId()).getStatus()).isEqualTo(IdeaStatus.IN_VALUATION);
    }

    @Test
    void an_invalid_submission_is_refused_with_every_problem_named_and_nothing_saved() {
        long before = ideas.countsByStatus("pat", "NG").values().stream().mapToLong(Long::longValue).sum();

        assertThatThrownBy(() -> ideas.submit("pat", new IdeaSubmission("NG", " ", "", "x", null)))
                .isInstanceOfSatisfying(InvalidIdeaException.class, e -> assertThat(e.problems())
                        .containsExactly("The title is missing.", "The problem is missing."));
        assertThatThrownBy(() -> ideas.submit("ivan", new IdeaSubmission("NG", "t", "p", "x", null)))
                .hasMessage("You are not a member of that partnership.");

        long after = ideas.countsByStatus("pat", "NG").values().stream().mapToLong(Long::longValue).sum();
        assertThat(after).isEqualTo(before);
    }

    @Test
    void the_engine_rest_api_requires_authentication() {
        ResponseEntity<String> anonymous = http.getForEntity("/engine-rest/process-definition", String.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(String.valueOf(anonymous.getBody())).doesNotContain(IdeaProcess.KEY);

        ResponseEntity<String> wrongPassword = http.withBasicAuth("nora", "wrong")
                .getForEntity("/engine-rest/process-definition", String.class);
        assertThat(wrongPassword.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        ResponseEntity<String> nora = http.withBasicAuth("nora", "nora")
                .getForEntity("/engine-rest/process-definition", String.class);
        assertThat(nora.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(nora.getBody()).contains(IdeaProcess.KEY);
    }

    @Test
    void the_engine_rest_api_shows_each_user_only_their_partnerships() {
        List<?> ivansTasks = http.withBasicAuth("ivan", "ivan").getForObject("/engine-rest/task", List.class);
        List<?> norasTasks = http.withBasicAuth("nora", "nora").getForObject("/engine-rest/task", List.class);
        List<?> ivansHistory = http.withBasicAuth("ivan", "ivan")
                .getForObject("/engine-rest/history/process-instance", List.class);

        assertThat(ivansTasks).isNotEmpty().allSatisfy(t -> assertThat(((Map<?, ?>) t).get("tenantId")).isEqualTo("IR"));
        assertThat(norasTasks).isNotEmpty().allSatisfy(t -> assertThat(((Map<?, ?>) t).get("tenantId")).isEqualTo("NG"));
        assertThat(ivansHistory).isNotEmpty()
                .allSatisfy(p -> assertThat(((Map<?, ?>) p).get("businessKey").toString()).startsWith("IR-"));
    }

    @Test
    void users_and_groups_reach_the_engine_from_the_directory() {
        List<?> groups = http.withBasicAuth("nora", "nora").getForObject("/engine-rest/group?member=nora", List.class);
        assertThat(groups.stream().map(g -> String.valueOf(((Map<?, ?>) g).get("id"))).toList())
                .contains("NG-MEMBER", "NG-INNOVATION_LEAD", "NG-INNOVATION_LEAD-CUSTOMER")
                .doesNotContain("IR-MEMBER");
        Map<?, ?> profile = http.withBasicAuth("nora", "nora").getForObject("/engine-rest/user/nora/profile", Map.class);
        assertThat(profile.get("firstName")).isEqualTo("Nora");
    }

    @Test
    void the_health_check_is_open_and_other_actuator_endpoints_are_not() throws Exception {
        assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        HttpResponse<String> info = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/info")).build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(info.statusCode()).as("an anonymous caller is sent to sign in").isEqualTo(302);
        assertThat(info.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void cockpit_accepts_the_admins_sign_in() {
        ResponseEntity<String> page = http.getForEntity("/camunda/app/cockpit/default/", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        String csrf = page.getHeaders().getFirst("X-XSRF-TOKEN");
        String cookies = String.join("; ", page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
                .map(c -> c.substring(0, c.indexOf(';'))).toList());

        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.add("X-XSRF-TOKEN", csrf);
        headers.add(HttpHeaders.COOKIE, cookies);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", "admin");
        form.add("password", "admin");
        ResponseEntity<String> login = http.exchange("/camunda/api/admin/auth/user/default/login/cockpit",
                HttpMethod.POST, new HttpEntity<>(form, headers), String.class);

        assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(login.getBody()).contains("\"userId\":\"admin\"").contains("cockpit");
    }

    @Test
    void the_demo_has_an_instance_waiting_in_every_user_task_and_finished_ideas_in_every_terminal_status() {
        for (String key : List.of(IdeaProcess.KEY, IdeaProcess.DELIVERY_KEY)) {
            var definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
                    .withoutTenantId().latestVersion().singleResult();
            var userTasks = repositoryService.getBpmnModelInstance(definition.getId())
                    .getModelElementsByType(UserTask.class);
            assertThat(userTasks).isNotEmpty();
            for (var userTask : userTasks) {
                assertThat(runtimeService.createExecutionQuery().processDefinitionKey(key)
                        .activityId(userTask.getId()).count()).as("instances waiting at " + userTask.getId()).isPositive();
            }
        }
        for (IdeaStatus terminal : List.of(IdeaStatus.REALISED, IdeaStatus.REJECTED, IdeaStatus.DUPLICATE,
                IdeaStatus.WITHDRAWN)) {
            // Ideas that ended longer ago than the history time-to-live have had theirs cleaned up (HistoryCleanup*).
            assertThat(new JdbcTemplate(dataSource).queryForList(
                    "select process_instance_id from idea where status = ? and status_changed_at > ?", String.class,
                    terminal.name(), Timestamp.from(Instant.now().minus(Duration.ofDays(365)))))
                    .as("finished " + terminal + " ideas").isNotEmpty()
                    .allSatisfy(id -> assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(id)
                            .finished().count()).isEqualTo(1));
        }
    }

    private TaskSummary taskFor(String username, String ideaNumber) {
        return inbox.openTasksOf(username, 500).stream().filter(t -> ideaNumber.equals(t.ideaNumber())).findFirst()
                .orElseThrow(() -> new AssertionError(username + " has no task for " + ideaNumber));
    }
}
