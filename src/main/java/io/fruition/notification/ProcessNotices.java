package io.fruition.notification;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.fruition.process.DeadlinePassed;
import io.fruition.process.TaskClosed;
import io.fruition.process.TaskOpened;
import io.fruition.wording.Formats;

/**
 * What people are told when the process opens a task for them or a deadline passes, in words. The events arrive
 * inside the engine's transaction, so a step that is rolled back tells nobody anything.
 */
@Component
class ProcessNotices {

    private final Notifications notifications;

    ProcessNotices(Notifications notifications) {
        this.notifications = notifications;
    }

    static String taskLink(String taskId) {
        return "/tasks/" + taskId;
    }

    @EventListener
    void on(TaskOpened task) {
        if (task.recipients().isEmpty()) {
            return;
        }
        String about = task.ideaNumber() == null ? task.ideaTitle() : task.ideaNumber() + " " + task.ideaTitle();
        notifications.send(new Notice(NoticeKind.TASK_WAITING, task.recipients(), task.partnership(), task.ideaId(),
                task.ideaNumber(), task.ideaTitle(), about + ": " + task.stepName(),
                "A task waits for you: " + task.stepName() + ".", taskLink(task.taskId())));
    }

    @EventListener
    void on(TaskClosed task) {
        notifications.taskDone(taskLink(task.taskId()));
    }

    @EventListener
    void on(DeadlinePassed passed) {
        if (passed.recipients().isEmpty()) {
            return;
        }
        NoticeKind kind = passed.deadline() == DeadlinePassed.Deadline.PROGRESS_REPORT_DUE ? NoticeKind.REMINDER
                : NoticeKind.ESCALATION;
        String what = switch (passed.deadline()) {
            case SCREENING_OVERDUE -> "screening is overdue";
            case PROGRESS_REPORT_DUE -> "progress report due";
            case PROGRESS_REPORT_OVERDUE -> "progress report overdue";
            case MILESTONES_OVERDUE -> "milestone overdue";
        };
        String message = switch (passed.deadline()) {
            case SCREENING_OVERDUE ->
                "The screening of this idea has passed its SLA. Please screen it now; the submitter is waiting.";
            case PROGRESS_REPORT_DUE -> "The customer expects a progress report on this delivery today.";
            case PROGRESS_REPORT_OVERDUE ->
                "The progress report on this delivery is overdue; the customer has not heard about it for too long.";
            case MILESTONES_OVERDUE -> lateMilestones(passed);
        };
        notifications.send(new Notice(kind, passed.recipients(), passed.partnership(), passed.ideaId(),
                passed.ideaNumber(), passed.ideaTitle(), passed.ideaNumber() + " " + passed.ideaTitle() + ": " + what,
                message, "/ideas/" + passed.ideaNumber()));
    }

    private static String lateMilestones(DeadlinePassed passed) {
        StringBuilder message = new StringBuilder("These milestones are past their due date:");
        passed.milestones().forEach(m -> message.append("\n- ").append(m.title()).append(" (due ")
                .append(Formats.home().date(m.dueOn())).append(')'));
        return message.toString();
    }
}
