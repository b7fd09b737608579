package io.fruition.doors;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Stream;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;

import io.fruition.admin.People;
import io.fruition.admin.ui.AdminView;
import io.fruition.analytics.BoardPack;
import io.fruition.analytics.PortfolioRange;
import io.fruition.analytics.Portfolios;
import io.fruition.api.ui.TokensView;
import io.fruition.idea.IdeaQuery;
import io.fruition.idea.IdeaSearch;
import io.fruition.idea.Ideas;
import io.fruition.partnership.Partnerships;
import io.fruition.portal.ui.IdeaView;
import io.fruition.pulse.PulseResults;
import io.fruition.pulse.PulseTables;
import io.fruition.security.ApiTokens;
import io.fruition.security.UserAccounts;
import io.fruition.security.ui.LoginView;
import io.fruition.shared.Table;
import io.fruition.support.Http;
import io.fruition.support.Ui;
import io.fruition.support.Webapps;
import io.fruition.task.ui.TaskView;
import io.fruition.ui.DashboardView;
import io.fruition.webhook.Webhooks;

/**
 * Every cell of {@link AccessMatrix}: the role's person tries the operation on a NorthGas or an Initech Retail
 * resource through its real route; an allowed try succeeds, a refused one is refused and leaves the engine and the
 * application's tables exactly as they were.
 */
abstract class AccessMatrixScenarios {

    @Autowired
    ApplicationContext context;
    @Autowired
    Ideas ideas;
    @Autowired
    IdeaSearch search;
    @Autowired
    Portfolios portfolios;
    @Autowired
    PulseResults pulse;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    RepositoryService repository;
    @Autowired
    HistoryService history;
    @Autowired
    FilterService filters;
    @Autowired
    People people;
    @Autowired
    Partnerships partnerships;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApiTokens apiTokens;
    @Autowired
    Webhooks webhooks;
    @LocalServerPort
    int port;

    private Http http;
    private AccessFixtures fixtures;
    private final Map<String, AccessFixtures.Target> standing = new HashMap<>();
    /** Each role's personal API token, made and used once before the cells (making and first use are audited). */
    private final Map<String, ApiTokens.Created> bearer = new HashMap<>();
    private String standingDeployment;

    @TestFactory
    Stream<DynamicTest> every_role_on_every_route_is_allowed_exactly_what_the_matrix_says() {
        http = new Http(port);
        fixtures = new AccessFixtures(ideas, runtime, tasks, management, repository, people, accounts);
        standing.put("NG", fixtures.freshIdea("NG"));
        standing.put("IR", fixtures.freshIdea("IR"));
        standingDeployment = fixtures.deployProbe("route-probe (standing)");
        AccessMatrix.PEOPLE.values().stream().filter(Objects::nonNull).distinct().forEach(user -> {
            ApiTokens.Created token = apiTokens.create(user, "route probe", LocalDate.now().plusDays(1));
            assertThat(http.send(null, "GET", "/api/notifications/unread", Map.of("Authorization", "Bearer "
                    + token.secret()), null).status()).isEqualTo(200);
            bearer.put(user, token);
        });
        List<AccessMatrix.Cell> cells = AccessMatrix.cells();
        assertThat(cells).hasSize(46 * 11 * 2);
        List<DynamicTest> tests = new ArrayList<>();
        for (AccessMatrix.Cell cell : cells) {
            tests.add(DynamicTest.dynamicTest(cell.toString(), () -> check(cell)));
        }
        tests.add(DynamicTest.dynamicTest("the probes leave nothing behind", () -> {
            bearer.values().forEach(t -> jdbc.sql("delete from api_token where id = ?").param(t.token().id()).update());
            repository.deleteDeployment(standingDeployment, true);
            assertThat(repository.createDeploymentQuery().deploymentNameLike("route-probe%").count()).isZero();
            assertThat(filters.createFilterQuery().filterName("route-probe").count()).isZero();
            assertThat(tasks.createTaskQuery().taskName("route-probe").count()).isZero();
        }));
        return tests.stream();
    }

