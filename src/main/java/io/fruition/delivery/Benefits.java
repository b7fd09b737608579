package io.fruition.delivery;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.fruition.idea.Idea;
import io.fruition.idea.Ideas;
import io.fruition.partnership.Membership;
import io.fruition.partnership.PartnershipRole;
import io.fruition.partnership.Side;
import io.fruition.shared.InvalidInputException;

/** The benefits review: the annual value each side actually gets from a delivered idea. */
@Service
@Transactional(readOnly = true)
public class Benefits {

    private static final BigDecimal MAX = new BigDecimal("1000000000000");

    private final JdbcClient jdbc;
    private final Ideas ideas;
    private final Deliveries deliveries;
    private final Clock clock;

    Benefits(JdbcClient jdbc, Ideas ideas, Deliveries deliveries, Clock clock) {
        this.jdbc = jdbc;
        this.ideas = ideas;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @Transactional
    public RealisedBenefitView record(long ideaId, Side side, String by, BigDecimal annualBenefit, String note) {
        Idea idea = ideas.get(ideaId);
        Membership member = ideas.membershipFor(ideaId, by);
        List<String> problems = new ArrayList<>();
        if (side != Side.CUSTOMER && side != Side.SUPPLIER) {
            problems.add("Realised benefits are recorded by the customer and the supplier side.");
        } else if (member.side() != side || !member.has(PartnershipRole.INNOVATION_LEAD)) {
            problems.add(by + " is not an innovation lead of the " + side.label().toLowerCase() + " side of "
                    + idea.getPrefix() + ".");
        } else if (of(ideaId).stream().anyMatch(b -> b.side() == side)) {
            problems.add("The " + side.label().toLowerCase() + " side has recorded its benefit for " + idea.getNumber()
                    + " already.");
        }
        if (deliveries.ofIdea(ideaId).filter(DeliveryView::accepted).isEmpty()) {
            problems.add(idea.getNumber() + " has not been accepted yet.");
        }
        if (annualBenefit == null) {
            problems.add("The realised annual benefit is missing.");
        } else if (annualBenefit.signum() < 0 || annualBenefit.compareTo(MAX) > 0) {
            problems.add("The realised annual benefit is between 0 and 1,000,000,000,000.");
        }
        if (note != null && note.strip().length() > 2000) {
            problems.add("The note has at most 2000 characters.");
        }
        InvalidInputException.refuseIf(problems);
        jdbc.sql("insert into realised_benefit (idea_id, side, annual_benefit, note, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?)")
                .params(ideaId, side.name(), annualBenefit, note == null || note.isBlank() ? null : note.strip(), by,
                        Timestamp.from(clock.instant()))
                .update();
        return of(ideaId).stream().filter(b -> b.side() == side).findFirst().orElseThrow();
    }

    public List<RealisedBenefitView> of(long ideaId) {
        return jdbc.sql("select * from realised_benefit where idea_id = ? order by side").param(ideaId)
                .query((rs, n) -> new RealisedBenefitView(rs.getLong("idea_id"), Side.valueOf(rs.getString("side")),
                        rs.getBigDecimal("annual_benefit"), rs.getString("note"), rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    public boolean bothIn(long ideaId) {
        return of(ideaId).size() == 2;
    }

    public Map<Side, BigDecimal> realisedBySide(long ideaId) {
        Map<Side, BigDecimal> result = new EnumMap<>(Side.class);
        of(ideaId).forEach(b -> result.put(b.side(), b.annualBenefit()));
        return result;
    }
}
