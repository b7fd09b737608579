package io.fruition.doors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import io.fruition.admin.People;
import io.fruition.delivery.Deliveries;
import io.fruition.idea.Idea;
import io.fruition.idea.IdeaSubmission;
import io.fruition.idea.Ideas;
import io.fruition.partnership.Side;
import io.fruition.process.IdeaProcess;
import io.fruition.process.IdeaProcess.Element;
import io.fruition.process.IdeaProcess.Var;
import io.fruition.process.task.ProcessSteps;
import io.fruition.review.BoardVotes;
import io.fruition.security.UserAccounts;
import io.fruition.security.WebHeaders;
import io.fruition.support.Estimates;
import io.fruition.support.Http;
import io.fruition.support.Webapps;
import io.fruition.valuation.ValueEstimates;

/**
 * The doors of the engine's REST API and Camunda's webapps that the security review found open, each shut: no
 * code brought in by a member, one validation for every task completion, only one's own tasks worked on, client
 * errors answered as 4xx problem details without a Java class name, and the hardening headers on every route.
 */
abstract class EngineDoorsScenarios {

    @Autowired
    Ideas ideas;
    @Autowired
    ProcessSteps steps;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    RepositoryService repository;
    @Autowired
    BoardVotes votes;
    @Autowired
    ValueEstimates estimates;
    @Autowired
    People people;
    @Autowired
    Deliveries deliveries;
    @Autowired
    UserAccounts accounts;
    @LocalServerPort
    int port;

    Http http() {
        return new Http(port);
    }

