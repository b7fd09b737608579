package io.fruition.process.steps;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import io.fruition.delivery.Deliveries;
import io.fruition.delivery.MilestoneView;
import io.fruition.notification.Notice;
import io.fruition.notification.NoticeKind;
import io.fruition.notification.Notifications;
import io.fruition.partnership.Membership;
import io.fruition.partnership.PartnershipRole;
import io.fruition.partnership.Partnerships;
import io.fruition.process.IdeaProcess;

/** Deadlines that passed: who is told, and what happens to the late task. */
@Component("escalations")
public class Escalations {

    /** The priority an escalated task gets (the engine's default is 50). */
    static final int ESCALATED_PRIORITY = 90;

    private final TaskService taskService;
    private final Partnerships partnerships;
    private final Notifications notifications;

    Escalations(TaskService taskService, Partnerships partnerships, Notifications notifications) {
        this.taskService = taskService;
        this.partnerships = partnerships;
        this.notifications = notifications;
    }

    public void screeningOverdue(DelegateExecution execution) {
        for (Task task : taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(IdeaProcess.Element.SCREEN_IDEA).list()) {
            taskService.setPriority(task.getId(), ESCALATED_PRIORITY);
        }
        notify(execution, NoticeKind.ESCALATION, innovationLeads(execution), "screening is overdue",
                "The screening of this idea has passed its SLA. Please screen it now; the submitter is waiting.");
    }

    Set<String> innovationLeads(DelegateExecution execution) {
        Set<String> leads = new LinkedHashSet<>();
        partnerships.withRole(IdeaProcess.partnership(execution), PartnershipRole.INNOVATION_LEAD, Optional.empty())
                .stream().map(Membership::username).forEach(leads::add);
        return leads;
    }

    void notify(DelegateExecution execution, NoticeKind kind, Collection<String> recipients, String what,
            String message) {
        if (recipients.isEmpty()) {
            return;
        }
        String number = IdeaProcess.ideaNumber(execution);
        String title = IdeaProcess.text(execution, IdeaProcess.Var.IDEA_TITLE);
        notifications.send(new Notice(kind, Set.copyOf(recipients), IdeaProcess.partnership(execution),
                IdeaProcess.ideaId(execution), number, title, number + " " + title + ": " + what, message,
                "/ideas/" + number));
    }

    /** Reminders and escalations of a running delivery. */
    @Component("deliveryAlerts")
    public static class DeliveryAlerts {
        private final Escalations escalations;
        private final Deliveries deliveries;

        DeliveryAlerts(Escalations escalations, Deliveries deliveries) {
            this.escalations = escalations;
            this.deliveries = deliveries;
        }

        public void reportDue(DelegateExecution execution) {
            escalations.notify(execution, NoticeKind.REMINDER, owner(execution), "progress report due",
                    "The customer expects a progress report on this delivery today.");
        }

        public void reportOverdue(DelegateExecution execution) {
            Set<String> recipients = escalations.innovationLeads(execution);
            recipients.addAll(owner(execution));
            escalations.notify(execution, NoticeKind.ESCALATION, recipients, "progress report overdue",
                    "The progress report on this delivery is overdue; the customer has not heard about it for too long.");
        }

        public void overdueMilestones(DelegateExecution execution) {
            long ideaId = IdeaProcess.ideaId(execution);
            List<MilestoneView> overdue = deliveries.overdueUnescalated(ideaId);
            if (overdue.isEmpty()) {
                return;
            }
            Set<String> recipients = escalations.innovationLeads(execution);
            recipients.addAll(owner(execution));
            StringBuilder message = new StringBuilder("These milestones are past their due date:");
            overdue.forEach(m -> message.append("\n- ").append(m.title()).append(" (due ").append(io.fruition.wording.Formats.home().date(m.dueOn())).append(')'));
            escalations.notify(execution, NoticeKind.ESCALATION, recipients, "milestone overdue", message.toString());
            deliveries.markEscalated(ideaId, overdue.stream().map(MilestoneView::id).toList());
        }

        private static Set<String> owner(DelegateExecution execution) {
            Object owner = execution.getVariable(IdeaProcess.Var.DELIVERY_OWNER);
            return owner == null ? new LinkedHashSet<>() : new LinkedHashSet<>(Set.of(owner.toString()));
        }
    }
}