    private void check(AccessMatrix.Cell cell) {
        Operation operation = OPERATIONS.get(cell.operation());
        assertThat(operation).as("an operation named " + cell.operation()).isNotNull();
        boolean fresh = cell.allowed() && operation.consumes();
        AccessFixtures.Target target = fresh ? fixtures.freshIdea(cell.partnership()) : standing.get(cell.partnership());
        State before = state(target);
        Outcome outcome = operation.attempt().apply(new Attempt(this, cell.user(), target));
        assertThat(outcome.allowed()).as(cell + " — " + outcome.evidence()).isEqualTo(cell.allowed());
        if (!cell.allowed()) {
            assertThat(state(target)).as("nothing changed after " + cell).isEqualTo(before);
        }
    }

    /** What a refused attempt must leave as it was. */
    record State(boolean instanceExists, boolean suspended, List<String> activities, List<String> variables,
            String assignee, long deployments, long definitions, long filters, long standaloneTasks, Integer retries,
            long ideas, long instances, long auditOfChanges, long comments) {
    }

    private State state(AccessFixtures.Target target) {
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(target.instanceId()).singleResult();
        Task task = tasks.createTaskQuery().taskId(target.taskId()).singleResult();
        var job = management.createJobQuery().jobId(target.slaJobId()).singleResult();
        return new State(instance != null, instance != null && instance.isSuspended(),
                instance == null ? List.of() : runtime.getActiveActivityIds(target.instanceId()).stream().sorted().toList(),
                instance == null ? List.of() : runtime.getVariables(target.instanceId()).keySet().stream().sorted().toList(),
                task == null ? "(gone)" : Objects.toString(task.getAssignee(), ""),
                repository.createDeploymentQuery().count(), repository.createProcessDefinitionQuery().count(),
                filters.createFilterQuery().count(), tasks.createTaskQuery().taskName("route-probe").count(),
                job == null ? null : job.getRetries(),
                jdbc.sql("select count(*) from idea").query(Long.class).single(),
                runtime.createProcessInstanceQuery().count(),
                jdbc.sql("select count(*) from audit_entry where action not like 'Sign-in%' and action <> 'Signed in'")
                        .query(Long.class).single(),
                jdbc.sql("select count(*) from idea_comment").query(Long.class).single());
    }

    record Attempt(AccessMatrixScenarios test, String user, AccessFixtures.Target target) {
        Http http() {
            return test.http;
        }

        String partnership() {
            return target.partnership();
        }
    }

    record Outcome(boolean allowed, Object evidence) {
        static Outcome of(Http.Response response, int... allowedStatuses) {
            for (int status : allowedStatuses) {
                if (response.status() == status) {
                    return new Outcome(true, response);
                }
            }
            if (response.status() != 401 && response.status() != 403 && response.status() != 404) {
                throw new AssertionError("A refusal says who may not (401, 403) or what is not theirs to see (404): "
                        + response);
            }
            return new Outcome(false, response);
        }

        static Outcome when(boolean allowed, Object evidence) {
            return new Outcome(allowed, evidence);
        }
    }

    /** How one operation is tried; {@code consumes}: an allowed try uses its target up, so it gets a fresh idea. */
    record Operation(boolean consumes, Function<Attempt, Outcome> attempt) {
        static Operation of(Function<Attempt, Outcome> attempt) {
            return new Operation(false, attempt);
        }

        static Operation consuming(Function<Attempt, Outcome> attempt) {
            return new Operation(true, attempt);
        }
    }

    private static final Map<String, Operation> OPERATIONS = new HashMap<>();

