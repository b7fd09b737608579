package io.fruition.process.task;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;

import io.fruition.idea.Idea;
import io.fruition.idea.Ideas;
import io.fruition.partnership.Membership;
import io.fruition.partnership.Partnerships;
import io.fruition.process.PulseProcess;
import io.fruition.process.UserSteps;

/**
 * The open tasks a user can act on: assigned to them, or offered to them or to one of their groups. The query
 * is limited to the tenants (partnerships) the user belongs to, whatever the groups say.
 */
@Service
public class TaskInbox {

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final Partnerships partnerships;
    private final Ideas ideas;
    private final Clock clock;
    private final UserSteps userSteps;

    TaskInbox(TaskService taskService, RuntimeService runtimeService, Partnerships partnerships, Ideas ideas,
            Clock clock, UserSteps userSteps) {
        this.userSteps = userSteps;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.partnerships = partnerships;
        this.ideas = ideas;
        this.clock = clock;
    }

    /**
     * One page of the user's inbox, sorted and filtered in the engine's query: only that page is loaded, never
     * all tasks.
     */
    public List<TaskSummary> page(String username, InboxQuery query, int offset, int limit) {
        if (query.scope() == InboxQuery.Scope.WORK) {
            return workPage(username, query, offset, limit);
        }
        TaskQuery taskQuery = queryFor(username, query);
        if (taskQuery == null) {
            return List.of();
        }
        return summaries(sorted(taskQuery, query.sort()).listPage(offset, limit));
    }

    /** "My work" is two lists read as one: the tasks assigned to me, then the ones offered to me. */
    private List<TaskSummary> workPage(String username, InboxQuery query, int offset, int limit) {
        TaskQuery mine = queryFor(username, query.inScope(InboxQuery.Scope.MINE));
        if (mine == null) {
            return List.of();
        }
        long mineCount = mine.count();
        List<Task> tasks = new ArrayList<>();
        if (offset < mineCount) {
            tasks.addAll(sorted(mine, query.sort()).listPage(offset, (int) Math.min(limit, mineCount - offset)));
        }
        int remaining = limit - tasks.size();
        if (remaining > 0) {
            TaskQuery offered = queryFor(username, query.inScope(InboxQuery.Scope.OFFERED));
            tasks.addAll(sorted(offered, query.sort()).listPage((int) Math.max(0, offset - mineCount), remaining));
        }
        return summaries(tasks);
    }

    private static TaskQuery sorted(TaskQuery taskQuery, InboxQuery.Sort sort) {
        switch (sort) {
            case CREATED -> taskQuery.orderByTaskCreateTime().desc();
            case PRIORITY -> taskQuery.orderByTaskPriority().desc().orderByDueDate().asc();
            case DUE -> taskQuery.orderByDueDate().asc().orderByTaskCreateTime().asc();
        }
        return taskQuery;
    }

    public long count(String username, InboxQuery query) {
        if (query.scope() == InboxQuery.Scope.WORK) {
            return count(username, query.inScope(InboxQuery.Scope.MINE))
                    + count(username, query.inScope(InboxQuery.Scope.OFFERED));
        }
        TaskQuery taskQuery = queryFor(username, query);
        return taskQuery == null ? 0 : taskQuery.count();
    }

    /** The steps (task definition keys and names) that tasks of the user's partnerships can be at. */
    public Map<String, String> steps() {
        return userSteps.names();
    }

    /** The task, if the user may see it (assigned to them, offered to them, or in one of their partnerships). */
    public Optional<TaskSummary> find(String username, String taskId) {
        TaskQuery taskQuery = queryFor(username, InboxQuery.of(InboxQuery.Scope.ALL));
        if (taskQuery == null || taskId == null) {
            return Optional.empty();
        }
        Task task = taskQuery.taskId(taskId).singleResult();
        return task == null ? Optional.empty() : Optional.of(summaries(List.of(task)).get(0));
    }

