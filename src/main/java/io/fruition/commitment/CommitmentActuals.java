package io.fruition.commitment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.fruition.idea.IdeaMoments;
import io.fruition.idea.IdeaMoments.Moments;
import io.fruition.idea.IdeaStatus;
import io.fruition.partnership.Partnerships;
import io.fruition.partnership.Side;
import io.fruition.pulse.PulseResults;
import io.fruition.pulse.PulseRound;
import io.fruition.wording.Formats;

/**
 * What each commitment in force has achieved so far, computed from the ideas, their review moments and the pulse
 * whenever it is asked (never stored), and whether it is on track, at risk of missing its period, or missed.
 */
@Service
@Transactional(readOnly = true)
public class CommitmentActuals {

    /** Before this share of a quarter has passed, a slow start is not yet a risk. */
    static final double GRACE = 0.15;

    private static final Set<IdeaStatus> ACCEPTED = EnumSet.of(IdeaStatus.IN_VALUATION, IdeaStatus.IN_REVIEW,
            IdeaStatus.APPROVED, IdeaStatus.IN_DELIVERY, IdeaStatus.DELIVERED, IdeaStatus.REALISED);

    private final Commitments commitments;
    private final IdeaMoments moments;
    private final InnovationFund fund;
    private final PulseResults pulse;
    private final Partnerships partnerships;
    private final Clock clock;

    CommitmentActuals(Commitments commitments, IdeaMoments moments, InnovationFund fund, PulseResults pulse,
            Partnerships partnerships, Clock clock) {
        this.commitments = commitments;
        this.moments = moments;
        this.fund = fund;
        this.pulse = pulse;
        this.partnerships = partnerships;
        this.clock = clock;
    }

    /** Where a commitment stands in a period: the actual in words and as a number, the trend, the mark and why. */
    public record Progress(Commitment commitment, String what, Period period, BigDecimal actual, String actualText,
            String trend, Mark mark, String why) {
    }

    /** Every commitment in force of the partnership, in its current period, now. */
    public List<Progress> of(String prefix) {
        String currency = currency(prefix);
        Instant now = clock.instant();
        return commitments.inForce(prefix).stream().map(c -> progress(c, currentPeriod(c, now), now, currency))
                .toList();
    }

