package io.fruition.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** bpmn/partnership-calendar.bpmn: every morning at 6 the engine begins due pulse rounds and reviews commitments. */
@Deployment(resources = "bpmn/partnership-calendar.bpmn")
class PartnershipCalendarProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.withFullCoverage("partnership-calendar-tests");

    final List<String> calls = new ArrayList<>();

    @BeforeEach
    void registerFakes() {
        ClockUtil.setCurrentTime(LifecycleFakes.at(2026, 12, 7, 9));
        Mocks.register("calendar", new Calendar());
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    public class Calendar {
        public void openDueRounds(DelegateExecution execution) {
            calls.add("openDueRounds");
        }

        public void reviewCommitments(DelegateExecution execution) {
            calls.add("reviewCommitments");
        }
    }

    @Test
    void every_morning_at_six_due_rounds_begin_and_the_commitments_are_reviewed_in_no_partnerships_name() {
        Job morning = engine.getManagementService().createJobQuery().processDefinitionKey(PulseProcess.CALENDAR_KEY)
                .timers().singleResult();
        assertThat(morning.getDuedate()).as("the next morning at 6").isEqualTo(LifecycleFakes.at(2026, 12, 8, 6));
        assertThat(morning.getTenantId()).isNull();

        ClockUtil.setCurrentTime(LifecycleFakes.at(2026, 12, 8, 6));
        engine.getManagementService().executeJob(morning.getId());

        assertThat(calls).containsExactly("openDueRounds", "reviewCommitments");
        HistoricProcessInstance run = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(PulseProcess.CALENDAR_KEY).singleResult();
        assertThat(run.getEndTime()).isNotNull();
        assertThat(run.getTenantId()).as("the calendar carries no partnership's data").isNull();
        Job next = engine.getManagementService().createJobQuery().processDefinitionKey(PulseProcess.CALENDAR_KEY)
                .timers().singleResult();
        assertThat(next.getDuedate()).as("and again the next morning").isEqualTo(LifecycleFakes.at(2026, 12, 9, 6));
    }
}
