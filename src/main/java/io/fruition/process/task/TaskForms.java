package io.fruition.process.task;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import io.fruition.form.FormComponent;
import io.fruition.form.FormSchema;
import io.fruition.partnership.Membership;
import io.fruition.partnership.Partnerships;
import io.fruition.process.IdeaProcess;
import io.fruition.process.engine.StepFormContext;
import io.fruition.process.task.TaskActions.TaskNotAvailableException;
import io.fruition.wording.Formats;

/**
 * A task with its Camunda Form (the form-js schema deployed with the process) and the variables it is shown
 * with; and completing it with values the server has checked against that same schema.
 */
@Service
public class TaskForms {

    private static final int MAX_ATTEMPTS = 5;

    private final TaskService taskService;
    private final FormService formService;
    private final TaskInbox inbox;
    private final TaskActions actions;
    private final Partnerships partnerships;
    private final TransactionTemplate transaction;

    /** The user task property naming what completing it does. */
    static final String ACTION = "action";
    static final String DEFAULT_ACTION = "Complete";

    private final RepositoryService repositoryService;
    private final StepFormContext formContext;

    TaskForms(TaskService taskService, FormService formService, TaskInbox inbox, TaskActions actions,
            Partnerships partnerships, TransactionTemplate transaction,
            RepositoryService repositoryService,
            StepFormContext formContext) {
        this.repositoryService = repositoryService;
        this.formContext = formContext;
        this.transaction = transaction;
        this.taskService = taskService;
        this.formService = formService;
        this.inbox = inbox;
        this.actions = actions;
        this.partnerships = partnerships;
    }

    /** A task as its view needs it, for a user who may claim or complete it. */
    public record TaskForm(TaskSummary task, FormSchema schema, Map<String, Object> variables, long ideaId,
            String action) {

        public boolean assignedTo(String username) {
            return username.equals(task.assignee());
        }
    }

    /**
     * The task if the user may work on it (its assignee or one of its candidates); empty for a task that is gone
     * or someone else's. Its variables are the form's context, which may hold what only its candidates may read
     * (the chair's view of the votes), so nobody else opens it.
     */
    @Transactional(readOnly = true)
    public Optional<TaskForm> open(String username, String taskId) {
        return open(username, taskId, Formats.HOME);
    }

    /** The same, with the dates and amounts the form's choices show written for the reader's locale. */
    @Transactional(readOnly = true)
    public Optional<TaskForm> open(String username, String taskId, Locale reader) {
        Optional<TaskSummary> task = inbox.find(username, taskId);
        if (task.isEmpty() || !actions.mayDo(username, taskId)) {
            return Optional.empty();
        }
        Map<String, Object> variables = new HashMap<>(taskService.getVariables(taskId));
        variables.putAll(formContext.context(task.get().stepKey(), variables, reader));
        Long ideaId = IdeaProcess.IDEA_ID.from(variables);
        return Optional.of(new TaskForm(task.get(), schema(taskId), variables,
                ideaId == null ? -1 : ideaId, actionOf(taskId)));
    }

    /**
     * A task as another system reads it (the JSON API): what it is, what completing it does, its form as the
     * form-js JSON deployed with the process, and the values that form shows, which are the variables it refers
     * to (its fields, its lists of choices, its expressions and templates) and nothing else the process holds.
     */
    public record TaskDocument(TaskSummary task, String action, String formJson, Map<String, Object> values) {
    }

    @Transactional(readOnly = true)
    public Optional<TaskDocument> document(String username, String taskId) {
        return open(username, taskId).map(form -> {
            String json = formJson(taskId);
            Map<String, Object> values = new TreeMap<>();
            Set<String> referenced = referencedBy(form.schema(), json);
            form.variables().forEach((name, value) -> {
                if (referenced.contains(name)) {
                    values.put(name, plain(value));
                }
            });
            return new TaskDocument(form.task(), form.action(), json, values);
        });
    }

    /** Names a form refers to: its fields' top-level keys, its lists of choices, the names in its expressions. */
    static Set<String> referencedBy(FormSchema schema, String json) {
        Set<String> names = new TreeSet<>();
        schema.fields().forEach(f -> names.add(f.path().split("\\.")[0]));
        collectValuesKeys(schema.components(), names);
        Matcher expression = EXPRESSION.matcher(json);
        while (expression.find()) {
            Matcher word = NAME.matcher(expression.group(1) != null ? expression.group(1) : expression.group(2));
            while (word.find()) {
                names.add(word.group());
            }
        }
        return names;
    }

