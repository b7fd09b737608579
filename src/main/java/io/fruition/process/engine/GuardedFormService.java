package io.fruition.process.engine;

import java.util.Map;

import org.camunda.bpm.engine.impl.FormServiceImpl;
import org.camunda.bpm.engine.variable.VariableMap;

import io.fruition.process.engine.TaskCompletions.Way;

/** Submitting a task's form (what Camunda's Tasklist does) is completing it: the same {@link TaskCompletions}. */
class GuardedFormService extends FormServiceImpl {

    private final TaskCompletions completions;

    GuardedFormService(TaskCompletions completions) {
        this.completions = completions;
    }

    @Override
    public void submitTaskForm(String taskId, Map<String, Object> properties) {
        commandExecutor.execute(completions.completion(taskId, properties, Way.SUBMIT_FORM, false, false));
    }

    @Override
    public VariableMap submitTaskFormWithVariablesInReturn(String taskId, Map<String, Object> properties,
            boolean deserializeValues) {
        return commandExecutor.execute(
                completions.completion(taskId, properties, Way.SUBMIT_FORM, true, deserializeValues));
    }
}