    /** The commitment's current period at {@code now}. */
    static Period currentPeriod(Commitment c, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneId.systemDefault());
        return switch (c.kind()) {
            case INNOVATION_FUND -> Period.year(c.fundYear());
            case RELATIONSHIP_SCORE -> new Period(c.targetDate().toString(), today, c.targetDate().plusDays(1));
            default -> Period.quarterOf(today);
        };
    }

    /** The commitment's progress in a period as it stands at {@code now}. */
    Progress progress(Commitment c, Period period, Instant now, String currency) {
        String what = c.describe(currency);
        return switch (c.kind()) {
            case SUPPLIER_IDEAS_PER_QUARTER -> supplierIdeas(c, what, period, now);
            case FIRST_RESPONSE_DAYS -> firstResponse(c, what, period, now);
            case BOARD_DECISION_SHARE -> boardDecisions(c, what, period, now);
            case INNOVATION_FUND -> fundUse(c, what, period, now, currency);
            case RELATIONSHIP_SCORE -> score(c, what, period, now);
        };
    }

    private Progress supplierIdeas(Commitment c, String what, Period period, Instant now) {
        int target = c.target().intValue();
        long count = supplierIdeas(c.prefix(), period, now);
        long before = supplierIdeas(c.prefix(), period.previous(), now);
        String trend = before + " in " + period.previous().label();
        String actual = count + (count == 1 ? " idea" : " ideas") + " from the supplier in " + period.label();
        if (period.isOver(now)) {
            return new Progress(c, what, period, BigDecimal.valueOf(count), actual, trend,
                    count >= target ? Mark.ON_TRACK : Mark.MISSED, count >= target ? "Met."
                            : count + " of the " + target + " promised came in " + period.label() + ".");
        }
        double elapsed = period.elapsed(now);
        if (count >= target) {
            return new Progress(c, what, period, BigDecimal.valueOf(count), actual, trend, Mark.ON_TRACK, "Met already.");
        }
        if (elapsed < GRACE) {
            return new Progress(c, what, period, BigDecimal.valueOf(count), actual, trend, Mark.ON_TRACK,
                    "Too early in the quarter to tell.");
        }
        long projected = Math.round(count / elapsed);
        boolean onPace = projected >= target;
        return new Progress(c, what, period, BigDecimal.valueOf(count), actual, trend,
                onPace ? Mark.ON_TRACK : Mark.AT_RISK, "At this pace about " + projected + " by "
                        + Formats.home().date(period.last()) + (onPace ? "." : ", short of " + target + "."));
    }

    private long supplierIdeas(String prefix, Period period, Instant now) {
        return moments.submitted(prefix, period.start(), min(period.finish(), now)).stream()
                .filter(m -> m.originSide() == Side.SUPPLIER).count();
    }

    private Progress firstResponse(Commitment c, String what, Period period, Instant now) {
        int target = c.target().intValue();
        List<Moments> ideas = moments.submitted(c.prefix(), period.start(), min(period.finish(), now)).stream()
                .filter(m -> m.firstScreenedAt() != null || m.status() != IdeaStatus.WITHDRAWN).toList();
        String trend = worstWait(moments.submitted(c.prefix(), period.previous().start(), period.previous().finish()),
                now).map(w -> "longest " + w + " working days in " + period.previous().label())
                .orElse("no ideas in " + period.previous().label());
        if (ideas.isEmpty()) {
            return new Progress(c, what, period, null, "No ideas in " + period.label() + " yet", trend, Mark.ON_TRACK,
                    "Nothing is waiting.");
        }
        int worst = worstWait(ideas, now).orElse(0);
        List<Moments> late = ideas.stream().filter(m -> wait(m, now) > target).toList();
        Optional<Moments> close = ideas.stream().filter(m -> m.firstScreenedAt() == null)
                .filter(m -> wait(m, now) >= target - 1 && wait(m, now) <= target).findFirst();
        String actual = "The longest wait was " + worst + " working days (" + ideas.size()
                + (ideas.size() == 1 ? " idea)" : " ideas)");
        if (!late.isEmpty()) {
            String why = late.get(0).number() + (late.get(0).firstScreenedAt() == null ? " has waited " : " waited ")
                    + wait(late.get(0), now) + " working days"
                    + (late.size() > 1 ? ", and " + (late.size() - 1) + " more were late" : "") + ".";
            return new Progress(c, what, period, BigDecimal.valueOf(worst), actual, trend,
                    period.isOver(now) ? Mark.MISSED : Mark.AT_RISK, why);
        }
        if (close.isPresent() && !period.isOver(now)) {
            return new Progress(c, what, period, BigDecimal.valueOf(worst), actual, trend, Mark.AT_RISK,
                    close.get().number() + " has waited " + wait(close.get(), now) + " of " + target
                            + " working days for its first answer.");
        }
        return new Progress(c, what, period, BigDecimal.valueOf(worst), actual, trend, Mark.ON_TRACK,
                "Every idea was answered in time.");
    }

    private static Optional<Integer> worstWait(List<Moments> ideas, Instant now) {
        return ideas.stream().filter(m -> m.firstScreenedAt() != null || m.status() != IdeaStatus.WITHDRAWN)
                .map(m -> wait(m, now)).max(Integer::compare);
    }

    private static int wait(Moments m, Instant now) {
        return workingDays(m.submittedAt(), m.firstScreenedAt() != null ? m.firstScreenedAt() : now);
    }

    private Progress boardDecisions(Commitment c, String what, Period period, Instant now) {
        int target = c.target().intValue();
        Duration within = Duration.ofDays(c.withinDays());
        int[] counts = decisions(c.prefix(), period, now, within);
        int[] before = decisions(c.prefix(), period.previous(), now, within);
        String trend = before[0] + before[1] == 0 ? "none due in " + period.previous().label()
                : percent(before[0], before[0] + before[1]) + "% in " + period.previous().label();
        int due = counts[0] + counts[1];
        if (due == 0) {
            return new Progress(c, what, period, null, "No board decision due in " + period.label() + " yet", trend,
                    Mark.ON_TRACK, "Nothing is due yet.");
        }
        int share = percent(counts[0], due);
        String actual = share + "% in time (" + counts[0] + " of " + due + ")";
        if (share >= target) {
            return new Progress(c, what, period, BigDecimal.valueOf(share), actual, trend, Mark.ON_TRACK,
                    "At or above " + target + "%.");
        }
        return new Progress(c, what, period, BigDecimal.valueOf(share), actual, trend,
                period.isOver(now) ? Mark.MISSED : Mark.AT_RISK, counts[1] + (counts[1] == 1 ? " idea was" : " ideas were")
                        + " not decided within " + c.withinDays() + " days; the share is under " + target + "%.");
    }

    /** In time, late: of the ideas submitted in the period and accepted for valuation; pending ones do not count. */
    private int[] decisions(String prefix, Period period, Instant now, Duration within) {
        int inTime = 0;
        int late = 0;
        for (Moments m : moments.submitted(prefix, period.start(), min(period.finish(), now))) {
            if (!ACCEPTED.contains(m.reachedStage())) {
                continue;
            }
            Instant deadline = m.submittedAt().plus(within);
            if (m.boardDecidedAt() != null) {
                if (m.boardDecidedAt().isAfter(deadline)) {
                    late++;
                } else {
                    inTime++;
                }
            } else if (now.isAfter(deadline) && m.status() != IdeaStatus.WITHDRAWN) {
                late++;
            }
        }
        return new int[] {inTime, late};
    }

    private Progress fundUse(Commitment c, String what, Period period, Instant now, String currency) {
        InnovationFund.Figures f = fund.figures(c.prefix(), c.fundYear());
        Formats formats = Formats.home();
        String actual = formats.amount(f.committed(), currency) + " committed, "
                + formats.amount(f.remaining(), currency) + " remaining";
        String trend = f.drawn().size() + (f.drawn().size() == 1 ? " idea" : " ideas") + " approved in " + c.fundYear();
        if (f.remaining().signum() < 0) {
            return new Progress(c, what, period, f.committed(), actual, trend, Mark.AT_RISK, "Overdrawn by "
                    + formats.amount(f.remaining().negate(), currency) + ", with both leads' agreement.");
        }
        double elapsed = period.elapsed(now);
        if (!period.isOver(now) && elapsed >= 1.0 / 12 && f.committed().signum() > 0) {
            BigDecimal projected = f.committed().divide(BigDecimal.valueOf(elapsed), 0, RoundingMode.HALF_UP);
            if (projected.compareTo(c.target()) > 0) {
                return new Progress(c, what, period, f.committed(), actual, trend, Mark.AT_RISK,
                        "At this pace the fund runs out before the year ends; later ideas would need both leads' "
                                + "agreement to overdraw it.");
            }
        }
        return new Progress(c, what, period, f.committed(), actual, trend, Mark.ON_TRACK, "Within the fund.");
    }

    private Progress score(Commitment c, String what, Period period, Instant now) {
        List<Map.Entry<PulseRound, BigDecimal>> scores = pulse.scores(c.prefix());
        if (scores.isEmpty()) {
            return new Progress(c, what, period, null, "No pulse round has closed yet", "–",
                    period.isOver(now) ? Mark.MISSED : Mark.ON_TRACK, "The first round sets the baseline.");
        }
        BigDecimal latest = scores.get(scores.size() - 1).getValue();
        String actual = PulseResults.plain(latest) + " in " + scores.get(scores.size() - 1).getKey().label()
                .toLowerCase();
        String trend = scores.size() < 2 ? "one round so far" : (latest.compareTo(scores.get(scores.size() - 2)
                .getValue()) >= 0 ? "up from " : "down from ") + PulseResults.plain(scores.get(scores.size() - 2)
                .getValue()) + " in " + scores.get(scores.size() - 2).getKey().label().toLowerCase();
        boolean reached = latest.compareTo(c.target()) >= 0;
        if (period.isOver(now) || reached) {
            return new Progress(c, what, period, latest, actual, trend, reached ? Mark.ON_TRACK : Mark.MISSED,
                    reached ? "Reached." : "The target date has passed below the target.");
        }
        if (scores.size() < 2) {
            return new Progress(c, what, period, latest, actual, trend, Mark.ON_TRACK,
                    "Too early to tell: one round so far.");
        }
        BigDecimal projected = project(scores.subList(Math.max(0, scores.size() - 4), scores.size()),
                c.targetDate().atStartOfDay(ZoneId.systemDefault()).toInstant());
        boolean onPace = projected.compareTo(c.target()) >= 0;
        return new Progress(c, what, period, latest, actual, trend, onPace ? Mark.ON_TRACK : Mark.AT_RISK,
                "At the trend of the last rounds about " + PulseResults.plain(projected) + " by "
                        + Formats.home().date(c.targetDate()) + (onPace ? "." : ", short of the target."));
    }

    /** A straight line through the rounds' scores (least squares over time), read at {@code at}; within 1 and 10. */
    static BigDecimal project(List<Map.Entry<PulseRound, BigDecimal>> scores, Instant at) {
        int n = scores.size();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            PulseRound r = scores.get(i).getKey();
            Instant when = r.closedAt() != null ? r.closedAt() : r.startedAt();
            x[i] = when.getEpochSecond() / 86_400.0;
            y[i] = scores.get(i).getValue().doubleValue();
        }
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i] / n;
            my += y[i] / n;
        }
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        double slope = sxx == 0 ? 0 : sxy / sxx;
        double value = my + slope * (at.getEpochSecond() / 86_400.0 - mx);
        return BigDecimal.valueOf(Math.max(1, Math.min(10, value))).setScale(1, RoundingMode.HALF_UP);
    }

    /** Working days (Monday to Friday) after the day of {@code from} up to the day of {@code to}. */
    static int workingDays(Instant from, Instant to) {
        ZoneId zone = ZoneId.systemDefault();
        LocalDate day = LocalDate.ofInstant(from, zone);
        LocalDate last = LocalDate.ofInstant(to, zone);
        int days = 0;
        while (day.isBefore(last)) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days++;
            }
        }
        return days;
    }

    private static int percent(int part, int whole) {
        return whole == 0 ? 0 : (int) Math.floor(100.0 * part / whole);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private String currency(String prefix) {
        return partnerships.byPrefix(prefix).map(p -> p.getCurrency()).orElse("");
    }
}
