package io.fruition.process;

import java.time.LocalDate;
import java.util.List;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A timer of an idea's process fired because something is due or late; these people should hear of it. For late
 * milestones, {@code milestones} says which (each is reported once).
 */
public record DeadlinePassed(Deadline deadline, String partnership, long ideaId, String ideaNumber, String ideaTitle,
        Set<String> recipients, List<LateMilestone> milestones) {

    public enum Deadline {
        /** The screening passed its SLA; the screening task was escalated. */
        SCREENING_OVERDUE,
        /** A progress report on the delivery is due today. */
        PROGRESS_REPORT_DUE,
        /** The progress report is overdue. */
        PROGRESS_REPORT_OVERDUE,
        /** Milestones of the delivery passed their due date. */
        MILESTONES_OVERDUE
    }

    public record LateMilestone(String title, LocalDate dueOn) {
    }

    public DeadlinePassed {
        recipients = Collections.unmodifiableSet(new LinkedHashSet<>(recipients));
        milestones = List.copyOf(milestones);
    }
}
