package io.fruition.analytics;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.fruition.shared.InvalidInputException;

/**
 * The period the portfolio looks at, by calendar day, both ends included; an open end reaches to the first or
 * the latest idea.
 */
public record PortfolioRange(LocalDate from, LocalDate to) {

    public static final PortfolioRange ALL_TIME = new PortfolioRange(null, null);

    public PortfolioRange {
        if (from != null && to != null && to.isBefore(from)) {
            String problem = "The period ends on " + to + ", before it starts on " + from
                    + "; choose an end on or after the start.";
            throw new InvalidInputException(List.of(problem), Map.of("to", List.of(problem)));
        }
    }

    /** The periods offered first. */
    public enum Preset {
        LAST_90_DAYS("Last 90 days"), LAST_12_MONTHS("Last 12 months"), THIS_YEAR("This year"), ALL_TIME("All time");

        private final String label;

        Preset(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public PortfolioRange resolve(Clock clock) {
            LocalDate today = LocalDate.now(clock);
            return switch (this) {
                case LAST_90_DAYS -> new PortfolioRange(today.minusDays(89), today);
                case LAST_12_MONTHS -> new PortfolioRange(today.minusMonths(12).plusDays(1), today);
                case THIS_YEAR -> new PortfolioRange(today.withDayOfYear(1), today);
                case ALL_TIME -> PortfolioRange.ALL_TIME;
            };
        }
    }

    /** The first moment inside the period, or the start of time. */
    Instant start(ZoneId zone) {
        return from == null ? Instant.parse("1970-01-01T00:00:00Z") : from.atStartOfDay(zone).toInstant();
    }

    /** The first moment after the period, or far in the future. */
    Instant end(ZoneId zone) {
        return to == null ? Instant.parse("9999-01-01T00:00:00Z") : to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** "1 Jan 2026 – 31 Mar 2026", "since 1 Jan 2026", "so far". */
    public String describe() {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
        if (from == null && to == null) {
            return "so far";
        }
        if (from == null) {
            return "until " + f.format(to);
        }
        if (to == null) {
            return "since " + f.format(from);
        }
        return f.format(from) + " – " + f.format(to);
    }
}
