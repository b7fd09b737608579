package io.fruition.process;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * The user steps of the idea's processes by key, in the order an idea meets them ({@link IdeaProcess#USER_STEPS}),
 * then the pulse's ({@link PulseProcess#USER_STEPS}), each named as its deployed BPMN model names it, so a step
 * renamed in the model is renamed everywhere.
 */
@Component
public class UserSteps {

    private final RepositoryService repository;
    private volatile Map<String, String> names;

    UserSteps(RepositoryService repository) {
        this.repository = repository;
    }

    /** Step key to the model's name for it, in lifecycle order. */
    public Map<String, String> names() {
        Map<String, String> known = names;
        if (known == null) {
            Map<String, String> fromModels = new HashMap<>();
            for (String key : List.of(IdeaProcess.KEY, IdeaProcess.DELIVERY_KEY, PulseProcess.KEY)) {
                repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().list().stream()
                        .findFirst().map(ProcessDefinition::getId).map(repository::getBpmnModelInstance)
                        .ifPresent(model -> model.getModelElementsByType(UserTask.class)
                                .forEach(task -> fromModels.put(task.getId(), task.getName())));
            }
            List<String> all = new ArrayList<>(IdeaProcess.USER_STEPS);
            all.addAll(PulseProcess.USER_STEPS);
            Map<String, String> ordered = new LinkedHashMap<>();
            all.forEach(step -> ordered.put(step, fromModels.getOrDefault(step, step)));
            known = Collections.unmodifiableMap(ordered);
            if (fromModels.keySet().containsAll(all)) {
                names = known;
            }
        }
        return known;
    }
}
