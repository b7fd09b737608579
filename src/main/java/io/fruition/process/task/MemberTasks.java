package io.fruition.process.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.fruition.partnership.Partnerships;
import io.fruition.process.IdeaProcess;
import io.fruition.process.PulseProcess;
import io.fruition.shared.InvalidInputException;

/**
 * The open tasks a person holds, so that an administrator can hand them over before the person leaves: a task
 * offered to a group goes back to the group; a task only they could do (a board vote) must go to someone else.
 */
@Service
@Transactional
public class MemberTasks {

    /** The user task property of a step only its assignee answers (a rating, a prediction): nobody takes it over. */
    static final String PERSONAL = "personal";

    private final TaskService tasks;
    private final RepositoryService repository;
    private final Partnerships partnerships;

    MemberTasks(TaskService tasks, RepositoryService repository, Partnerships partnerships) {
        this.tasks = tasks;
        this.repository = repository;
        this.partnerships = partnerships;
    }

    /**
     * One open task of a person: what it is, what it is about (an idea's number, a pulse round), and whether a group could take it
     * back; a personal one (their pulse answer or prediction) is taken over by nobody and simply lapses.
     */
    public record HeldTask(String taskId, String name, String about, String partnershipPrefix,
            boolean offeredToGroup, boolean personal) {
    }

    @Transactional(readOnly = true)
    public List<HeldTask> heldBy(String username) {
        return tasks.createTaskQuery().taskAssignee(username).orderByTaskCreateTime().asc().list().stream()
                .map(this::held).toList();
    }

    private HeldTask held(Task task) {
        Map<String, Object> variables = tasks.getVariables(task.getId());
        String number = IdeaProcess.IDEA_NUMBER.from(variables);
        Integer round = PulseProcess.ROUND_NUMBER.from(variables);
        boolean group = tasks.getIdentityLinksForTask(task.getId()).stream()
                .anyMatch(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null);
        String about = number != null ? number : round != null ? "Pulse round " + round : "";
        return new HeldTask(task.getId(), task.getName(), about, task.getTenantId(), group, isPersonal(task));
    }

    private boolean isPersonal(Task task) {
        ModelElementInstance element = repository.getBpmnModelInstance(task.getProcessDefinitionId())
                .getModelElementById(task.getTaskDefinitionKey());
        if (!(element instanceof BaseElement base) || base.getExtensionElements() == null) {
            return false;
        }
        return base.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(p -> p.getCamundaProperties().stream())
                .anyMatch(p -> PERSONAL.equals(p.getCamundaName()) && "true".equals(p.getCamundaValue()));
    }

    /**
     * Hands over every open task of a person: to the successor chosen for it, or back to its group. Refused, with
     * nothing changed, when a task only they could do has no successor, or a successor is not a member of the
     * task's partnership.
     */
    public void handOver(String username, Map<String, String> successors) {
        handOver(username, null, successors);
    }

    /** Hands over a person's open tasks in one partnership only ({@code prefix}), or in all when it is null. */
    public void handOver(String username, String prefix, Map<String, String> successors) {
        List<HeldTask> held = heldBy(username).stream()
                .filter(t -> prefix == null || prefix.equals(t.partnershipPrefix())).toList();
        List<String> problems = new ArrayList<>();
        for (HeldTask task : held) {
            String successor = successors.get(task.taskId());
            if (task.personal()) {
                if (successor != null && !successor.isBlank()) {
                    problems.add("'" + task.name() + "' on " + task.about() + " is " + username
                            + "'s own to answer; nobody takes it over.");
                }
            } else if (successor == null || successor.isBlank()) {
                if (!task.offeredToGroup()) {
                    problems.add("'" + task.name() + "' on " + task.about() + " can only be done by " + username
                            + "; choose who takes it over.");
                }
            } else if (successor.equals(username)) {
                problems.add("'" + task.name() + "' on " + task.about() + " needs someone other than " + username + ".");
            } else if (partnerships.membership(successor, task.partnershipPrefix()).isEmpty()) {
                problems.add(successor + " is not a member of " + task.partnershipPrefix() + ", so cannot take over '"
                        + task.name() + "' on " + task.about() + ".");
            }
        }
        InvalidInputException.refuseIf(problems);
        for (HeldTask task : held) {
            String successor = successors.get(task.taskId());
            if (task.personal() || successor == null || successor.isBlank()) {
                // A personal task left without its person lapses with its round.
                tasks.setAssignee(task.taskId(), null);
            } else {
                tasks.setAssignee(task.taskId(), successor);
            }
        }
    }

    /** Unused links of a person who is gone: candidate-user links are removed so no list offers them work. */
    public void forget(String username) {
        for (Task task : tasks.createTaskQuery().taskCandidateUser(username).list()) {
            for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
                if (username.equals(link.getUserId()) && IdentityLinkType.CANDIDATE.equals(link.getType())) {
                    tasks.deleteCandidateUser(task.getId(), username);
                }
            }
        }
    }
}
