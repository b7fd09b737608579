package io.fruition.process.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.BytesValue;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.PrimitiveValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

import io.fruition.form.FormRejectedException;
import io.fruition.form.FormSchema;
import io.fruition.form.FormValidator;
import io.fruition.shared.InvalidInputException;
import io.fruition.wording.Formats;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Completing a task, by whichever route: Fruition's task view, {@code /engine-rest}, Camunda's Tasklist. One
 * engine command checks that the caller may work on the task, claims it for them if nobody holds it, checks the
 * submitted values against the task's own Camunda Form (the same {@link FormValidator} the task view shows
 * errors from), and completes it; a refusal anywhere rolls back everything, so nothing is half-written.
 * <p>
 * A step the model marks {@code confidential} (an estimate, a vote) keeps its values out of the engine: they
 * reach the step's listeners as transient variables, which the feature stores in its own tables, and are never
 * written to the engine's runtime or history tables, where other members could read them.
 */
final class TaskCompletions {

    private static final String JSON_FORMAT = "application/json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The extension property of a user task whose submitted values the engine must not keep. */
    static final String CONFIDENTIAL = "confidential";

    enum Way {
        COMPLETE, SUBMIT_FORM, RESOLVE
    }

    private final FormValidator validator;
    private final StepInputRules rules;
    private final StepFormContext forms;

    TaskCompletions(FormValidator validator, StepInputRules rules, StepFormContext forms) {
        this.validator = validator;
        this.rules = rules;
        this.forms = forms;
    }

    Command<VariableMap> completion(String taskId, Map<String, Object> submitted, Way way, boolean returnVariables,
            boolean deserialize) {
        return context -> {
            TaskEntity task = EngineAccess.openTask(context, taskId);
            for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
                checker.checkTaskWork(task);
            }
            String user = context.getAuthenticatedUserId();
            if (user != null && !EngineAccess.isOperator(context)) {
                if (task.getAssignee() == null) {
                    task.setAssignee(user);
                } else if (!user.equals(task.getAssignee())) {
                    throw EngineRefusal.conflict("This task is assigned to " + task.getAssignee()
                            + "; only they can complete it.");
                }
            }
            VariableMap values = checked(context, task, submitted);
            // A list (the ticks of a checklist) is not a value the engine keeps without a serializer: the step's
            // listeners read it as a transient variable and store what it says in the feature's own tables.
            for (String name : List.copyOf(values.keySet())) {
                if (values.get(name) instanceof Collection<?> list) {
                    values.remove(name);
                    task.setVariableLocal(name, Variables.untypedValue(List.copyOf(list), true));
                }
            }
            boolean confidential = isConfidential(task);
            if (confidential) {
                values.forEach((name, value) -> task.setVariableLocal(name, Variables.untypedValue(value, true)));
                values = Variables.createVariables();
            }
            VariableMap input = values;
            try {
                // The caller's right to the task is checked above; the steps behind it run as the application.
                return context.runWithoutAuthorization(() -> switch (way) {
                    case COMPLETE -> new CompleteTaskCmd(taskId, input, returnVariables, deserialize).execute(context);
                    case SUBMIT_FORM -> new SubmitTaskFormCmd(taskId, input, returnVariables, deserialize).execute(context);
                    case RESOLVE -> {
                        new ResolveTaskCmd(taskId, input).execute(context);
                        yield null;
                    }
                });
            } catch (RuntimeException e) {
                RuntimeException refusal = EngineRefusal.unwrap(e);
                throw refusal instanceof InvalidInputException invalid ? EngineRefusal.invalid(invalid) : refusal;
            }
        };
    }

    /** The submitted values as the task's form accepts them, or a refusal naming every field's problems. */
    private VariableMap checked(CommandContext context, TaskEntity task, Map<String, Object> submitted) {
        Map<String, Object> plain = new LinkedHashMap<>();
        Map<String, List<String>> wrongTypes = new LinkedHashMap<>();
        VariableMap typed = submitted == null ? Variables.createVariables() : Variables.fromMap(submitted);
        for (String name : typed.keySet()) {
            TypedValue value = typed.getValueTyped(name);
            if (value == null || value.getType() == null || value instanceof PrimitiveValue<?> && !(value instanceof BytesValue)) {
                // A plain Java value (our task view) or a primitive typed one (REST): the form checks its type.
                plain.put(name, value == null ? null : value.getValue());
            } else if (value instanceof ObjectValue object && !object.isDeserialized()
                    && JSON_FORMAT.equals(object.getSerializationDataFormat())) {
                // A repeating section's items from a REST client, as JSON text: read as plain lists and maps, never
                // as Java objects, and checked by the form like the task view's.
                try {
                    plain.put(name, JSON.readValue(object.getValueSerialized(), Object.class));
                } catch (IOException | RuntimeException e) {
                    wrongTypes.put(name, List.of("This value is not valid JSON."));
                }
            } else {
                wrongTypes.put(name, List.of("This field takes text, a number, a date or a yes/no, not an object or a file."));
            }
        }
        if (!wrongTypes.isEmpty()) {
            throw EngineRefusal.invalid(new FormRejectedException(wrongTypes));
        }
        FormSchema schema = schemaOf(context, task);
        if (schema == null) {
            if (!plain.isEmpty()) {
                Map<String, List<String>> errors = new LinkedHashMap<>();
                plain.keySet().forEach(k -> errors.put(k, List.of("This step has no form, so it takes no values.")));
                throw EngineRefusal.invalid(new FormRejectedException(errors));
            }
            return Variables.createVariables();
        }
        Map<String, Object> shown = new HashMap<>(task.getVariables());
        // The labels do not matter here, only the values offered: the home locale writes them.
        shown.putAll(forms.context(task.getTaskDefinitionKey(), shown, Formats.HOME));
        FormValidator.Result result = validator.validate(schema, plain, shown);
        Map<String, List<String>> ruleProblems = rules.problems(task.getTaskDefinitionKey(), plain);
        if (!result.valid() || !ruleProblems.isEmpty()) {
            throw EngineRefusal.invalid(FormRejectedException.together(schema, result.errors(), ruleProblems));
        }
        return Variables.fromMap(new LinkedHashMap<>(result.values()));
    }

    private static FormSchema schemaOf(CommandContext context, TaskEntity task) {
        InputStream form;
        try {
            form = context.runWithoutAuthorization(new GetDeployedTaskFormCmd(task.getId()));
        } catch (NotFoundException e) {
            throw new ProcessEngineException("The form of task " + task.getId() + " is not deployed.", e);
        } catch (BadUserRequestException e) {
            return null; // the step has no form
        }
        try (InputStream in = form) {
            return FormSchema.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            throw new ProcessEngineException("The form of task " + task.getId() + " cannot be read.", e);
        }
    }

    /** Whether the model marks this user task as one whose values only their own audience may read. */
    static boolean isConfidential(TaskEntity task) {
        FlowElement element = task.getBpmnModelElementInstance();
        if (element == null || element.getExtensionElements() == null) {
            return false;
        }
        return element.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(p -> p.getCamundaProperties().stream())
                .anyMatch(p -> CONFIDENTIAL.equals(((CamundaProperty) p).getCamundaName())
                        && "true".equals(((CamundaProperty) p).getCamundaValue()));
    }
}
