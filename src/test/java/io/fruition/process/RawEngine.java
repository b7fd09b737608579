package io.fruition.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;

import io.fruition.process.IdeaProcess.DeliveryElement;
import io.fruition.process.IdeaProcess.Element;
import io.fruition.process.IdeaProcess.Var;
import io.fruition.process.engine.PartnershipTenants;

/**
 * The floor Fruition's benchmarks measure against: a bare Camunda engine running the same bpmn/ files with the
 * beans they call replaced by no-op stand-ins ({@link LifecycleFakes}), on a database of the benchmark's choosing,
 * with the same history level, the same id generator and the same tenants as the application's engine, but no
 * Fruition around it (no authorizations, no forms, no features, no notifications). Its no-op beans are Camunda
 * {@code Mocks}, registered for the calling thread: in a JVM that runs Fruition's engine too, call it from threads
 * of its own, or Fruition's engine resolves its beans to the no-ops on that thread.
 */
public final class RawEngine implements AutoCloseable {

    private static final AtomicLong IDS = new AtomicLong(1_000_000);

    private final ProcessEngine engine;
    private final ThreadLocal<LifecycleFakes> fakes = ThreadLocal.withInitial(() -> {
        LifecycleFakes f = new LifecycleFakes();
        f.register();
        return f;
    });

    private RawEngine(ProcessEngine engine) {
        this.engine = engine;
    }

    /** An engine of its own name on the database at {@code jdbcUrl}, its schema created, the models deployed. */
    public static RawEngine on(String name, String jdbcUrl, String username, String password) {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName(name);
        configuration.setJdbcUrl(jdbcUrl);
        configuration.setJdbcUsername(username);
        configuration.setJdbcPassword(password);
        configuration.setJdbcDriver(jdbcUrl.startsWith("jdbc:postgresql:") ? "org.postgresql.Driver" : "org.h2.Driver");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setExpressionManager(new MockExpressionManager());
        configuration.setHistoryLevel(HistoryLevel.HISTORY_LEVEL_FULL);
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setJobExecutorActivate(false);
        configuration.setEnforceHistoryTimeToLive(true);
        configuration.setJdbcMaxActiveConnections(10);
        configuration.getProcessEnginePlugins().add(new PartnershipTenants(Set.of("NG", "IR")::contains));
        ProcessEngine engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment().name("raw-engine")
                .addClasspathResource("bpmn/idea-lifecycle.bpmn").addClasspathResource("bpmn/idea-delivery.bpmn")
                .addClasspathResource("bpmn/idea-priority.dmn").addClasspathResource("bpmn/approval-routing.dmn")
                .enableDuplicateFiltering(true).deploy();
        return new RawEngine(engine);
    }

    /** Starts the lifecycle of a new NorthGas idea, up to its first user task (screening); its instance id. */
    public String submit() {
        fakes.get();
        long id = IDS.incrementAndGet();
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(IdeaProcess.KEY, "NG-" + id,
                Map.of(Var.IDEA_ID, id, Var.IDEA_NUMBER, "NG-" + id, Var.IDEA_TITLE, "An idea", Var.PARTNERSHIP, "NG",
                        Var.SUBMITTER, "pat"));
        return instance.getId();
    }

    /**
     * The path of Fruition's lifecycle benchmark: screened in, estimated by both sides, approved by the whole board
     * without a sponsor, planned, reported finished, accepted, the benefits review's timer fired, both benefits
     * recorded. Returns whether the instance ended (REALISED).
     */
    public boolean driveToRealised(String instance) {
        fakes.get().valuation.oneOffCost = 4_000;
        complete(instance, Element.SCREEN_IDEA, Map.of(Var.SCREENING_DECISION, "ACCEPT"));
        complete(instance, Element.ESTIMATE_CUSTOMER_VALUE, estimate(60_000));
        complete(instance, Element.ESTIMATE_SUPPLIER_VALUE, estimate(40_000));
        for (Task vote : tasks(instance, Element.BOARD_VOTE)) {
            engine.getTaskService().complete(vote.getId(), Map.of(Var.VOTE, "APPROVE", Var.VOTE_REASON, "Because."));
        }
        complete(instance, DeliveryElement.PLAN_DELIVERY, Map.of(Var.DELIVERY_TARGET_DATE, "2027-03-31",
                Var.MILESTONES, "2027-01-15 Pilot"));
        complete(instance, DeliveryElement.REPORT_PROGRESS, Map.of(Var.RAG, "GREEN", Var.PERCENT_COMPLETE, 100L,
                Var.PROGRESS_SUMMARY, "Live everywhere.", Var.DELIVERY_FINISHED, true));
        complete(instance, DeliveryElement.ACCEPT_DELIVERY, Map.of(Var.ACCEPTANCE, "ACCEPT"));
        Job review = engine.getManagementService().createJobQuery().processInstanceId(instance)
                .activityId(Element.BENEFITS_REVIEW_DUE).singleResult();
        engine.getManagementService().executeJob(review.getId());
        complete(instance, Element.RECORD_CUSTOMER_BENEFIT, Map.of(Var.REALISED_BENEFIT, 55_000L));
        complete(instance, Element.RECORD_SUPPLIER_BENEFIT, Map.of(Var.REALISED_BENEFIT, 30_000L));
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count() == 0;
    }

    private void complete(String rootInstance, String element, Map<String, Object> variables) {
        List<Task> found = tasks(rootInstance, element);
        if (found.size() != 1) {
            throw new IllegalStateException(found.size() + " open tasks at " + element + " of " + rootInstance);
        }
        engine.getTaskService().complete(found.get(0).getId(), variables);
    }

    /** Open tasks at {@code element} of the instance or of the delivery it called. */
    private List<Task> tasks(String rootInstance, String element) {
        RuntimeService runtime = engine.getRuntimeService();
        TaskService tasks = engine.getTaskService();
        List<String> instances = new ArrayList<>(List.of(rootInstance));
        runtime.createProcessInstanceQuery().superProcessInstanceId(rootInstance).list()
                .forEach(called -> instances.add(called.getId()));
        return tasks.createTaskQuery().processInstanceIdIn(instances.toArray(String[]::new))
                .taskDefinitionKey(element).list();
    }

    private static Map<String, Object> estimate(long likely) {
        return Map.of(Var.BENEFIT_LOW, likely / 2, Var.BENEFIT_LIKELY, likely, Var.BENEFIT_HIGH, likely * 2,
                Var.ONE_OFF_COST, 2_000L, Var.EFFORT_DAYS, 20L, Var.MONTHS_TO_VALUE, 3L, Var.CONFIDENCE, "MEDIUM",
                Var.RATIONALE, "From last year's ticket numbers.");
    }

    @Override
    public void close() {
        fakes.remove();
        Mocks.reset();
        engine.close();
    }
}