    static {
        // The Vaadin UI, through its router, as the signed-in person.
        OPERATIONS.put("ui.dashboard", Operation.of(a -> a.test().ui(a.user(), "",
                () -> !_find(DashboardView.class).isEmpty())));
        OPERATIONS.put("ui.idea", Operation.of(a -> a.test().ui(a.user(), "ideas/" + a.target().ideaNumber(),
                () -> !_find(IdeaView.class).isEmpty() && _find(IdeaView.class).get(0).getElement().getOuterHTML()
                        .contains(a.target().ideaNumber() + " · "))));
        OPERATIONS.put("ui.task", Operation.of(a -> a.test().ui(a.user(), "tasks/" + a.target().taskId(),
                () -> !_find(TaskView.class).isEmpty() && !_find(TaskView.class).get(0).getElement().getOuterHTML()
                        .contains("This task is not available"))));
        OPERATIONS.put("ui.portfolio", Operation.of(a -> a.test().ui(a.user(), "portfolio", Map.of("partnership", a.partnership()),
                () -> _find(Paragraph.class).stream().anyMatch(p -> p.getText().startsWith(
                        "What the innovation programme of " + a.test().partnerships.byPrefix(a.partnership())
                                .orElseThrow().getName())))));
        OPERATIONS.put("ui.pulse", Operation.of(a -> a.test().ui(a.user(), "pulse", Map.of("partnership", a.partnership()),
                () -> _find(Paragraph.class).stream().anyMatch(p -> p.getText().startsWith("How "
                        + a.test().partnerships.byPrefix(a.partnership()).orElseThrow().getName()
                        + " looks from the customer's side")))));
        OPERATIONS.put("ui.commitments", Operation.of(a -> a.test().ui(a.user(), "commitments",
                Map.of("partnership", a.partnership()), () -> _find(Paragraph.class).stream().anyMatch(p -> p.getText()
                        .startsWith("What " + a.test().partnerships.byPrefix(a.partnership()).orElseThrow().getName()
                                + " committed its innovation programme to")))));
        OPERATIONS.put("ui.admin", Operation.of(a -> a.test().ui(a.user(), "admin", () -> !_find(AdminView.class).isEmpty())));
        OPERATIONS.put("ui.tokens", Operation.of(a -> a.test().ui(a.user(), "tokens", () -> !_find(TokensView.class).isEmpty())));

        // The exports the portfolio page offers, by the services its download links call.
        OPERATIONS.put("export.ideas.csv", Operation.of(a -> a.test().refusedUnlessReturns(() -> {
            Table table = a.test().search.export(a.user(), new IdeaQuery(null, Set.of(), null, null, null,
                    false, null, null, a.partnership(), IdeaQuery.Sort.NEWEST));
            return table.rows().stream().anyMatch(row -> row.contains(a.target().ideaNumber()));
        })));
        OPERATIONS.put("export.boardpack.pdf", Operation.of(a -> a.test().refusedUnlessReturns(() -> {
            var portfolio = a.test().portfolios.of(a.user(), a.partnership(), PortfolioRange.ALL_TIME);
            byte[] pdf = BoardPack.render(portfolio, LocalDate.now());
            return portfolio.prefix().equals(a.partnership()) && new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-");
        })));

        OPERATIONS.put("export.pulse.csv", Operation.of(a -> a.test().refusedUnlessReturns(() -> {
            Table table = PulseTables.scores(a.test().pulse.history(a.user(), a.partnership()));
            return !table.rows().isEmpty();
        })));

        // The JSON API.
        OPERATIONS.put("api.idea.read", Operation.of(a -> Outcome.of(a.http().get(a.user(),
                "/api/ideas/" + a.target().ideaNumber()), 200)));
        OPERATIONS.put("api.idea.list", Operation.of(a -> {
            Http.Response page = a.http().get(a.user(), "/api/ideas?size=100&partnership=" + a.partnership());
            return Outcome.when(page.status() == 200 && page.body().contains("\"" + a.target().ideaNumber() + "\""), page);
        }));
        // Another partnership is not a value this field takes: the API names the field (400), as for any bad value.
        OPERATIONS.put("api.idea.submit", Operation.of(a -> {
            Http.Response submitted = a.http().post(a.user(), "/api/ideas", Http.json(Map.of("partnership",
                    a.partnership(), "title", "Route probe through the API", "problem", "A door.", "proposal", "Try it.")));
            if (submitted.status() == 400 && submitted.json().path("errors").get(0).path("field").asText().equals("partnership")) {
                return Outcome.when(false, submitted);
            }
            return Outcome.of(submitted, 201);
        }));
        OPERATIONS.put("api.admin.partnerships", Operation.of(a -> Outcome.of(a.http().get(a.user(),
                "/api/admin/partnerships"), 200)));
        // A personal token carries its owner's rights and no more.
        OPERATIONS.put("api.idea.bearer", Operation.of(a -> {
            ApiTokens.Created token = a.user() == null ? null : a.test().bearer.get(a.user());
            return Outcome.of(a.http().send(null, "GET", "/api/ideas/" + a.target().ideaNumber(),
                    Map.of("Authorization", "Bearer " + (token == null ? "fru_none" : token.secret())), null), 200);
        }));
        OPERATIONS.put("api.comment.list", Operation.of(a -> Outcome.of(a.http().get(a.user(),
                "/api/ideas/" + a.target().ideaNumber() + "/comments"), 200)));
        OPERATIONS.put("api.comment.add", Operation.of(a -> Outcome.of(a.http().post(a.user(),
                "/api/ideas/" + a.target().ideaNumber() + "/comments", "{\"body\": \"Route probe\"}"), 201)));
        OPERATIONS.put("api.attachment.list", Operation.of(a -> Outcome.of(a.http().get(a.user(),
                "/api/ideas/" + a.target().ideaNumber() + "/attachments"), 200)));
        OPERATIONS.put("api.task.read", Operation.of(a -> Outcome.of(a.http().get(a.user(),
                "/api/tasks/" + a.target().taskId()), 200)));
        OPERATIONS.put("api.task.claim", Operation.of(a -> {
            Http.Response claimed = a.http().post(a.user(), "/api/tasks/" + a.target().taskId() + "/claim", "");
            if (claimed.ok()) {
                a.test().tasks.setAssignee(a.target().taskId(), null);
            }
            return Outcome.of(claimed, 204);
        }));
        // Claimed, a try meets the form's validation (400 on the field); the task is given back.
        OPERATIONS.put("api.task.complete", Operation.of(a -> {
            Http.Response claimed = a.http().post(a.user(), "/api/tasks/" + a.target().taskId() + "/claim", "");
            Http.Response tried = a.http().post(a.user(), "/api/tasks/" + a.target().taskId() + "/complete",
                    "{\"screeningDecision\": \"MAYBE\"}");
            if (claimed.ok()) {
                a.test().tasks.setAssignee(a.target().taskId(), null);
            }
            if (tried.status() == 400 && tried.body().contains("screeningDecision")) {
                return Outcome.when(true, tried);
            }
            return Outcome.of(tried);
        }));
        OPERATIONS.put("api.portfolio", Operation.of(a -> Outcome.of(a.http().get(a.user(),
                "/api/portfolio?partnership=" + a.partnership()), 200)));

        // A partnership's webhooks, by the service the webhooks page calls.
        OPERATIONS.put("webhook.list", Operation.of(a -> a.test().refusedUnlessReturns(() ->
                a.test().webhooks.of(a.user(), a.partnership()) != null)));

        // The engine's REST API.
        OPERATIONS.put("rest.deployment.create", Operation.of(a -> {
            Http.Response created = a.http().multipart(a.user(), "/engine-rest/deployment/create",
                    Map.of("deployment-name", "route-probe (by " + a.user() + ")"),
                    Map.of("route-probe.bpmn", AccessFixtures.PROBE_MODEL.getBytes(StandardCharsets.UTF_8)));
            if (created.ok()) {
                a.test().repository.deleteDeployment(created.json().path("id").asText(), true);
            }
            return Outcome.of(created, 200);
        }));
        OPERATIONS.put("rest.deployment.delete", Operation.of(a -> {
            boolean admin = "admin".equals(a.user());
            String deployment = admin ? a.test().fixtures.deployProbe("route-probe (to delete)") : a.test().standingDeployment;
            Http.Response deleted = a.http().delete(a.user(), "/engine-rest/deployment/" + deployment + "?cascade=true");
            if (!deleted.ok() && admin) {
                a.test().repository.deleteDeployment(deployment, true);
            }
            return Outcome.of(deleted, 204);
        }));
        OPERATIONS.put("rest.process.start", Operation.of(a -> Outcome.of(a.http().post(a.user(),
                "/engine-rest/process-definition/key/idea-lifecycle/start",
                "{\"variables\":{\"partnership\":{\"value\":\"" + a.partnership() + "\",\"type\":\"String\"}}}"), 200)));
        OPERATIONS.put("rest.instance.read", Operation.of(a -> Outcome.of(a.http().get(a.user(),
                "/engine-rest/process-instance/" + a.target().instanceId()), 200)));
        OPERATIONS.put("rest.instance.suspend", Operation.of(a -> {
            Http.Response suspended = a.http().put(a.user(), "/engine-rest/process-instance/" + a.target().instanceId()
                    + "/suspended", "{\"suspended\":true}");
            if (suspended.ok()) {
                a.test().runtime.activateProcessInstanceById(a.target().instanceId());
            }
            return Outcome.of(suspended, 204);
        }));
        OPERATIONS.put("rest.instance.modify", Operation.consuming(a -> Outcome.of(a.http().post(a.user(),
                "/engine-rest/process-instance/" + a.target().instanceId() + "/modification",
                "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"UserTask_ScreenIdea\"}]}"), 204)));
        OPERATIONS.put("rest.instance.delete", Operation.consuming(a -> Outcome.of(a.http().delete(a.user(),
                "/engine-rest/process-instance/" + a.target().instanceId()), 204)));
        OPERATIONS.put("rest.instance.variable", Operation.of(a -> {
            Http.Response set = a.http().put(a.user(), "/engine-rest/process-instance/" + a.target().instanceId()
                    + "/variables/routeProbe", "{\"value\":\"x\",\"type\":\"String\"}");
            if (set.ok()) {
                a.test().runtime.removeVariable(a.target().instanceId(), "routeProbe");
            }
            return Outcome.of(set, 204);
        }));
        OPERATIONS.put("rest.task.read", Operation.of(a -> Outcome.of(a.http().get(a.user(),
                "/engine-rest/task/" + a.target().taskId()), 200)));
        OPERATIONS.put("rest.task.claim", Operation.of(a -> {
            Http.Response claimed = a.http().post(a.user(), "/engine-rest/task/" + a.target().taskId() + "/claim",
                    "{\"userId\":\"" + a.user() + "\"}");
            if (claimed.ok()) {
                a.test().tasks.setAssignee(a.target().taskId(), null);
            }
            return Outcome.of(claimed, 204);
        }));
        // A try past the engine's authorization meets the form's validation: 400, the task stays as it was.
        OPERATIONS.put("rest.task.complete", Operation.of(a -> {
            Http.Response refused = a.http().post(a.user(), "/engine-rest/task/" + a.target().taskId() + "/complete",
                    "{\"variables\":{\"screeningDecision\":{\"value\":\"MAYBE\",\"type\":\"String\"}}}");
            return Outcome.when(refused.status() == 400 && refused.body().contains("screeningDecision"), refused);
        }));
        OPERATIONS.put("rest.task.variable", Operation.of(a -> {
            Http.Response set = a.http().put(a.user(), "/engine-rest/task/" + a.target().taskId()
                    + "/variables/routeProbe", "{\"value\":\"x\",\"type\":\"String\"}");
            if (set.ok()) {
                a.test().tasks.removeVariable(a.target().taskId(), "routeProbe");
            }
            return Outcome.of(set, 204);
        }));
        OPERATIONS.put("rest.task.create", Operation.of(a -> {
            Http.Response created = a.http().post(a.user(), "/engine-rest/task/create", "{\"name\":\"route-probe\"}");
            a.test().tasks.createTaskQuery().taskName("route-probe").list()
                    .forEach(t -> a.test().tasks.deleteTask(t.getId(), true));
            return Outcome.of(created, 204);
        }));
        OPERATIONS.put("rest.job.retries", Operation.of(a -> Outcome.of(a.http().put(a.user(),
                "/engine-rest/job/" + a.target().slaJobId() + "/retries", "{\"retries\":3}"), 204)));
        OPERATIONS.put("rest.filter.create", Operation.of(a -> {
            Http.Response created = a.http().post(a.user(), "/engine-rest/filter/create",
                    "{\"resourceType\":\"Task\",\"name\":\"route-probe\",\"query\":{}}");
            a.test().filters.createFilterQuery().filterName("route-probe").list()
                    .forEach(f -> a.test().filters.deleteFilter(f.getId()));
            return Outcome.of(created, 200);
        }));
        OPERATIONS.put("rest.history.instance", Operation.of(a -> {
            Http.Response found = a.http().get(a.user(), "/engine-rest/history/process-instance?processInstanceId="
                    + a.target().instanceId());
            return Outcome.when(found.status() == 200 && found.json().size() == 1, found);
        }));
        OPERATIONS.put("rest.history.variables", Operation.of(a -> {
            Http.Response found = a.http().get(a.user(), "/engine-rest/history/variable-instance?processInstanceId="
                    + a.target().instanceId());
            return Outcome.when(found.status() == 200 && found.body().contains("\"ideaNumber\""), found);
        }));
        OPERATIONS.put("rest.user.profile", Operation.of(a -> Outcome.of(a.http().get(a.user(),
                "/engine-rest/user/" + a.target().otherMember() + "/profile"), 200)));

        // Camunda's webapps: who may sign in to which, and Tasklist's own way of completing a task.
        OPERATIONS.put("webapp.tasklist", Operation.of(a -> a.test().webappSignIn(a.user(), "tasklist")));
        OPERATIONS.put("webapp.cockpit", Operation.of(a -> a.test().webappSignIn(a.user(), "cockpit")));
        OPERATIONS.put("webapp.admin", Operation.of(a -> a.test().webappSignIn(a.user(), "admin")));
        OPERATIONS.put("webapp.task.submit", Operation.of(a -> {
            if (a.user() == null) {
                return Outcome.when(false, "nobody signed in");
            }
            Webapps tasklist = Webapps.signIn(a.test().port, "tasklist", a.user(), a.user());
            if (!tasklist.signedIn()) {
                return Outcome.when(false, tasklist.signInAnswer());
            }
            Http.Response submitted = tasklist.post("/camunda/api/engine/engine/default/task/" + a.target().taskId()
                    + "/submit-form", "{\"variables\":{\"screeningDecision\":{\"value\":\"MAYBE\",\"type\":\"String\"}}}");
            if (submitted.status() >= 500) {
                throw new AssertionError("A server error is never the answer: " + submitted);
            }
            return Outcome.when(submitted.status() == 400 && submitted.body().contains("screeningDecision"), submitted);
        }));
    }

    private Outcome ui(String user, String location, BooleanSupplier shows) {
        return ui(user, location, Map.of(), shows);
    }

    private Outcome ui(String user, String location, Map<String, String> query, BooleanSupplier shows) {
        return Ui.as(context, user, () -> {
            UI.getCurrent().navigate(location, QueryParameters.simple(query));
            boolean signInShown = !_find(LoginView.class).isEmpty();
            return Outcome.when(!signInShown && shows.getAsBoolean(), signInShown ? "the sign-in page"
                    : UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters());
        });
    }

    private Outcome refusedUnlessReturns(BooleanSupplier work) {
        try {
            return Outcome.when(work.getAsBoolean(), "returned");
        } catch (RuntimeException refused) {
            return Outcome.when(false, refused.getClass().getSimpleName() + ": " + refused.getMessage());
        }
    }

    private Outcome webappSignIn(String user, String app) {
        if (user == null) {
            return Outcome.when(false, "nobody to sign in");
        }
        Webapps session = Webapps.signIn(port, app, user, user);
        JsonNode answer = session.signedIn() ? session.signInAnswer().json() : null;
        return Outcome.when(answer != null && answer.path("authorizedApps").toString().contains(app),
                session.signInAnswer());
    }
}