    @Test
    void a_members_model_with_an_expression_is_refused_and_nothing_of_it_reaches_the_engine() {
        long deployments = repository.createDeploymentQuery().count();

        Http.Response refused = http().multipart("pat", "/engine-rest/deployment/create", Map.of("deployment-name", "mine"),
                Map.of("probe.bpmn", AccessFixtures.PROBE_MODEL.getBytes(StandardCharsets.UTF_8)));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().path("detail").asText())
                .isEqualTo("You are not allowed to do this: it needs 'CREATE' on Deployment.");
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("route-probe").count()).isZero();
        Http.Response query = http().post("nora", "/engine-rest/task?maxResults=1",
                "{\"assigneeExpression\":\"${java.lang.System.getProperty('user.name')}\"}");
        assertThat(query.status()).as("no expressions in ad-hoc queries").isEqualTo(400);
        assertThat(query.json().path("detail").asText()).containsIgnoringCase("expression");
    }

    @Test
    void a_vote_through_the_rest_api_runs_the_forms_checks_and_smuggles_no_variable_in() {
        Idea idea = toBoard();
        Task vote = voteOf("carl", idea);

        Http.Response noReason = http().post("carl", "/engine-rest/task/" + vote.getId() + "/complete",
                "{\"variables\":{\"vote\":{\"value\":\"APPROVE\"}}}");
        Http.Response smuggled = http().post("carl", "/engine-rest/task/" + vote.getId() + "/complete",
                "{\"variables\":{\"vote\":{\"value\":\"APPROVE\"},\"voteReason\":{\"value\":\"Clearly good.\"},"
                        + "\"approved\":{\"value\":true,\"type\":\"Boolean\"}}}");
        Http.Response someoneElses = http().post("cathy", "/engine-rest/task/" + vote.getId() + "/complete",
                "{\"variables\":{\"vote\":{\"value\":\"REJECT\"},\"voteReason\":{\"value\":\"Not for carl.\"}}}");

        assertThat(noReason.status()).isEqualTo(400);
        assertThat(errors(noReason)).containsExactly("voteReason: Field is required.");
        assertThat(smuggled.status()).isEqualTo(400);
        assertThat(errors(smuggled)).containsExactly("approved: This form has no field 'approved'.");
        assertThat(someoneElses.status()).as("board members cannot complete each other's votes").isIn(403, 404);
        assertThat(tasks.createTaskQuery().taskId(vote.getId()).singleResult().getAssignee()).isEqualTo("carl");
        assertThat(votes.ofRound(idea.getId(), 1)).isEmpty();
        assertThat(runtime.getVariables(vote.getProcessInstanceId())).doesNotContainKey("approved");

        Http.Response cast = http().post("carl", "/engine-rest/task/" + vote.getId() + "/complete",
                "{\"variables\":{\"vote\":{\"value\":\"APPROVE\"},\"voteReason\":{\"value\":\"Clearly good.\"}}}");
        assertThat(cast.status()).isEqualTo(204);
        assertThat(votes.ofRound(idea.getId(), 1)).singleElement().satisfies(v -> assertThat(v.voter()).isEqualTo("carl"));
    }

    @Test
    void a_delivery_plan_through_the_rest_api_sends_its_milestones_as_a_json_list_checked_row_by_row() {
        Idea idea = toBoard();
        String n = idea.getNumber();
        steps.assigneesAt(n, Element.BOARD_VOTE).forEach(voter -> steps.complete(voter, n, Element.BOARD_VOTE,
                Map.of(Var.VOTE, "APPROVE", Var.VOTE_REASON, "Good for both.")));
        steps.assigneesAt(n, Element.SPONSOR_APPROVAL).forEach(sponsor -> steps.complete(sponsor, n,
                Element.SPONSOR_APPROVAL, Map.of(Var.SPONSOR_DECISION, "APPROVE")));
        String task = "/engine-rest/task/" + steps.taskIdAt(n, IdeaProcess.DeliveryElement.PLAN_DELIVERY)
                + "/complete";
        LocalDate today = LocalDate.now();
        String target = "\"deliveryTargetDate\":{\"value\":\"" + today.plusMonths(2) + "\"}";

        Http.Response untitled = http().post("dave", task, "{\"variables\":{" + target + "," + milestones(
                "[{\\\"dueOn\\\":\\\"" + today.plusWeeks(3) + "\\\",\\\"title\\\":\\\"Pilot\\\"},"
                        + "{\\\"dueOn\\\":\\\"" + today.plusWeeks(6) + "\\\"}]") + "}}");
        assertThat(untitled.status()).isEqualTo(400);
        assertThat(errors(untitled)).containsExactly("milestones[1].title: Field is required.");
        assertThat(deliveries.ofIdea(idea.getId())).as("nothing planned").isEmpty();

        Http.Response planned = http().post("dave", task, "{\"variables\":{" + target + "," + milestones(
                "[{\\\"dueOn\\\":\\\"" + today.plusWeeks(3) + "\\\",\\\"title\\\":\\\"Pilot\\\"}]") + "}}");
        assertThat(planned.status()).isEqualTo(204);
        assertThat(deliveries.ofIdea(idea.getId()).orElseThrow().milestones())
                .extracting(m -> m.dueOn() + " " + m.title()).containsExactly(today.plusWeeks(3) + " Pilot");
    }

    /** A repeating section's items as a REST client sends them: JSON text in an Object value. */
    private static String milestones(String escapedJson) {
        return "\"milestones\":{\"type\":\"Object\",\"value\":\"" + escapedJson + "\",\"valueInfo\":"
                + "{\"objectTypeName\":\"java.util.ArrayList\",\"serializationDataFormat\":\"application/json\"}}";
    }

    @Test
    void an_estimate_through_tasklist_is_checked_like_the_task_view_checks_it() {
        Idea idea = submitted();
        steps.complete("nora", idea.getNumber(), Element.SCREEN_IDEA, Map.of(Var.SCREENING_DECISION, "ACCEPT"));
        Task estimate = tasks.createTaskQuery().processInstanceBusinessKey(idea.getNumber())
                .taskDefinitionKey(Element.ESTIMATE_CUSTOMER_VALUE).singleResult();
        Webapps tasklist = Webapps.signIn(port, "tasklist", "carl", "carl");
        assertThat(tasklist.signedIn()).isTrue();

        Http.Response refused = tasklist.post("/camunda/api/engine/engine/default/task/" + estimate.getId() + "/submit-form",
                "{\"variables\":{\"benefitLow\":{\"value\":90000,\"type\":\"Long\"},\"benefitLikely\":{\"value\":50000,"
                        + "\"type\":\"Long\"},\"benefitHigh\":{\"value\":100000,\"type\":\"Long\"},\"oneOffCost\":{\"value\":-5,"
                        + "\"type\":\"Long\"},\"effortDays\":{\"value\":5,\"type\":\"Long\"},\"monthsToValue\":{\"value\":2,"
                        + "\"type\":\"Long\"},\"confidence\":{\"value\":\"HIGH\"},\"rationale\":{\"value\":\"From the pilot depot.\"}}}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("message").asText())
                .contains("The low estimate (90,000) is higher than the likely estimate (50,000).")
                .contains("The one-off cost cannot be negative (-5).");
        assertThat(estimates.of(idea.getId(), Side.CUSTOMER)).isEmpty();
        assertThat(tasks.createTaskQuery().taskId(estimate.getId()).singleResult().getAssignee())
                .as("the refused completion claimed nothing").isNull();
    }

    @Test
    void a_member_works_on_their_own_tasks_only_and_through_no_side_door() {
        Idea idea = submitted();
        Task screening = tasks.createTaskQuery().processInstanceBusinessKey(idea.getNumber())
                .taskDefinitionKey(Element.SCREEN_IDEA).singleResult();
        String task = "/engine-rest/task/" + screening.getId();

        assertThat(http().post("nora", task + "/claim", "{\"userId\":\"sam\"}").status())
                .as("a claim is for oneself").isEqualTo(403);
        assertThat(http().post("nora", task + "/claim", "{\"userId\":\"nora\"}").status()).isEqualTo(204);
        Http.Response taken = http().post("sam", task + "/claim", "{\"userId\":\"sam\"}");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().path("detail").asText()).isEqualTo("This task is already claimed by nora.");
        assertThat(http().post("sam", task + "/unclaim", "").status()).as("only the assignee gives it back").isEqualTo(403);
        assertThat(http().post("sam", task + "/complete", "{\"variables\":{\"screeningDecision\":{\"value\":\"ACCEPT\"}}}")
                .status()).isEqualTo(409);
        assertThat(http().post("nora", task + "/bpmnError", "{\"errorCode\":\"rejected\"}").status()).isEqualTo(403);
        assertThat(http().post("nora", task + "/bpmnEscalation", "{\"escalationCode\":\"x\",\"variables\":"
                + "{\"screeningDecision\":{\"value\":\"ACCEPT\"}}}").status()).isEqualTo(403);
        assertThat(http().post("nora", task + "/assignee", "{\"userId\":\"sam\"}").status())
                .as("handing over is the application's, after its checks").isEqualTo(403);
        assertThat(tasks.createTaskQuery().taskId(screening.getId()).singleResult().getAssignee()).isEqualTo("nora");
        assertThat(runtime.getVariables(screening.getProcessInstanceId())).doesNotContainKey(Var.SCREENING_DECISION);

        assertThat(http().post("nora", task + "/unclaim", "").status()).isEqualTo(204);
        assertThat(tasks.createTaskQuery().taskId(screening.getId()).singleResult().getAssignee()).isNull();
    }

    @Test
    void a_message_nobody_waits_for_in_the_callers_partnerships_is_a_400_and_a_refusal_names_no_resource_id() {
        Idea idea = submitted();
        long instances = runtime.createProcessInstanceQuery().count();

        Http.Response unknown = http().post("pat", "/engine-rest/message",
                "{\"messageName\":\"NoSuchMessage\",\"businessKey\":\"" + idea.getNumber() + "\"}");
        Http.Response elsewhere = http().post("pat", "/engine-rest/message",
                "{\"messageName\":\"IdeaWithdrawn\",\"businessKey\":\"IR-1\"}");

        for (Http.Response answer : List.of(unknown, elsewhere)) {
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.json().path("detail").asText())
                    .isEqualTo("No process in your partnerships waits for this message with these keys.");
        }
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);

        Task screening = tasks.createTaskQuery().processInstanceBusinessKey(idea.getNumber())
                .taskDefinitionKey(Element.SCREEN_IDEA).singleResult();
        Http.Response refused = http().post("pat", "/engine-rest/task/" + screening.getId() + "/complete",
                "{\"variables\":{\"screeningDecision\":{\"value\":\"ACCEPT\"}}}");
        assertThat(refused.status()).isIn(403, 404);
        assertThat(refused.json().path("detail").asText()).doesNotContain(screening.getId())
                .doesNotContain(screening.getProcessDefinitionId());
        assertThat(steps.isWaitingAt(idea.getNumber(), Element.SCREEN_IDEA)).isTrue();
    }

    @Test
    void client_errors_are_4xx_problem_details_without_java_class_names() {
        Http http = http();
        List<Http.Response> answers = List.of(
                http.post("nora", "/engine-rest/task/no-such-task/claim", "{\"userId\":\"nora\"}"),
                http.post("nora", "/engine-rest/task/no-such-task/complete", "{}"),
                http.send("nora", "POST", "/engine-rest/task/no-such-task/complete", Map.of("Content-Type", "text/plain"),
                        "hello".getBytes(StandardCharsets.UTF_8)),
                http.post("nora", "/engine-rest/task?maxResults=1", "{\"assignee\": "),
                http.get("nora", "/engine-rest/no-such-resource"),
                http.get("nora", "/engine-rest/process-instance/" + "x".repeat(40)),
                http.post("nora", "/engine-rest/task/no-such-task/resolve",
                        "{\"variables\":{\"f\":{\"value\":\"x\",\"type\":\"File\"}}}"),
                http.post("nora", "/engine-rest/task/no-such-task/submit-form", "null"),
                http.post("nora", "/engine-rest/task/no-such-task/submit-form",
                        "{\"variables\":{\"f\":{\"value\":\"x\",\"type\":\"\"}}}"),
                http.multipart("pat", "/api/ideas", Map.of("title", "A multipart idea"), Map.of()));

        assertThat(answers).extracting(Http.Response::status).containsExactly(404, 404, 415, 400, 404, 404, 400, 400, 400,
                415);
        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
            assertThat(answer.body()).doesNotContainPattern("(\\w+\\.){2,}[A-Z]\\w+").doesNotContain("Exception")
                    .doesNotContain("\tat ");
        });
    }

    @Test
    void nothing_starts_in_a_partnership_the_caller_is_not_a_member_of() {
        long instances = runtime.createProcessInstanceQuery().count();

        Http.Response byAdmin = http().post("admin", "/engine-rest/process-definition/key/idea-lifecycle/start",
                "{\"variables\":{\"partnership\":{\"value\":\"IR\",\"type\":\"String\"}}}");

        assertThat(byAdmin.status()).isEqualTo(403);
        assertThat(byAdmin.json().path("detail").asText())
                .isEqualTo("You are not a member of partnership 'IR', so you cannot start anything in it.");
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
    }

    @Test
    void the_engine_shows_a_member_the_people_groups_and_partnerships_of_their_own_partnerships_only() {
        JsonNode users = http().get("nora", "/engine-rest/user?maxResults=500").json();
        JsonNode groups = http().get("nora", "/engine-rest/group?maxResults=500").json();
        JsonNode tenants = http().get("nora", "/engine-rest/tenant").json();

        assertThat(users.findValuesAsText("id")).contains("nora", "pat", "dave").doesNotContain("ivan", "iris", "ines");
        assertThat(groups.findValuesAsText("id")).contains("NG-MEMBER").noneMatch(g -> g.startsWith("IR-"))
                .doesNotContain("camunda-admin");
        assertThat(tenants.findValuesAsText("id")).containsExactly("NG");
        assertThat(http().get("nora", "/engine-rest/user/ivan/profile").status()).isEqualTo(404);
        assertThat(http().get("admin", "/engine-rest/user?maxResults=500").json().findValuesAsText("id"))
                .contains("nora", "ivan");
    }

    @Test
    void tasklist_offers_members_neither_start_process_nor_create_task_and_is_otherwise_camundas_own_page()
            throws IOException {
        String ours = resource("/META-INF/resources/webjars/camunda/app/tasklist/index.html", 0);
        String camundas = resource("/META-INF/resources/webjars/camunda/app/tasklist/index.html", 1);

        assertThat(ours).contains("cam-exclude-plugins=\"tasklist.navbar.action:start-process-action, "
                + "tasklist.navbar.action:create-task-action\"");
        assertThat(undone(ours)).as("only the exclusion differs from Camunda's page of this version").isEqualTo(camundas);
        assertThat(new Http(port).get(null, "/camunda/app/tasklist/default/").body())
                .contains("tasklist.navbar.action:create-task-action");
    }

    @Test
    void every_route_sends_the_hardening_headers() {
        Http.Response ui = http().get(null, "/login");
        Http.Response api = http().get("pat", "/api/ideas");
        Http.Response engine = http().get("pat", "/engine-rest/task");

        assertThat(ui.header("Content-Security-Policy")).hasValue(WebHeaders.UI_POLICY);
        assertThat(api.header("Content-Security-Policy")).hasValue(WebHeaders.API_POLICY);
        assertThat(engine.header("Content-Security-Policy")).hasValue(WebHeaders.API_POLICY);
        for (Http.Response answer : List.of(ui, api, engine)) {
            assertThat(answer.header("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(answer.header("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
            assertThat(answer.header("Permissions-Policy")).hasValueSatisfying(p -> assertThat(p).contains("camera=()"));
        }
        assertThat(ui.header("X-Frame-Options")).hasValue("SAMEORIGIN");
        assertThat(http().get(null, "/camunda/app/tasklist/default/").header("Content-Security-Policy"))
                .as("Camunda's webapps keep their own policy").hasValueSatisfying(p -> assertThat(p).contains("nonce-"));
    }

    private Idea submitted() {
        AccessFixtures.ensureSubmitter(people, accounts);
        return ideas.submit(AccessFixtures.SUBMITTER, new IdeaSubmission("NG", "Door probe " + System.nanoTime(),
                "Someone tries the side doors.", "They stay shut.", null));
    }

    private Idea toBoard() {
        Idea idea = submitted();
        steps.complete("nora", idea.getNumber(), Element.SCREEN_IDEA, Map.of(Var.SCREENING_DECISION, "ACCEPT"));
        steps.complete("carl", idea.getNumber(), Element.ESTIMATE_CUSTOMER_VALUE, Estimates.typical());
        steps.complete("steve", idea.getNumber(), Element.ESTIMATE_SUPPLIER_VALUE, Estimates.typical());
        return idea;
    }

    private Task voteOf(String voter, Idea idea) {
        return tasks.createTaskQuery().processInstanceBusinessKey(idea.getNumber())
                .taskDefinitionKey(Element.BOARD_VOTE).taskAssignee(voter).singleResult();
    }

    private static List<String> errors(Http.Response response) {
        List<String> errors = new ArrayList<>();
        response.json().path("errors").forEach(e -> errors.add(e.path("field").asText() + ": " + e.path("message").asText()));
        return errors;
    }

    /** The n-th resource of that name on the classpath: ours comes first, then the one in Camunda's webjar. */
    private static String resource(String name, int index) throws IOException {
        List<URL> urls = Collections.list(EngineDoorsScenarios.class.getClassLoader().getResources(name.substring(1)));
        assertThat(urls).hasSize(2);
        try (InputStream in = urls.get(index).openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Our page with its two changes undone: the comment and the exclusion. */
    private static String undone(String ours) {
        String exclusion = "\n        cam-exclude-plugins=\"tasklist.navbar.action:start-process-action, "
                + "tasklist.navbar.action:create-task-action\"/>";
        return ours.replaceAll("  <!-- Fruition: [^>]*-->\n", "").replace("        app-name=\"tasklist\"" + exclusion,
                "        app-name=\"tasklist\"/>");
    }
}
