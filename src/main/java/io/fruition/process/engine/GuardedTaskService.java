package io.fruition.process.engine;

import java.io.InputStream;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.variable.VariableMap;

import io.fruition.process.engine.TaskCompletions.Way;

/**
 * The engine's task service with Fruition's rules on every route: completing a task always passes
 * {@link TaskCompletions}; a member claims a task only for themselves and gives back only a task they hold;
 * throwing BPMN errors or escalations from a task (which would set variables past the form) and attaching files
 * to the engine are for administrators.
 */
class GuardedTaskService extends TaskServiceImpl {

    private final TaskCompletions completions;

    GuardedTaskService(TaskCompletions completions) {
        this.completions = completions;
    }

    @Override
    public void complete(String taskId, Map<String, Object> variables) {
        commandExecutor.execute(completions.completion(taskId, variables, Way.COMPLETE, false, false));
    }

    @Override
    public VariableMap completeWithVariablesInReturn(String taskId, Map<String, Object> variables,
            boolean deserializeValues) {
        return commandExecutor.execute(completions.completion(taskId, variables, Way.COMPLETE, true, deserializeValues));
    }

    @Override
    public void resolveTask(String taskId) {
        resolveTask(taskId, null);
    }

    @Override
    public void resolveTask(String taskId, Map<String, Object> variables) {
        commandExecutor.execute(completions.completion(taskId, variables, Way.RESOLVE, false, false));
    }

    @Override
    public void claim(String taskId, String userId) {
        commandExecutor.execute(context -> {
            TaskEntity task = EngineAccess.openTask(context, taskId);
            String caller = context.getAuthenticatedUserId();
            if (!EngineAccess.isOperator(context)) {
                if (userId == null && !caller.equals(task.getAssignee())) {
                    throw new AuthorizationException("Only the task's assignee can give it back.");
                }
                if (userId != null && !userId.equals(caller)) {
                    throw new AuthorizationException("You can claim a task only for yourself.");
                }
            }
            if (userId != null && task.getAssignee() != null && !task.getAssignee().equals(userId)) {
                throw EngineRefusal.conflict("This task is already claimed by " + task.getAssignee() + ".");
            }
            return new ClaimTaskCmd(taskId, userId).execute(context);
        });
    }

    /** A member may give back a task they hold (the REST API's "unclaim"); assigning to others needs more rights. */
    @Override
    public void setAssignee(String taskId, String userId) {
        commandExecutor.execute(context -> {
            TaskEntity task = EngineAccess.openTask(context, taskId);
            String caller = context.getAuthenticatedUserId();
            if (userId == null && caller != null && caller.equals(task.getAssignee())) {
                return new ClaimTaskCmd(taskId, null).execute(context);
            }
            return new AssignTaskCmd(taskId, userId).execute(context);
        });
    }

    @Override
    public void handleBpmnError(String taskId, String errorCode, String errorMessage, Map<String, Object> variables) {
        EngineAccess.operatorOnly(commandExecutor, "throw a BPMN error from a task",
                new HandleTaskBpmnErrorCmd(taskId, errorCode, errorMessage, variables));
    }

    @Override
    public void handleBpmnError(String taskId, String errorCode, String errorMessage) {
        handleBpmnError(taskId, errorCode, errorMessage, null);
    }

    @Override
    public void handleBpmnError(String taskId, String errorCode) {
        handleBpmnError(taskId, errorCode, null, null);
    }

    @Override
    public void handleEscalation(String taskId, String escalationCode, Map<String, Object> variables) {
        EngineAccess.operatorOnly(commandExecutor, "raise an escalation from a task",
                new HandleTaskEscalationCmd(taskId, escalationCode, variables));
    }

    @Override
    public void handleEscalation(String taskId, String escalationCode) {
        handleEscalation(taskId, escalationCode, null);
    }

    /** Files belong to ideas, with Fruition's limits; the engine's own attachment store is for administrators. */
    @Override
    public Attachment createAttachment(String attachmentType, String taskId, String processInstanceId,
            String attachmentName, String attachmentDescription, InputStream content) {
        return attachment(new CreateAttachmentCmd(attachmentType, taskId, processInstanceId, attachmentName,
                attachmentDescription, content, null));
    }

    @Override
    public Attachment createAttachment(String attachmentType, String taskId, String processInstanceId,
            String attachmentName, String attachmentDescription, String url) {
        return attachment(new CreateAttachmentCmd(attachmentType, taskId, processInstanceId, attachmentName,
                attachmentDescription, null, url));
    }

    private Attachment attachment(CreateAttachmentCmd command) {
        return EngineAccess.operatorOnly(commandExecutor, "attach files to tasks in the engine (attach them to the idea)",
                command);
    }
}
