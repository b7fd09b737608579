package io.fruition.process.task;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.fruition.process.engine.EngineRefusal;
import io.fruition.process.steps.Actors;
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
     * The task's form or a step's bean refused the input: the engine carries the refusal in its own exception,
     * which would reach the user as a stack of engine messages. The refusal itself says what is wrong.
     */
    static RuntimeException refusalIn(ProcessEngineException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException refusal) {
                return refusal;
            }
        }
        if (e instanceof EngineRefusal || e instanceof NotFoundException) {
            return new TaskNotAvailableException(e.getMessage());
        }
        return e;
    }

    /** Gives a claimed task back to its candidates. Only its assignee may. */
    @Transactional
    public void unclaim(String username, String taskId) {
        Task task = visibleTask(username, taskId);
        if (!username.equals(task.getAssignee())) {
            throw new TaskNotAvailableException("Only the task's assignee can give it back; it is assigned to "
                    + (task.getAssignee() == null ? "nobody" : task.getAssignee()) + ".");
        }
        taskService.setAssignee(taskId, null);
    }

    /**
     * Hands the task to another member who may do it (one of its candidates). The assignee may delegate; so may
     * a candidate of a task nobody has claimed yet.
     */
    @Transactional
    public void delegate(String username, String taskId, String to) {
        Task task = visibleTask(username, taskId);
        if (task.getAssignee() != null && !task.getAssignee().equals(username)) {
            throw new TaskNotAvailableException("This task is assigned to " + task.getAssignee() + "; only they can hand it on.");
        }
        if (to == null || to.isBlank() || to.equals(username)) {
            throw new InvalidInputException("Choose another member to hand the task to.");
        }
        if (!mayDo(to, taskId)) {
            throw new InvalidInputException(to + " may not do this task: it is for "
                    + String.join(", ", candidateGroups(taskId)) + ".");
        }
        taskService.setAssignee(taskId, to);
    }

    /** Sets the due date and the follow-up date; only the assignee may. Null clears a follow-up date. */
    @Transactional
    public void schedule(String username, String taskId, Date due, Date followUp) {
        Task task = visibleTask(username, taskId);
        if (!username.equals(task.getAssignee())) {
            throw new TaskNotAvailableException("Claim the task to change its dates.");
        }
        if (due == null) {
            throw new InvalidInputException("A task keeps a due date.");
        }
        if (followUp != null && followUp.after(due)) {
            throw new InvalidInputException("The follow-up date must not be after the due date.");
        }
        task.setDueDate(due);
        task.setFollowUpDate(followUp);
        taskService.saveTask(task);
    }

    /** Whether the user is the assignee of the task or one of its candidates (directly or through a group). */
    public boolean mayDo(String username, String taskId) {
        return taskService.createTaskQuery().taskId(taskId).taskAssignee(username).count() > 0
                || taskService.createTaskQuery().taskId(taskId).taskCandidateUser(username).includeAssignedTasks()
                        .count() > 0;
    }

    private List<String> candidateGroups(String taskId) {
        return taskService.getIdentityLinksForTask(taskId).stream()
                .filter(l -> l.getGroupId() != null).map(l -> l.getGroupId()).toList();
    }

    private Task visibleTask(String username, String taskId) {
        Task task = taskId == null || !mayDo(username, taskId) ? null
                : taskService.createTaskQuery().taskId(taskId).singleResult();
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
