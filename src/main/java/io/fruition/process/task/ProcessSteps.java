package io.fruition.process.task;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drives an idea's process by step name, for trusted callers that know which idea they mean: the demo data
 * and the application's tests. Users act through {@link TaskActions}, which checks who they are.
 */
@Service
public class ProcessSteps {

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final TaskActions taskActions;

    ProcessSteps(TaskService taskService, RuntimeService runtimeService, ManagementService managementService,
            TaskActions taskActions) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.taskActions = taskActions;
    }

    /** The id of the (first) open task at this step of the idea. */
    public String taskIdAt(String ideaNumber, String elementId) {
        return openTasks(ideaNumber, elementId).stream().findFirst().map(Task::getId)
                .orElseThrow(() -> new IllegalStateException(ideaNumber + " has no open task at " + elementId + "."));
    }

    /** The users to whom the open tasks of one step of an idea are assigned (vote tasks: one per voter). */
    public List<String> assigneesAt(String ideaNumber, String elementId) {
        return openTasks(ideaNumber, elementId).stream().map(Task::getAssignee).toList();
    }

    public boolean isWaitingAt(String ideaNumber, String elementId) {
        return !openTasks(ideaNumber, elementId).isEmpty()
                || runtimeService.createExecutionQuery().processInstanceBusinessKey(ideaNumber)
                        .activityId(elementId).count() > 0;
    }

    /** Completes the user's task at this step of the idea, as the user (claiming it when it is offered to a group). */
    @Transactional
    public void complete(String username, String ideaNumber, String elementId, Map<String, Object> variables) {
        Task task = openTasksOf(username, ideaNumber, elementId).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException(ideaNumber + " has no open task at " + elementId + " for " + username + "."));
        taskActions.complete(username, task.getId(), variables);
    }

    /** The id of the user's open task at this step of the idea. */
    public String taskIdOf(String username, String ideaNumber, String elementId) {
        return openTasksOf(username, ideaNumber, elementId).stream().findFirst().map(Task::getId)
                .orElseThrow(() -> new IllegalStateException(ideaNumber + " has no open task at " + elementId + " for " + username + "."));
    }

    /** Whether the user has (or may claim) an open task at this step of the idea. */
    public boolean isOpenTo(String username, String ideaNumber, String elementId) {
        return !openTasksOf(username, ideaNumber, elementId).isEmpty();
    }

    private List<Task> openTasksOf(String username, String ideaNumber, String elementId) {
        List<String> instances = instancesOf(ideaNumber);
        if (instances.isEmpty()) {
            return List.of();
        }
        return taskService.createTaskQuery().processInstanceIdIn(instances.toArray(String[]::new))
                .taskDefinitionKey(elementId)
                .or().taskAssignee(username).taskCandidateUser(username).endOr()
                .orderByTaskCreateTime().asc().list();
    }

    @Transactional
    public void claim(String username, String ideaNumber, String elementId) {
        Task task = openTasks(ideaNumber, elementId).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException(ideaNumber + " has no open task at " + elementId + "."));
        taskActions.claim(username, task.getId());
    }

    /** Fires the timer waiting at this element of the idea's process (or its delivery) now, as if its time had come. */
    @Transactional
    public void fireTimer(String ideaNumber, String elementId) {
        Job job = instancesOf(ideaNumber).stream()
                .flatMap(id -> managementService.createJobQuery().processInstanceId(id).activityId(elementId).list().stream())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(ideaNumber + " has no timer at " + elementId + "."));
        managementService.executeJob(job.getId());
    }

    private List<Task> openTasks(String ideaNumber, String elementId) {
        List<String> instances = instancesOf(ideaNumber);
        if (instances.isEmpty()) {
            return List.of();
        }
        return taskService.createTaskQuery().processInstanceIdIn(instances.toArray(String[]::new))
                .taskDefinitionKey(elementId).orderByTaskCreateTime().asc().list();
    }

    /** The idea's lifecycle instance and its delivery instance share the idea number as business key. */
    private List<String> instancesOf(String ideaNumber) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(ideaNumber).list().stream()
                .map(ProcessInstance::getId).toList();
    }
}
