package io.fruition.process.task;

import static io.fruition.process.IdeaProcess.IDEA_ID;
import static io.fruition.process.IdeaProcess.IDEA_NUMBER;
import static io.fruition.process.IdeaProcess.IDEA_TITLE;
import static io.fruition.process.IdeaProcess.PARTNERSHIP;

import java.util.LinkedHashSet;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.fruition.partnership.Membership;
import io.fruition.partnership.Partnerships;
import io.fruition.process.TaskClosed;
import io.fruition.process.PulseProcess;
import io.fruition.process.TaskOpened;
import io.fruition.valuation.ValueEstimates;

/**
 * Translates the engine's task events (camunda.bpm.eventing.task, published inside its transaction) into
 * Fruition's: {@link TaskOpened} with everyone the task waits for (an idea's task or a pulse round's), {@link TaskClosed}
 * when it is done or gone. A new task of an idea also gets its priority, so the inbox can sort by it.
 */
@Component
class TaskEvents {

    private final Partnerships partnerships;
    private final ValueEstimates valuation;
    private final ApplicationEventPublisher events;

    TaskEvents(Partnerships partnerships, ValueEstimates valuation, ApplicationEventPublisher events) {
        this.partnerships = partnerships;
        this.valuation = valuation;
        this.events = events;
    }

    @EventListener
    void on(DelegateTask task) {
        if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())
                || TaskListener.EVENTNAME_DELETE.equals(task.getEventName())) {
            events.publishEvent(new TaskClosed(task.getId()));
            return;
        }
        String partnership = PARTNERSHIP.from(task);
        if (partnership == null || !TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            return;
        }
        Long ideaId = IDEA_ID.from(task);
        if (ideaId != null) {
            valuation.priorityOf(ideaId).ifPresent(p -> task.setPriority(p.priority().taskPriority()));
            events.publishEvent(new TaskOpened(task.getId(), task.getName(), partnership, ideaId,
                    IDEA_NUMBER.from(task), IDEA_TITLE.from(task), recipients(task, partnership)));
            return;
        }
        Integer round = PulseProcess.ROUND_NUMBER.from(task);
        if (round != null) {
            events.publishEvent(new TaskOpened(task.getId(), task.getName(), partnership, null, null,
                    "Pulse round " + round, recipients(task, partnership)));
        }
    }

    private Set<String> recipients(DelegateTask task, String partnership) {
        Set<String> recipients = new LinkedHashSet<>();
        if (task.getAssignee() != null) {
            recipients.add(task.getAssignee());
        }
        for (IdentityLink link : task.getCandidates()) {
            if (link.getUserId() != null) {
                recipients.add(link.getUserId());
            } else if (link.getGroupId() != null) {
                partnerships.membersOf(partnership).stream()
                        .filter(m -> m.groupIds().contains(link.getGroupId()))
                        .map(Membership::username)
                        .forEach(recipients::add);
            }
        }
        return recipients;
    }
}
