package io.fruition.delivery;

import java.time.Instant;
import java.time.LocalDate;

/** A milestone of a delivery plan, numbered from 1 in plan order. */
public record MilestoneView(long id, int number, String title, LocalDate dueOn, boolean done, Instant doneAt,
        Instant escalatedAt) {
}
