package io.fruition.doors;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.vaadin.flow.component.UI;

import io.fruition.admin.People;
import io.fruition.analytics.PortfolioRange;
import io.fruition.analytics.Portfolios;
import io.fruition.idea.Idea;
import io.fruition.idea.IdeaQuery;
import io.fruition.idea.IdeaSearch;
import io.fruition.idea.IdeaSubmission;
import io.fruition.idea.Ideas;
import io.fruition.portal.ui.IdeaView;
import io.fruition.process.IdeaProcess.Element;
import io.fruition.process.IdeaProcess.Var;
import io.fruition.process.task.ProcessSteps;
import io.fruition.security.UserAccounts;
import io.fruition.support.Estimates;
import io.fruition.support.Http;
import io.fruition.support.Ui;
import io.fruition.support.Webapps;
import io.fruition.task.ui.TaskView;

/**
 * Blind estimates and blind votes hold on every route: while one side's estimate is in and the other's is open,
 * or while the board has not decided, the other side's estimator, a partner and a board member read none of the
 * hidden numbers or words through the engine's REST API (runtime and every history endpoint), Tasklist's API,
 * the JSON API, the UI or the exports; the engine's own tables hold none of them at all. Once the rule allows
 * it, the values show where they always did.
 */
abstract class BlindnessScenarios {

    /** Values nobody types by accident, so that finding one anywhere means it leaked. */
    static final long LOW = 31_337, LIKELY = 52_441, HIGH = 77_771, COST = 8_123;
    static final String RATIONALE = "Blind-probe rationale 7Q: the depot logs.";
    static final String VOTE_REASON = "Blind-probe vote reason 9Z.";

    @Autowired
    ApplicationContext context;
    @Autowired
    Ideas ideas;
    @Autowired
    ProcessSteps steps;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    IdeaSearch search;
    @Autowired
    Portfolios portfolios;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    People people;
    @Autowired
    UserAccounts accounts;
    @LocalServerPort
    int port;

    @Test
    void one_sides_estimate_is_read_by_nobody_else_on_any_route_until_both_are_in() {
        Idea idea = submitted();
        steps.complete("nora", idea.getNumber(), Element.SCREEN_IDEA, Map.of(Var.SCREENING_DECISION, "ACCEPT"));
        steps.complete("carl", idea.getNumber(), Element.ESTIMATE_CUSTOMER_VALUE, estimate());

        List<String> secrets = List.of(Long.toString(LOW), "31,337", Long.toString(LIKELY), "52,441",
                Long.toString(HIGH), "77,771", Long.toString(COST), "8,123", RATIONALE);
        assertThat(engineTablesHolding(secrets)).as("the engine stores the confidential step's values nowhere").isEmpty();
        // The other side's estimator, the partner, and a board member of the other side (the chair).
        for (String reader : List.of("steve", "pat", "sue")) {
            assertThat(everyRoute(reader, idea)).as(reader + " reads the customer's estimate nowhere")
                    .allSatisfy((route, body) -> assertThat(withoutIds(body)).as(route).doesNotContain(secrets));
        }
        assertThat(ideaPage("carl", idea)).as("the customer side sees its own estimate").contains("31,337");

        steps.complete("steve", idea.getNumber(), Element.ESTIMATE_SUPPLIER_VALUE, Estimates.typical());

        assertThat(ideaPage("steve", idea)).as("with both in, the supplier sees the customer's numbers").contains("31,337");
        assertThat(ideaPage("pat", idea)).contains("31,337");
    }

    @Test
    void a_vote_is_read_by_nobody_but_its_voter_until_the_board_decides() {
        Idea idea = submitted();
        steps.complete("nora", idea.getNumber(), Element.SCREEN_IDEA, Map.of(Var.SCREENING_DECISION, "ACCEPT"));
        steps.complete("carl", idea.getNumber(), Element.ESTIMATE_CUSTOMER_VALUE, Estimates.typical());
        steps.complete("steve", idea.getNumber(), Element.ESTIMATE_SUPPLIER_VALUE, Estimates.typical());
        steps.complete("cathy", idea.getNumber(), Element.BOARD_VOTE, Map.of(Var.VOTE, "REVISE", Var.VOTE_REASON, VOTE_REASON));

        assertThat(engineTablesHolding(List.of(VOTE_REASON))).as("the engine stores no vote").isEmpty();
        for (String reader : List.of("carl", "pat", "nora", "sue")) {
            assertThat(everyRoute(reader, idea)).as(reader + " reads cathy's vote nowhere")
                    .allSatisfy((route, body) -> assertThat(body).doesNotContain(VOTE_REASON));
        }
        assertThat(ideaPage("cathy", idea)).as("the voter sees her own vote").contains(VOTE_REASON);

        for (String voter : steps.assigneesAt(idea.getNumber(), Element.BOARD_VOTE)) {
            steps.complete(voter, idea.getNumber(), Element.BOARD_VOTE, Map.of(Var.VOTE, "APPROVE",
                    Var.VOTE_REASON, "A good one."));
        }
        assertThat(ideaPage("pat", idea)).as("once the board decided, its votes show").contains(VOTE_REASON);
    }

    private Idea submitted() {
        AccessFixtures.ensureSubmitter(people, accounts);
        return ideas.submit(AccessFixtures.SUBMITTER, new IdeaSubmission("NG", "Blind probe " + System.nanoTime(),
                "Nobody should read the other side.", "Keep it blind.", null));
    }

