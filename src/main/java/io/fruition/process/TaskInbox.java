package io.fruition.process;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;

import io.fruition.partnership.Membership;
import io.fruition.partnership.Partnerships;

/**
 * The open tasks a user can act on: assigned to them, or offered to them or to one of their groups. The query
 * is limited to the tenants (partnerships) the user belongs to, whatever the groups say.
 */
@Service
public class TaskInbox {

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final Partnerships partnerships;

    TaskInbox(TaskService taskService, RuntimeService runtimeService, Partnerships partnerships) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.partnerships = partnerships;
    }

    public List<TaskSummary> openTasksOf(String username, int max) {
        TaskQuery query = queryFor(username);
        if (query == null) {
            return List.of();
        }
        List<Task> tasks = query.orderByDueDate().asc().orderByTaskCreateTime().asc().listPage(0, max);
        Map<String, String> businessKeys = businessKeysOf(tasks);
        return tasks.stream().map(t -> summary(t, businessKeys.get(t.getProcessInstanceId()))).toList();
    }

    public long countOpenTasksOf(String username) {
        TaskQuery query = queryFor(username);
        return query == null ? 0 : query.count();
    }

    private TaskQuery queryFor(String username) {
        String[] tenants = partnerships.membershipsOf(username).stream()
                .map(Membership::partnershipPrefix).toArray(String[]::new);
        if (tenants.length == 0) {
            return null;
        }
        return taskService.createTaskQuery()
                .tenantIdIn(tenants)
                .active()
                .or().taskAssignee(username).taskCandidateUser(username).endOr();
    }

    /** One query for the ideas (business keys) behind a page of tasks. */
    private Map<String, String> businessKeysOf(List<Task> tasks) {
        Set<String> ids = tasks.stream().map(Task::getProcessInstanceId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, String> keys = new HashMap<>();
        if (!ids.isEmpty()) {
            for (ProcessInstance instance : runtimeService.createProcessInstanceQuery().processInstanceIds(ids).list()) {
                keys.put(instance.getId(), instance.getBusinessKey());
            }
        }
        return keys;
    }

    private static TaskSummary summary(Task task, String ideaNumber) {
        return new TaskSummary(task.getId(), task.getName(), task.getTaskDefinitionKey(), ideaNumber,
                task.getTenantId(),
                task.getCreateTime() == null ? null : task.getCreateTime().toInstant(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                task.getAssignee());
    }
}
