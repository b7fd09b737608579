package io.fruition.process;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Due dates for user tasks, read from the engine's clock so that tests which move that clock see the same
 * deadlines as the timers.
 */
@Component("dueDates")
public class DueDates {

    /** The moment {@code days} working days (Monday to Friday) from now. */
    public Date workingDaysFromNow(int days) {
        ZoneId zone = ZoneId.systemDefault();
        LocalDateTime at = LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), zone);
        int left = days;
        while (left > 0) {
            at = at.plusDays(1);
            if (at.getDayOfWeek() != DayOfWeek.SATURDAY && at.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return Date.from(at.atZone(zone).toInstant());
    }
}
