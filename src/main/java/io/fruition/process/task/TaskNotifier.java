package io.fruition.process.task;

import java.util.LinkedHashSet;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.fruition.notification.Notice;
import io.fruition.notification.NoticeKind;
import io.fruition.notification.Notifications;
import io.fruition.partnership.Membership;
import io.fruition.partnership.Partnerships;
import io.fruition.valuation.ValueEstimates;
import io.fruition.process.IdeaProcess;

/**
 * Tells the candidates of every new task that it waits for them, and gives the task the priority of its idea. The engine publishes task events to Spring
 * (camunda.bpm.eventing.task) inside its transaction, so a task that is rolled back announces nothing.
 */
@Component
class TaskNotifier {

    private final Partnerships partnerships;
    private final Notifications notifications;
    private final ValueEstimates valuation;

    TaskNotifier(Partnerships partnerships, Notifications notifications, ValueEstimates valuation) {
        this.partnerships = partnerships;
        this.notifications = notifications;
        this.valuation = valuation;
    }

    private static String link(DelegateTask task) {
        return "/tasks/" + task.getId();
    }

    /** A task is created (its candidates hear of it), or done or gone (their notices of it are read). */
    @EventListener
    void onCreate(DelegateTask task) {
        if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())
                || TaskListener.EVENTNAME_DELETE.equals(task.getEventName())) {
            notifications.taskDone(link(task));
            return;
        }
        Object prefix = task.getVariable(IdeaProcess.Var.PARTNERSHIP);
        Object ideaId = task.getVariable(IdeaProcess.Var.IDEA_ID);
        if (prefix == null || !(ideaId instanceof Number id) || !TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            return;
        }
        // The inbox sorts by the idea's priority: the engine's task priority carries it.
        valuation.priorityOf(id.longValue()).ifPresent(p -> task.setPriority(switch (p.priority()) {
            case QUICK_WIN -> 80;
            case STRATEGIC_BET -> 70;
            case FILL_IN -> 50;
            case DEPRIORITISE -> 30;
        }));
        Set<String> recipients = new LinkedHashSet<>();
        if (task.getAssignee() != null) {
            recipients.add(task.getAssignee());
        }
        for (IdentityLink link : task.getCandidates()) {
            if (link.getUserId() != null) {
                recipients.add(link.getUserId());
            } else if (link.getGroupId() != null) {
                partnerships.membersOf(prefix.toString()).stream()
                        .filter(m -> m.groupIds().contains(link.getGroupId()))
                        .map(Membership::username)
                        .forEach(recipients::add);
            }
        }
        if (recipients.isEmpty()) {
            return;
        }
        String number = IdeaProcess.ideaNumber(task);
        String title = IdeaProcess.text(task, IdeaProcess.Var.IDEA_TITLE);
        notifications.send(new Notice(NoticeKind.TASK_WAITING, recipients, prefix.toString(), id.longValue(), number,
                title, number + " " + title + ": " + task.getName(),
                "A task waits for you: " + task.getName() + ".", link(task)));
    }
}
