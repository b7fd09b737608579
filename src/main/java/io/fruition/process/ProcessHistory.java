package io.fruition.process;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the engine remembers of an idea's steps: who did which task when, and what is open now. */
@Service
@Transactional(readOnly = true)
public class ProcessHistory {

    private final HistoryService history;

    ProcessHistory(HistoryService history) {
        this.history = history;
    }

    /** A human step of an idea's lifecycle or delivery: finished ({@code ended} set) or open. */
    public record Step(String name, String stepKey, String assignee, Instant started, Instant ended, Instant due) {

        public boolean open() {
            return ended == null;
        }
    }

    /** Every human step of the idea (lifecycle and delivery), oldest first. */
    public List<Step> stepsOf(String ideaNumber) {
        List<String> instances = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(ideaNumber)
                .list().stream().map(HistoricProcessInstance::getId).toList();
        List<Step> steps = new ArrayList<>();
        for (String instance : instances) {
            for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().processInstanceId(instance).list()) {
                if ("deleted".equals(task.getDeleteReason())) {
                    continue;
                }
                steps.add(new Step(task.getName(), task.getTaskDefinitionKey(), task.getAssignee(),
                        task.getStartTime().toInstant(), task.getEndTime() == null ? null : task.getEndTime().toInstant(),
                        task.getDueDate() == null ? null : task.getDueDate().toInstant()));
            }
        }
        steps.sort(Comparator.comparing(Step::started));
        return steps;
    }
}
