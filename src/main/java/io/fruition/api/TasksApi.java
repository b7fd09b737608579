package io.fruition.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fruition.process.task.InboxQuery;
import io.fruition.process.task.TaskActions;
import io.fruition.process.task.TaskForms;
import io.fruition.process.task.TaskInbox;
import io.fruition.process.task.TaskSummary;
import io.fruition.shared.InvalidInputException;
import io.fruition.shared.NotFoundException;
import io.fruition.wording.Names;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Your tasks, as the inbox shows them, and doing them: read one with its form (the form-js schema the task view
 * shows) and its values, claim it, give it back, complete it with values checked exactly as the task view's are.
 * A task that is not yours to do, or of another partnership, is "not found".
 */
@RestController
@RequestMapping("/api/tasks")
@Tag(name = "Tasks", description = "Your tasks: read, claim, complete")
class TasksApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TaskInbox inbox;
    private final TaskForms forms;
    private final TaskActions actions;
    private final Names names;
    private final Clock clock;

    TasksApi(TaskInbox inbox, TaskForms forms, TaskActions actions, Names names, Clock clock) {
        this.inbox = inbox;
        this.forms = forms;
        this.actions = actions;
        this.names = names;
        this.clock = clock;
    }

    @Schema(description = "A task as the inbox shows it.")
    record Task(@Schema(example = "8f1c2b7e-4c1d-11f0-9d3a-0242ac120002", requiredMode = Schema.RequiredMode.REQUIRED)
            String id,
            @Schema(example = "Estimate the customer's value", requiredMode = Schema.RequiredMode.REQUIRED) String name,
            @Schema(description = "The step, the same for every idea.", example = "customerEstimate") String step,
            @Schema(description = "The idea it is about; none for a pulse round's task.", example = "NG-3")
            String idea,
            @Schema(description = "The idea's title, or the pulse round's name.") String title,
            @Schema(example = "NG", requiredMode = Schema.RequiredMode.REQUIRED) String partnership,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Instant created, Instant due, Instant followUp,
            @Schema(description = "Who has claimed it; nobody while it is offered.") Person assignee,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int priority,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) boolean overdue) {
    }

    @Schema(description = "A task with its form and the values the form shows.")
    record TaskDetail(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Task task,
            @Schema(description = "What completing it does, in words.", example = "Submit the estimate",
                    requiredMode = Schema.RequiredMode.REQUIRED) String action,
            @Schema(description = "The task's form: a form-js schema (https://bpmn.io/toolkit/form-js/). Its "
                    + "input fields' keys are what `completeTask` takes.", requiredMode = Schema.RequiredMode.REQUIRED)
            Map<String, Object> form,
            @Schema(description = "The variables the form refers to, by name: current values and lists of choices.",
                    requiredMode = Schema.RequiredMode.REQUIRED) Map<String, Object> values,
            @Schema(description = "Whether you have claimed it (needed to complete it).",
                    requiredMode = Schema.RequiredMode.REQUIRED) boolean claimed) {
    }

    @GetMapping(produces = "application/json")
    @Operation(operationId = "listTasks", summary = "Your tasks",
            description = "The inbox: by default the work you can do now (assigned to you first, then offered to "
                    + "you), soonest due first.")
    ApiPage<Task> list(Principal user,
            @RequestParam(defaultValue = "WORK") ApiOrders.TaskScope scope,
            @Parameter(description = "Only this partnership's tasks.", example = "NG")
            @RequestParam(required = false) String partnership,
            @Parameter(description = "Only tasks of this step.") @RequestParam(required = false) String step,
            @Parameter(description = "Only tasks of this idea.", example = "NG-3") @RequestParam(required = false)
            String idea,
            @RequestParam(defaultValue = "ANY") ApiOrders.TaskDue due,
            @RequestParam(defaultValue = "DUE") ApiOrders.TaskOrder sort,
            @Parameter(description = "The page, from 0.") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Tasks a page, 1 to 200.") @RequestParam(defaultValue = "20") int size) {
        ApiPage.check(page, size);
        InboxQuery query = InboxQuery.of(scope.scope()).withPartnership(partnership).withStep(step).withIdea(idea)
                .withDue(due.due()).sortedBy(sort.sort());
        return new ApiPage<>(inbox.page(user.getName(), query, page * size, size).stream().map(this::task).toList(),
                page, size, inbox.count(user.getName(), query));
    }

    @GetMapping(path = "/{id}", produces = "application/json")
    @Operation(operationId = "getTask", summary = "Read a task with its form",
            description = "Only a task you may do (yours, or offered to you).")
    TaskDetail read(@PathVariable String id, Principal user) {
        TaskForms.TaskDocument document = forms.document(user.getName(), id).orElseThrow(() -> notYours(id));
        return new TaskDetail(task(document.task()), document.action(), form(document.formJson()), document.values(),
                user.getName().equals(document.task().assignee()));
    }

    @PostMapping("/{id}/claim")
    @Operation(operationId = "claimTask", summary = "Claim a task",
            description = "It becomes yours; claiming your own task again is harmless. 409 when someone else has it.")
    @ApiResponse(responseCode = "204", description = "It is yours.")
    @ApiResponse(responseCode = "409", description = "Someone else has claimed it.")
    ResponseEntity<Void> claim(@PathVariable String id, Principal user) {
        mayDo(user, id);
        actions.claim(user.getName(), id);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{id}/claim")
    @Operation(operationId = "unclaimTask", summary = "Give a task back",
            description = "It is offered to its candidates again. Only its assignee may.")
    @ApiResponse(responseCode = "204", description = "Given back.")
    @ApiResponse(responseCode = "409", description = "It is not yours.")
    ResponseEntity<Void> unclaim(@PathVariable String id, Principal user) {
        mayDo(user, id);
        actions.unclaim(user.getName(), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/{id}/complete", consumes = "application/json")
    @Operation(operationId = "completeTask", summary = "Complete a task",
            description = "The values of the task's form by field key (see `getTask`), checked as the task view "
                    + "checks them: each problem comes back under its field. Claim the task first.")
    @ApiResponse(responseCode = "204", description = "Done: the process has moved on.")
    @ApiResponse(responseCode = "409", description = "Not claimed by you, or completed by someone else meanwhile.")
    ResponseEntity<Void> complete(@PathVariable String id,
            @RequestBody Map<String, Object> values,
            Principal user) {
        if (values == null) {
            throw new InvalidInputException("The request needs a JSON object with the form's values.");
        }
        mayDo(user, id);
        forms.complete(user.getName(), id, values);
        return ResponseEntity.noContent().build();
    }

    private void mayDo(Principal user, String id) {
        if (inbox.find(user.getName(), id).isEmpty() || !actions.mayDo(user.getName(), id)) {
            throw notYours(id);
        }
    }

    private static NotFoundException notYours(String id) {
        return new NotFoundException("There is no task " + id + " open to you: it was completed, or it is for "
                + "someone else.");
    }

    private Task task(TaskSummary t) {
        return new Task(t.id(), t.name(), t.stepKey(), t.ideaNumber(), t.ideaTitle(), t.partnershipPrefix(),
                t.created(), t.due(), t.followUp(), Person.of(names.in(t.partnershipPrefix()), t.assignee()),
                t.priority(), t.isOverdue(clock.instant()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> form(String json) {
        try {
            JsonNode tree = JSON.readTree(json);
            return JSON.convertValue(tree, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