    public List<TaskSummary> openTasksOf(String username, int max) {
        TaskQuery query = queryFor(username);
        if (query == null) {
            return List.of();
        }
        return summaries(query.orderByDueDate().asc().orderByTaskCreateTime().asc().listPage(0, max));
    }

    /** What the navigation's badge says: exactly what the inbox's "My work" view lists. */
    public long countOpenTasksOf(String username) {
        return count(username, InboxQuery.of(InboxQuery.Scope.WORK));
    }

    private TaskQuery queryFor(String username) {
        String[] tenants = tenantsOf(username);
        if (tenants.length == 0) {
            return null;
        }
        return taskService.createTaskQuery()
                .tenantIdIn(tenants)
                .active()
                .or().taskAssignee(username).taskCandidateUser(username).endOr();
    }

    private TaskQuery queryFor(String username, InboxQuery query) {
        String[] tenants = tenantsOf(username);
        if (query.partnership() != null) {
            tenants = Arrays.stream(tenants).filter(query.partnership()::equals).toArray(String[]::new);
        }
        if (tenants.length == 0) {
            return null;
        }
        TaskQuery taskQuery = taskService.createTaskQuery().tenantIdIn(tenants).active();
        switch (query.scope()) {
            case MINE -> taskQuery.taskAssignee(username);
            case OFFERED -> taskQuery.taskCandidateUser(username);
            case ALL, WORK -> {
            }
        }
        if (query.stepKey() != null) {
            taskQuery.taskDefinitionKey(query.stepKey());
        }
        if (query.ideaNumber() != null) {
            taskQuery.processInstanceBusinessKey(query.ideaNumber());
        }
        Date now = Date.from(clock.instant());
        switch (query.due()) {
            case OVERDUE -> taskQuery.dueBefore(now);
            case THIS_WEEK -> taskQuery.dueAfter(now).dueBefore(Date.from(clock.instant()
                    .atZone(ZoneId.systemDefault()).toLocalDate()
                    .with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                    .atStartOfDay(ZoneId.systemDefault()).toInstant()));
            case ANY -> {
            }
        }
        return taskQuery;
    }

    private String[] tenantsOf(String username) {
        return partnerships.membershipsOf(username).stream().map(Membership::partnershipPrefix).toArray(String[]::new);
    }

    private List<TaskSummary> summaries(List<Task> tasks) {
        Map<String, String> businessKeys = businessKeysOf(tasks);
        Map<String, Idea> byNumber = businessKeys.isEmpty() ? Map.of()
                : ideas.byNumbers(businessKeys.values());
        return tasks.stream().map(t -> {
            String key = businessKeys.get(t.getProcessInstanceId());
            Optional<String> round = PulseProcess.roundLabel(key);
            if (round.isPresent()) {
                // A pulse round's task: about no idea; the round names it.
                return summary(t, null, round.get());
            }
            Idea idea = key == null ? null : byNumber.get(key);
            return summary(t, key, idea == null ? null : idea.getTitle());
        }).toList();
    }

    /** One query for the ideas (business keys) behind a page of tasks. */
    private Map<String, String> businessKeysOf(List<Task> tasks) {
        Set<String> ids = tasks.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, String> keys = new HashMap<>();
        if (!ids.isEmpty()) {
            for (ProcessInstance instance : runtimeService.createProcessInstanceQuery().processInstanceIds(ids).list()) {
                keys.put(instance.getId(), instance.getBusinessKey());
            }
        }
        return keys;
    }

    private static TaskSummary summary(Task task, String ideaNumber, String ideaTitle) {
        return new TaskSummary(task.getId(), task.getName(), task.getTaskDefinitionKey(), ideaNumber, ideaTitle,
                task.getTenantId(),
                task.getCreateTime() == null ? null : task.getCreateTime().toInstant(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                task.getFollowUpDate() == null ? null : task.getFollowUpDate().toInstant(),
                task.getAssignee(), task.getPriority());
    }
}