    /** A FEEL expression ("=…") or a template's placeholder ("{{…}}") in the form's JSON text. */
    private static final Pattern EXPRESSION = Pattern.compile("\"=((?:[^\"\\\\]|\\\\.)*)\"|\\{\\{(.*?)\\}\\}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private static void collectValuesKeys(List<FormComponent> components, Set<String> names) {
        for (FormComponent c : components) {
            if (c.valuesKey() != null) {
                names.add(c.valuesKey().split("\\.")[0]);
            }
            if (c.components() != null) {
                collectValuesKeys(c.components(), names);
            }
        }
    }

    /** A variable as JSON writes it: dates as instants, lists and maps item by item, anything else as text. */
    static Object plain(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Date date) {
            return date.toInstant();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> plain = new LinkedHashMap<>();
            map.forEach((k, v) -> plain.put(String.valueOf(k), plain(v)));
            return plain;
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(TaskForms::plain).toList();
        }
        return value.toString();
    }

    /**
     * Completes the task with the submitted values. Only the assignee completes: a task claimed or completed by
     * someone else meanwhile is refused with a plain message. The engine checks the values against the task's
     * form (the check every route to the engine passes) and refuses them with the problems of each field.
     * <p>
     * Two people may complete tasks of one process at the same moment (two board members voting, on one node or
     * two): the engine then refuses one of the two commits to keep the process consistent. That one is simply
     * done again, with the state the other left, so nobody is shown a conflict they did not cause.
     */
    public void complete(String username, String taskId, Map<String, Object> submitted) {
        for (int attempt = 1; ; attempt++) {
            try {
                transaction.executeWithoutResult(status -> completeOnce(username, taskId, submitted));
                return;
            } catch (OptimisticLockingException collided) {
                if (attempt == MAX_ATTEMPTS) {
                    throw collided;
                }
                pause(attempt);
            }
        }
    }

    private void completeOnce(String username, String taskId, Map<String, Object> submitted) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null || !actions.mayDo(username, taskId)) {
            throw new TaskNotAvailableException(
                    "This task is no longer open to you: it was completed or reassigned in the meantime.");
        }
        if (!username.equals(task.getAssignee())) {
            throw new TaskNotAvailableException(task.getAssignee() == null ? "Claim the task before completing it."
                    : "This task is assigned to " + task.getAssignee() + " now.");
        }
        actions.complete(username, taskId, submitted);
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(10, 50L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The members of the task's partnership who may do it, for handing it on. */
    @Transactional(readOnly = true)
    public List<String> candidatesFor(String username, String taskId) {
        TaskSummary task = inbox.find(username, taskId).orElseThrow(() -> new TaskNotAvailableException(
                "This task is no longer open to you."));
        return partnerships.membersOf(task.partnershipPrefix()).stream().map(Membership::username)
                .filter(u -> !u.equals(username) && actions.mayDo(u, taskId)).sorted().toList();
    }

    /**
     * What completing the task does, in words for its button ("Submit the estimate"): the {@code action} property
     * the model gives the user task; "Complete" where it gives none.
     */
    private String actionOf(String taskId) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            return DEFAULT_ACTION;
        }
        ModelElementInstance element = repositoryService
                .getBpmnModelInstance(task.getProcessDefinitionId()).getModelElementById(task.getTaskDefinitionKey());
        if (!(element instanceof BaseElement base)
                || base.getExtensionElements() == null) {
            return DEFAULT_ACTION;
        }
        return base.getExtensionElements().getElementsQuery()
                .filterByType(CamundaProperties.class).list().stream()
                .flatMap(p -> p.getCamundaProperties().stream())
                .filter(p -> ACTION.equals(p.getCamundaName()) && p.getCamundaValue() != null)
                .map(CamundaProperty::getCamundaValue)
                .findFirst().orElse(DEFAULT_ACTION);
    }

    private FormSchema schema(String taskId) {
        return FormSchema.parse(formJson(taskId));
    }

    private String formJson(String taskId) {
        try (InputStream form = formService.getDeployedTaskForm(taskId)) {
            return new String(form.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | ProcessEngineException e) {
            throw new IllegalStateException("The form of this task could not be loaded: " + e.getMessage(), e);
        }
    }
}
