package io.fruition.process.steps;

import static io.fruition.process.PulseProcess.ACTION;
import static io.fruition.process.PulseProcess.PARTNERSHIP;
import static io.fruition.process.PulseProcess.PLAN_ID;
import static io.fruition.process.PulseProcess.ROUND_NUMBER;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import io.fruition.partnership.MemberGroups;
import io.fruition.partnership.Membership;
import io.fruition.partnership.PartnershipRole;
import io.fruition.partnership.Partnerships;
import io.fruition.partnership.Side;
import io.fruition.process.PulseDeadlinePassed;
import io.fruition.process.PulseDeadlinePassed.Deadline;
import io.fruition.process.PulseProcess;
import io.fruition.pulse.ActionPlans;
import io.fruition.pulse.ActionPlans.ActionView;

/** The pulse's reminders and escalations: who is told, and what happens to the late task. */
@Component("pulseAlerts")
public class PulseAlerts {

    private final TaskService taskService;
    private final Partnerships partnerships;
    private final ActionPlans plans;
    private final ApplicationEventPublisher events;

    PulseAlerts(TaskService taskService, Partnerships partnerships, ActionPlans plans,
            ApplicationEventPublisher events) {
        this.taskService = taskService;
        this.partnerships = partnerships;
        this.plans = plans;
        this.events = events;
    }

    /** The round closes soon: those who have not answered yet are reminded, once. */
    public void remind(DelegateExecution execution) {
        Set<String> waiting = new LinkedHashSet<>();
        for (Task task : tasksAt(execution, PulseProcess.Element.RATE_PARTNERSHIP)) {
            if (task.getAssignee() != null) {
                waiting.add(task.getAssignee());
            }
        }
        tell(execution, Deadline.ANSWER_REMINDER, waiting, null);
    }

    /**
     * Nobody took the action plan on in time: it is offered to the supplier's innovation leads as well, more urgently,
     * and they are told. A plan somebody is working on already is left alone.
     */
    public void planNotTakenOn(DelegateExecution execution) {
        String partnership = PARTNERSHIP.expected(execution);
        boolean escalated = false;
        for (Task task : tasksAt(execution, PulseProcess.Element.RESPOND_WITH_PLAN)) {
            if (task.getAssignee() == null) {
                taskService.addCandidateGroup(task.getId(),
                        MemberGroups.of(partnership, PartnershipRole.INNOVATION_LEAD, Side.SUPPLIER));
                taskService.setPriority(task.getId(), Escalations.ESCALATED_PRIORITY);
                escalated = true;
            }
        }
        if (escalated) {
            plans.escalated(PLAN_ID.expected(execution));
            tell(execution, Deadline.PLAN_NOT_TAKEN_ON, supplierLeads(partnership), null);
        }
    }

    /** An agreed action passed its due date: its owner and the supplier's leads are told, and its task is urgent. */
    public void actionOverdue(DelegateExecution execution) {
        ActionView action = plans.actionOverdue(ACTION.expected(execution));
        if (action.done()) {
            return;
        }
        for (Task task : tasksAt(execution, PulseProcess.Element.CARRY_OUT_ACTION)) {
            // The task of this action: the action is the variable of its own instance of the tracking.
            if (Objects.equals(ACTION.from(taskService.getVariables(task.getId())), action.id())) {
                taskService.setPriority(task.getId(), Escalations.ESCALATED_PRIORITY);
            }
        }
        Set<String> recipients = supplierLeads(PARTNERSHIP.expected(execution));
        recipients.add(action.owner());
        tell(execution, Deadline.ACTION_OVERDUE, recipients, action.title());
    }

    private Set<String> supplierLeads(String partnership) {
        Set<String> leads = new LinkedHashSet<>();
        for (PartnershipRole role : new PartnershipRole[] {PartnershipRole.INNOVATION_LEAD,
                PartnershipRole.ACCOUNT_MANAGER}) {
            partnerships.withRole(partnership, role, Optional.of(Side.SUPPLIER)).stream().map(Membership::username)
                    .forEach(leads::add);
        }
        return leads;
    }

    private List<Task> tasksAt(DelegateExecution execution, String element) {
        return taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(element).list();
    }

    private void tell(DelegateExecution execution, Deadline deadline, Set<String> recipients, String what) {
        events.publishEvent(new PulseDeadlinePassed(deadline, PARTNERSHIP.expected(execution),
                ROUND_NUMBER.expected(execution), recipients, what));
    }
}
