package io.fruition.process;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.fruition.shared.InvalidInputException;

/** Claiming and completing tasks on behalf of a user, refusing users who are not the task's candidates. */
@Service
public class TaskActions {

    private final TaskService taskService;
    private final Actors actors;

    TaskActions(TaskService taskService, Actors actors) {
        this.taskService = taskService;
        this.actors = actors;
    }

    @Transactional
    public void claim(String username, String taskId) {
        Task task = visibleTask(username, taskId);
        if (task.getAssignee() != null && !task.getAssignee().equals(username)) {
            throw new TaskNotAvailableException("This task is already assigned to " + task.getAssignee() + ".");
        }
        if (task.getAssignee() == null) {
            taskService.claim(taskId, username);
        }
    }

    /** Completes the task as the user, claiming it first when it is still offered to a group. */
    @Transactional
    public void complete(String username, String taskId, Map<String, Object> variables) {
        claim(username, taskId);
        try {
            actors.as(username, () -> taskService.complete(taskId, variables));
        } catch (ProcessEngineException e) {
            throw refusalIn(e);
        }
    }

    /**
     * A step's bean refused the task's input: the engine wraps the refusal in its own exception, which would
     * reach the user as a stack of engine messages. The refusal itself says what is wrong.
     */
    static RuntimeException refusalIn(ProcessEngineException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException refusal) {
                return refusal;
            }
        }
        return e;
    }

    private Task visibleTask(String username, String taskId) {
        Task task = taskService.createTaskQuery().taskId(taskId)
                .or().taskAssignee(username).taskCandidateUser(username).endOr()
                .singleResult();
        if (task == null) {
            throw new TaskNotAvailableException(
                    "This task is not open to you: it was completed, reassigned, or is for someone else.");
        }
        return task;
    }

    public static class TaskNotAvailableException extends IllegalStateException {
        TaskNotAvailableException(String message) {
            super(message);
        }
    }
}
