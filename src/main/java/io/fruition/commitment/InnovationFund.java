package io.fruition.commitment;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.fruition.idea.Idea;
import io.fruition.idea.IdeaMoments;
import io.fruition.idea.Ideas;
import io.fruition.partnership.Partnerships;
import io.fruition.shared.Audited;
import io.fruition.valuation.IdeaPriority;
import io.fruition.valuation.ValueEstimates;
import io.fruition.wording.Formats;

/**
 * The innovation fund of a year: approved ideas' one-off costs (the larger of the two sides' estimates, the figure
 * the approval routing uses) draw on it. It goes below zero only with a recorded override that both sides'
 * innovation leads agreed, for the one idea that needs it.
 */
@Service
@Transactional
public class InnovationFund {

    private final JdbcClient jdbc;
    private final Commitments commitments;
    private final IdeaMoments moments;
    private final Ideas ideas;
    private final ValueEstimates valuation;
    private final Partnerships partnerships;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InnovationFund(JdbcClient jdbc, Commitments commitments, IdeaMoments moments, Ideas ideas,
            ValueEstimates valuation, Partnerships partnerships, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.commitments = commitments;
        this.moments = moments;
        this.ideas = ideas;
        this.valuation = valuation;
        this.partnerships = partnerships;
        this.events = events;
        this.clock = clock;
    }

    public record Drawn(long ideaId, String number, BigDecimal cost, Instant approvedAt) {
    }

    /** The fund of a year (null without one), what approved ideas drew on it, the overrides, and what remains. */
    public record Figures(int year, BigDecimal fund, BigDecimal committed, BigDecimal overridden, List<Drawn> drawn) {

        public BigDecimal remaining() {
            return fund == null ? BigDecimal.ZERO : fund.subtract(committed);
        }
    }

    @Transactional(readOnly = true)
    public Figures figures(String prefix, int year) {
        Period period = Period.year(year);
        var approved = moments.approved(prefix, period.start(), period.finish());
        Map<Long, IdeaPriority> priorities = valuation.prioritiesOf(approved.stream().map(m -> m.id()).toList());
        List<Drawn> drawn = approved.stream().map(m -> new Drawn(m.id(), m.number(),
                Optional.ofNullable(priorities.get(m.id())).map(p -> p.value().oneOffCost()).orElse(BigDecimal.ZERO),
                m.approvedAt())).toList();
        BigDecimal committed = drawn.stream().map(Drawn::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal overridden = jdbc.sql("""
                select coalesce(sum(o.amount), 0) from fund_override o join partnership p on p.id = o.partnership_id
                where p.prefix = ? and o.fund_year = ?""").params(prefix, year).query(BigDecimal.class).single();
        return new Figures(year, commitments.fund(prefix, year).map(Commitment::target).orElse(null), committed,
                overridden, drawn);
    }

    /** What approving the idea now would take the year's fund below zero by, beyond earlier overrides; zero if nothing. */
    @Transactional(readOnly = true)
    public BigDecimal shortfall(long ideaId) {
        Idea idea = ideas.get(ideaId);
        int year = LocalDate.now(clock).getYear();
        Figures f = figures(idea.getPrefix(), year);
        if (f.fund() == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal cost = costOf(ideaId);
        BigDecimal short_ = f.committed().add(cost).subtract(f.fund()).subtract(f.overridden());
        return short_.signum() > 0 ? short_ : BigDecimal.ZERO;
    }

    /** The idea's one-off cost, as it draws on the fund. */
    @Transactional(readOnly = true)
    public BigDecimal costOf(long ideaId) {
        return valuation.priorityOf(ideaId).map(p -> p.value().oneOffCost()).orElse(BigDecimal.ZERO);
    }

    /** Both sides' innovation leads agreed to overdraw the fund for this idea by what it lacks. */
    public void override(long ideaId, String customerLead, String supplierLead) {
        Idea idea = ideas.get(ideaId);
        BigDecimal amount = shortfall(ideaId);
        if (amount.signum() == 0) {
            return;
        }
        int year = LocalDate.now(clock).getYear();
        long partnershipId = idea.getPartnershipId();
        jdbc.sql("""
                insert into fund_override (partnership_id, fund_year, idea_id, amount, customer_agreed_by,
                    supplier_agreed_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(partnershipId, year, ideaId, amount, customerLead, supplierLead,
                        Timestamp.from(clock.instant())).update();
        String currency = partnerships.byPrefix(idea.getPrefix()).map(p -> p.getCurrency()).orElse("");
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("idea", idea.getNumber());
        after.put("overdrawn by", Formats.home().amount(amount, currency));
        after.put("customer's lead", customerLead);
        after.put("supplier's lead", supplierLead);
        events.publishEvent(new Audited(supplierLead, "Innovation fund overdrawn", idea.getPrefix() + " · " + year,
                null, after));
    }
}
