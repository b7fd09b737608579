package io.fruition.process.steps;

import static io.fruition.process.IdeaProcess.DELIVERY_OWNER;
import static io.fruition.process.IdeaProcess.IDEA_ID;
import static io.fruition.process.IdeaProcess.IDEA_NUMBER;
import static io.fruition.process.IdeaProcess.IDEA_TITLE;
import static io.fruition.process.IdeaProcess.PARTNERSHIP;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import io.fruition.delivery.Deliveries;
import io.fruition.delivery.MilestoneView;
import io.fruition.partnership.Membership;
import io.fruition.partnership.PartnershipRole;
import io.fruition.partnership.Partnerships;
import io.fruition.process.DeadlinePassed;
import io.fruition.process.DeadlinePassed.Deadline;
import io.fruition.process.DeadlinePassed.LateMilestone;
import io.fruition.process.IdeaProcess;

/** Deadlines that passed: who is told ({@link DeadlinePassed}), and what happens to the late task. */
@Component("escalations")
public class Escalations {

    /** The priority an escalated task gets (the engine's default is 50). */
    static final int ESCALATED_PRIORITY = 90;

    private final TaskService taskService;
    private final Partnerships partnerships;
    private final ApplicationEventPublisher events;

    Escalations(TaskService taskService, Partnerships partnerships, ApplicationEventPublisher events) {
        this.taskService = taskService;
        this.partnerships = partnerships;
        this.events = events;
    }

    public void screeningOverdue(DelegateExecution execution) {
        for (Task task : taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(IdeaProcess.Element.SCREEN_IDEA).list()) {
            taskService.setPriority(task.getId(), ESCALATED_PRIORITY);
        }
        passed(execution, Deadline.SCREENING_OVERDUE, innovationLeads(execution), List.of());
    }

    Set<String> innovationLeads(DelegateExecution execution) {
        Set<String> leads = new LinkedHashSet<>();
        partnerships.withRole(PARTNERSHIP.from(execution), PartnershipRole.INNOVATION_LEAD, Optional.empty())
                .stream().map(Membership::username).forEach(leads::add);
        return leads;
    }

    void passed(DelegateExecution execution, Deadline deadline, Collection<String> recipients,
            List<LateMilestone> milestones) {
        events.publishEvent(new DeadlinePassed(deadline, PARTNERSHIP.from(execution),
                IDEA_ID.expected(execution), IDEA_NUMBER.from(execution),
                IDEA_TITLE.from(execution), new LinkedHashSet<>(recipients), milestones));
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
            escalations.passed(execution, Deadline.PROGRESS_REPORT_DUE, owner(execution), List.of());
        }

        public void reportOverdue(DelegateExecution execution) {
            Set<String> recipients = escalations.innovationLeads(execution);
            recipients.addAll(owner(execution));
            escalations.passed(execution, Deadline.PROGRESS_REPORT_OVERDUE, recipients, List.of());
        }

        public void overdueMilestones(DelegateExecution execution) {
            long ideaId = IDEA_ID.expected(execution);
            List<MilestoneView> overdue = deliveries.overdueUnescalated(ideaId);
            if (overdue.isEmpty()) {
                return;
            }
            Set<String> recipients = escalations.innovationLeads(execution);
            recipients.addAll(owner(execution));
            escalations.passed(execution, Deadline.MILESTONES_OVERDUE, recipients,
                    overdue.stream().map(m -> new LateMilestone(m.title(), m.dueOn())).toList());
            deliveries.markEscalated(ideaId, overdue.stream().map(MilestoneView::id).toList());
        }

        private static Set<String> owner(DelegateExecution execution) {
            String owner = DELIVERY_OWNER.from(execution);
            return owner == null ? new LinkedHashSet<>() : new LinkedHashSet<>(Set.of(owner));
        }
    }
}
