package io.fruition.commitment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A period a commitment is measured over: a calendar quarter ("2026-Q4"), a year ("2026"), or up to a date. */
public record Period(String label, LocalDate first, LocalDate end) {

    public static Period quarterOf(LocalDate day) {
        int quarter = (day.getMonthValue() - 1) / 3;
        LocalDate first = LocalDate.of(day.getYear(), quarter * 3 + 1, 1);
        return new Period(day.getYear() + "-Q" + (quarter + 1), first, first.plusMonths(3));
    }

    public static Period year(int year) {
        return new Period(String.valueOf(year), LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }

    public Period previous() {
        return quarterOf(first.minusDays(1));
    }

    /** The last day of the period. */
    public LocalDate last() {
        return end.minusDays(1);
    }

    public Instant start() {
        return first.atStartOfDay(ZoneId.systemDefault()).toInstant();
    }

    public Instant finish() {
        return end.atStartOfDay(ZoneId.systemDefault()).toInstant();
    }

    public boolean isOver(Instant now) {
        return !now.isBefore(finish());
    }

    /** How much of the period has passed at {@code now}, from 0 to 1. */
    public double elapsed(Instant now) {
        long total = finish().toEpochMilli() - start().toEpochMilli();
        long gone = Math.max(0, Math.min(total, now.toEpochMilli() - start().toEpochMilli()));
        return (double) gone / total;
    }
}