    private static Map<String, Object> estimate() {
        Map<String, Object> values = new HashMap<>();
        values.put(Var.BENEFIT_LOW, LOW);
        values.put(Var.BENEFIT_LIKELY, LIKELY);
        values.put(Var.BENEFIT_HIGH, HIGH);
        values.put(Var.ONE_OFF_COST, COST);
        values.put(Var.EFFORT_DAYS, 17L);
        values.put(Var.MONTHS_TO_VALUE, 4L);
        values.put(Var.CONFIDENCE, "HIGH");
        values.put(Var.RATIONALE, RATIONALE);
        return values;
    }

    /** The rows of the engine's variable tables, runtime and history, that hold any of the values. */
    private List<String> engineTablesHolding(List<String> values) {
        List<String> found = new ArrayList<>();
        for (String table : List.of("ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL")) {
            for (String value : values) {
                found.addAll(jdbc.sql("select NAME_ from " + table + " where TEXT_ = ? or TEXT2_ = ? or cast(LONG_ as varchar(40)) = ?")
                        .params(value, value, value).query(String.class).list().stream().map(n -> table + "." + n).toList());
            }
        }
        return found;
    }

    /** What the reader gets from every route that shows an idea, a task or its process: route → body. */
    /**
     * The body without the engine's ids: a UUID is hexadecimal and may hold any run of digits ("777718a7-…"
     * holds 77771), which is not a leaked number.
     */
    /**
     * The body without the engine's ids and without the long numbers other tests put in their ideas' titles
     * ("Route probe 488123…", from System.nanoTime): a probe value found inside one of those is no leak. The
     * probes are 4 and 5 digits, so a run of 7 or more digits never is one.
     */
    static String withoutIds(String body) {
        return body.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "<id>")
                .replaceAll("[0-9]{7,}", "<n>");
    }

    private Map<String, String> everyRoute(String reader, Idea idea) {
        Http http = new Http(port);
        Map<String, String> bodies = new HashMap<>();
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(idea.getNumber())
                .singleResult().getId();
        for (String path : List.of("/process-instance/" + instance + "/variables",
                "/variable-instance?processInstanceIdIn=" + instance,
                "/task?processInstanceId=" + instance,
                "/history/variable-instance?processInstanceId=" + instance,
                "/history/detail?processInstanceId=" + instance,
                "/history/task?processInstanceId=" + instance,
                "/history/activity-instance?processInstanceId=" + instance,
                "/history/user-operation?processInstanceId=" + instance,
                "/history/process-instance/" + instance)) {
            bodies.put("engine-rest" + path, http.get(reader, "/engine-rest" + path).body());
        }
        Webapps tasklist = Webapps.signIn(port, "tasklist", reader, reader);
        assertThat(tasklist.signedIn()).isTrue();
        for (Task task : tasks.createTaskQuery().processInstanceId(instance).list()) {
            for (String suffix : List.of("/variables", "/form-variables", "/localVariables")) {
                bodies.put("engine-rest/task/" + task.getTaskDefinitionKey() + suffix,
                        http.get(reader, "/engine-rest/task/" + task.getId() + suffix).body());
                bodies.put("tasklist/task/" + task.getTaskDefinitionKey() + suffix,
                        tasklist.get("/camunda/api/engine/engine/default/task/" + task.getId() + suffix).body());
            }
            bodies.put("api/tasks/" + task.getTaskDefinitionKey(), http.get(reader, "/api/tasks/" + task.getId()).body());
            bodies.put("ui/tasks/" + task.getTaskDefinitionKey(), Ui.as(context, reader, () -> {
                UI.getCurrent().navigate("tasks/" + task.getId());
                return _find(TaskView.class).isEmpty() ? "" : _find(TaskView.class).get(0).getElement().getOuterHTML();
            }));
        }
        bodies.put("tasklist/history/variable-instance", tasklist.get(
                "/camunda/api/engine/engine/default/history/variable-instance?processInstanceId=" + instance).body());
        bodies.put("tasklist/history/detail", tasklist.get(
                "/camunda/api/engine/engine/default/history/detail?processInstanceId=" + instance).body());
        assertThat(Webapps.signIn(port, "cockpit", reader, reader).signedIn()).as("Cockpit is for administrators").isFalse();
        bodies.put("api/ideas/" + idea.getNumber(), http.get(reader, "/api/ideas/" + idea.getNumber()).body());
        bodies.put("api/ideas", http.get(reader, "/api/ideas?size=100").body());
        bodies.put("api/tasks", http.get(reader, "/api/tasks?scope=ALL&size=200&idea=" + idea.getNumber()).body());
        bodies.put("api/portfolio", http.get(reader, "/api/portfolio?partnership=NG").body());
        bodies.put("ui/ideas/" + idea.getNumber(), ideaPage(reader, idea));
        bodies.put("export/ideas.csv", search.export(reader, new IdeaQuery(null, Set.of(), null, null, null, false,
                null, null, "NG", IdeaQuery.Sort.NEWEST)).rows().toString());
        bodies.put("export/board-pack", portfolios.of(reader, "NG", PortfolioRange.ALL_TIME).toString());
        return bodies;
    }

    private String ideaPage(String reader, Idea idea) {
        return Ui.as(context, reader, () -> {
            UI.getCurrent().navigate("ideas/" + idea.getNumber());
            return _find(IdeaView.class).get(0).getElement().getOuterHTML();
        });
    }
}
