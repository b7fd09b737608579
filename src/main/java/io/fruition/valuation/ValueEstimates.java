package io.fruition.valuation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.fruition.idea.Idea;
import io.fruition.idea.Ideas;
import io.fruition.partnership.Membership;
import io.fruition.partnership.PartnershipRole;
import io.fruition.partnership.Side;
import io.fruition.shared.InvalidInputException;

/**
 * Both sides' value estimates of an idea and the priority decided from them. Neither side sees the other's
 * numbers until both are in, so that each estimate is independent.
 */
@Service
@Transactional(readOnly = true)
public class ValueEstimates {

    private final ValuationRepository estimates;
    private final JdbcClient jdbc;
    private final Ideas ideas;
    private final Clock clock;

    ValueEstimates(ValuationRepository estimates, JdbcClient jdbc, Ideas ideas, Clock clock) {
        this.estimates = estimates;
        this.jdbc = jdbc;
        this.ideas = ideas;
        this.clock = clock;
    }

    @Transactional
    public ValueEstimate record(long ideaId, Side side, String estimator, EstimateInput input) {
        Idea idea = ideas.get(ideaId);
        Membership member = ideas.membershipFor(ideaId, estimator);
        List<String> problems = new ArrayList<>();
        if (side != Side.CUSTOMER && side != Side.SUPPLIER) {
            problems.add("Estimates are made by the customer and the supplier side only.");
        } else if (!member.has(PartnershipRole.ESTIMATOR) || member.side() != side) {
            problems.add(estimator + " is not a " + side.label().toLowerCase() + "-side estimator of "
                    + idea.getPrefix() + ".");
        } else if (estimates.findByIdeaIdAndSide(ideaId, side).isPresent()) {
            problems.add("The " + side.label().toLowerCase() + " side has estimated " + idea.getNumber() + " already.");
        }
        problems.addAll(input.problems());
        InvalidInputException.refuseIf(problems);
        return estimates.save(new ValueEstimate(ideaId, side, estimator, input, clock.instant()));
    }

    public Optional<ValueEstimate> of(long ideaId, Side side) {
        return estimates.findByIdeaIdAndSide(ideaId, side);
    }

    public boolean bothIn(long ideaId) {
        return of(ideaId, Side.CUSTOMER).isPresent() && of(ideaId, Side.SUPPLIER).isPresent();
    }

    public Optional<MutualValue> mutualValue(long ideaId) {
        Optional<ValueEstimate> customer = of(ideaId, Side.CUSTOMER);
        Optional<ValueEstimate> supplier = of(ideaId, Side.SUPPLIER);
        return customer.isPresent() && supplier.isPresent()
                ? Optional.of(MutualValue.of(customer.get(), supplier.get())) : Optional.empty();
    }

    /**
     * The estimates a member may read: both once both are in; before that only their own side's (a partner-side
     * member sees none), so neither estimator can anchor on the other's numbers.
     */
    public List<ValueEstimate> visibleTo(long ideaId, String username) {
        Membership member = ideas.membershipFor(ideaId, username);
        List<ValueEstimate> all = estimates.findByIdeaId(ideaId);
        if (all.size() == 2) {
            return all.stream().sorted((a, b) -> a.getSide().compareTo(b.getSide())).toList();
        }
        return all.stream().filter(e -> e.getSide() == member.side()).toList();
    }

    @Transactional
    public IdeaPriority recordPriority(long ideaId, Priority priority) {
        MutualValue value = mutualValue(ideaId).orElseThrow(() -> new InvalidInputException(
                "The priority is decided once both sides' estimates are in."));
        jdbc.sql("delete from idea_priority where idea_id = ?").param(ideaId).update();
        jdbc.sql("""
                insert into idea_priority (idea_id, priority, mutual_value_score, customer_expected, supplier_expected,
                    customer_share, one_off_cost, confidence, decided_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(ideaId, priority.name(), value.score(), value.customerExpected(), value.supplierExpected(),
                        value.customerSharePercent(), value.oneOffCost(), value.confidence().name(),
                        Timestamp.from(clock.instant()))
                .update();
        return priorityOf(ideaId).orElseThrow();
    }

    public Optional<IdeaPriority> priorityOf(long ideaId) {
        return prioritiesOf(List.of(ideaId)).values().stream().findFirst();
    }

    /** Priorities of many ideas at once, for lists; ideas without one are absent. */
    public Map<Long, IdeaPriority> prioritiesOf(Collection<Long> ideaIds) {
        Map<Long, IdeaPriority> result = new HashMap<>();
        if (ideaIds.isEmpty()) {
            return result;
        }
        jdbc.sql("select * from idea_priority where idea_id in (:ids)").param("ids", ideaIds)
                .query((rs, n) -> new IdeaPriority(rs.getLong("idea_id"), Priority.valueOf(rs.getString("priority")),
                        new MutualValue(rs.getBigDecimal("customer_expected"), rs.getBigDecimal("supplier_expected"),
                                rs.getBigDecimal("mutual_value_score"), rs.getInt("customer_share"),
                                rs.getBigDecimal("one_off_cost"), Confidence.valueOf(rs.getString("confidence"))),
                        rs.getTimestamp("decided_at").toInstant()))
                .list()
                .forEach(p -> result.put(p.ideaId(), p));
        return result;
    }

}
