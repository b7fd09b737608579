package io.fruition.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/** The one list of user steps holds every user task of the models, each once, and nothing else. */
class UserStepsTest {

    @Test
    void the_list_of_user_steps_is_exactly_the_models_user_tasks() {
        List<String> inModels = new ArrayList<>();
        for (String model : List.of("bpmn/idea-lifecycle.bpmn", "bpmn/idea-delivery.bpmn")) {
            Bpmn.readModelFromFile(new File(model)).getModelElementsByType(UserTask.class)
                    .forEach(task -> inModels.add(task.getId()));
        }
        assertThat(IdeaProcess.USER_STEPS).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(inModels);
    }

    @Test
    void the_pulses_list_of_user_steps_is_exactly_its_models_user_tasks() {
        List<String> inModel = new ArrayList<>();
        Bpmn.readModelFromFile(new File("bpmn/relationship-pulse.bpmn")).getModelElementsByType(UserTask.class)
                .forEach(task -> inModel.add(task.getId()));
        assertThat(PulseProcess.USER_STEPS).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(inModel);
    }
}
