package io.fruition.process.steps;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Days counted on the engine's clock, so that tests which move that clock see the deadlines the timers see:
 * calendar days, and working days (Monday to Friday).
 */
final class EngineDays {

    private EngineDays() {
    }

    /** The moment {@code days} working days from now. */
    static Date workingDaysFromNow(int days) {
        return workingDaysFrom(now(), days);
    }

    /** The moment {@code days} working days after {@code from}. */
    static Date workingDaysFrom(Date from, int days) {
        ZoneId zone = ZoneId.systemDefault();
        LocalDateTime at = LocalDateTime.ofInstant(from.toInstant(), zone);
        int left = days;
        while (left > 0) {
            at = at.plusDays(1);
            if (at.getDayOfWeek() != DayOfWeek.SATURDAY && at.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return Date.from(at.atZone(zone).toInstant());
    }

    /** The moment {@code days} working days before {@code from}. */
    static Date workingDaysBefore(Date from, int days) {
        ZoneId zone = ZoneId.systemDefault();
        LocalDateTime at = LocalDateTime.ofInstant(from.toInstant(), zone);
        int left = days;
        while (left > 0) {
            at = at.minusDays(1);
            if (at.getDayOfWeek() != DayOfWeek.SATURDAY && at.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return Date.from(at.atZone(zone).toInstant());
    }

    static Date daysFromNow(int days) {
        ZoneId zone = ZoneId.systemDefault();
        return Date.from(LocalDateTime.ofInstant(now().toInstant(), zone).plusDays(days).atZone(zone).toInstant());
    }

    /** A moment of a calendar day, e.g. the end of the working day an action is due. */
    static Date at(LocalDate day, LocalTime time) {
        return Date.from(day.atTime(time).atZone(ZoneId.systemDefault()).toInstant());
    }

    static Date now() {
        return ClockUtil.getCurrentTime();
    }
}
