package io.fruition.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Walks every path of bpmn/idea-lifecycle.bpmn on a plain in-memory engine. The idea module is replaced by a
 * recorder of the statuses the model sets, so the test sees exactly what the process asks for.
 */
@Deployment(resources = {"bpmn/idea-lifecycle.bpmn", "forms/idea-screening.form"})
class IdeaLifecycleProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .useProcessEngine(buildEngine())
            .build();

    private final List<String> statuses = new ArrayList<>();

    @BeforeEach
    void registerCollaborators() {
        Mocks.register("ideaStatus", new StatusRecorder(statuses));
        Mocks.register("dueDates", new DueDates());
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void a_submitted_idea_waits_for_screening_by_the_partnerships_innovation_leads() {
        ProcessInstance instance = submit("NG", 42L);

        assertThat(instance).isStarted().isWaitingAt(IdeaProcess.Element.SCREEN_IDEA);
        assertThat(task(instance)).hasCandidateGroup("NG-INNOVATION_LEAD");
        assertThat(task(instance).getTenantId()).isEqualTo("NG");
        assertThat(task(instance).getDueDate()).isAfter(new Date());
        assertThat(statuses).containsExactly("IN_SCREENING");
    }

    @Test
    void an_accepted_idea_goes_on_to_valuation() {
        ProcessInstance instance = submit("NG", 1L);

        complete(task(instance), withVariables(IdeaProcess.Var.SCREENING_DECISION, "ACCEPT"));

        assertThat(instance).hasPassed(IdeaProcess.Element.SCREENING_DECISION)
                .hasPassed(IdeaProcess.Element.ACCEPTED).isEnded();
        assertThat(statuses).containsExactly("IN_SCREENING", "IN_VALUATION");
    }

    @Test
    void a_rejected_idea_ends_as_rejected() {
        ProcessInstance instance = submit("IR", 7L);

        complete(task(instance), withVariables(IdeaProcess.Var.SCREENING_DECISION, "REJECT",
                IdeaProcess.Var.REJECTION_REASON, "Already covered by the store-camera project."));

        assertThat(instance).hasPassed(IdeaProcess.Element.REJECTED).hasNotPassed(IdeaProcess.Element.ACCEPTED)
                .isEnded();
        assertThat(statuses).containsExactly("IN_SCREENING", "REJECTED");
    }

    @Test
    void every_instance_belongs_to_the_tenant_of_its_partnership() {
        submit("NG", 1L);
        submit("IR", 2L);

        assertThat(engine.getTaskService().createTaskQuery().tenantIdIn("IR").count()).isEqualTo(1);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().tenantIdIn("NG").count()).isEqualTo(1);
    }

    @Test
    void screening_is_due_five_working_days_after_submission() {
        // Friday noon: five working days later is the next Friday.
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(
                Date.from(java.time.LocalDateTime.of(2026, 11, 20, 12, 0)
                        .atZone(java.time.ZoneId.systemDefault()).toInstant()));
        try {
            ProcessInstance instance = submit("NG", 3L);
            assertThat(task(instance).getDueDate()).isEqualTo(Date.from(java.time.LocalDateTime.of(2026, 11, 27, 12, 0)
                    .atZone(java.time.ZoneId.systemDefault()).toInstant()));
        } finally {
            org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        }
    }

    private ProcessInstance submit(String partnership, long ideaId) {
        RuntimeService runtime = engine.getRuntimeService();
        return runtime.startProcessInstanceByKey(IdeaProcess.KEY, partnership + "-" + ideaId, Map.of(
                IdeaProcess.Var.IDEA_ID, ideaId,
                IdeaProcess.Var.IDEA_NUMBER, partnership + "-" + ideaId,
                IdeaProcess.Var.IDEA_TITLE, "An idea",
                IdeaProcess.Var.PARTNERSHIP, partnership,
                IdeaProcess.Var.SUBMITTER, "pat"));
    }

    private static ProcessEngine buildEngine() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        // Not "default": that name belongs to the application engine of the Spring tests in this JVM.
        configuration.setProcessEngineName("process-tests");
        configuration.setJdbcUrl("jdbc:h2:mem:idea-lifecycle-process-test;DB_CLOSE_DELAY=-1");
        configuration.setExpressionManager(new MockExpressionManager());
        configuration.setHistoryLevel(HistoryLevel.HISTORY_LEVEL_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setEnforceHistoryTimeToLive(true);
        configuration.getProcessEnginePlugins().add(new PartnershipTenants());
        return configuration.buildProcessEngine();
    }

    /** Stands in for the idea module: remembers every status the process sets. */
    public static class StatusRecorder extends IdeaStatusListener {
        private final List<String> statuses;

        StatusRecorder(List<String> statuses) {
            super(null);
            this.statuses = statuses;
        }

        @Override
        public void set(DelegateExecution execution, String status) {
            assertThat(IdeaProcess.ideaId(execution)).isPositive();
            statuses.add(status);
        }
    }
}
