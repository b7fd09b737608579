package io.fruition.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import io.fruition.process.DeadlinePassed;
import io.fruition.process.DeadlinePassed.Deadline;
import io.fruition.process.DeadlinePassed.LateMilestone;
import io.fruition.process.TaskClosed;
import io.fruition.process.TaskOpened;
import io.fruition.wording.Formats;

/** The words of the notices the process's events become (the lifecycle scenarios see them arrive end to end). */
class ProcessNoticesTest {

    private final Notifications notifications = mock(Notifications.class);
    private final ProcessNotices notices = new ProcessNotices(notifications);

    private Notice sent() {
        ArgumentCaptor<Notice> notice = ArgumentCaptor.forClass(Notice.class);
        verify(notifications).send(notice.capture());
        return notice.getValue();
    }

    @Test
    void late_milestones_are_listed_by_title_and_due_date() {
        LocalDate due = LocalDate.of(2026, 11, 2);
        notices.on(new DeadlinePassed(Deadline.MILESTONES_OVERDUE, "NG", 7L, "NG-7", "Smart meters", Set.of("nora"),
                List.of(new LateMilestone("Pilot", due), new LateMilestone("Roll-out", due.plusDays(7)))));

        Notice notice = sent();
        assertThat(notice.kind()).isEqualTo(NoticeKind.ESCALATION);
        assertThat(notice.subject()).isEqualTo("NG-7 Smart meters: milestone overdue");
        assertThat(notice.message()).isEqualTo("These milestones are past their due date:\n- Pilot (due "
                + Formats.home().date(due) + ")\n- Roll-out (due " + Formats.home().date(due.plusDays(7)) + ")");
        assertThat(notice.link()).isEqualTo("/ideas/NG-7");
    }

    @Test
    void a_task_that_opens_waits_for_its_people_and_one_that_closes_is_read() {
        notices.on(new TaskOpened("42", "Screen the idea", "NG", 7L, "NG-7", "Smart meters", Set.of("nora", "sam")));
        Notice notice = sent();
        assertThat(notice.kind()).isEqualTo(NoticeKind.TASK_WAITING);
        assertThat(notice.recipients()).containsExactlyInAnyOrder("nora", "sam");
        assertThat(notice.subject()).isEqualTo("NG-7 Smart meters: Screen the idea");
        assertThat(notice.link()).isEqualTo("/tasks/42");

        notices.on(new TaskClosed("42"));
        verify(notifications).taskDone("/tasks/42");
    }

    @Test
    void nobody_to_tell_sends_nothing() {
        notices.on(new TaskOpened("42", "Screen the idea", "NG", 7L, "NG-7", "Smart meters", Set.of()));
        notices.on(new DeadlinePassed(Deadline.PROGRESS_REPORT_DUE, "NG", 7L, "NG-7", "Smart meters", Set.of(), List.of()));
        verify(notifications, never()).send(any());
    }
}
