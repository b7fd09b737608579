package io.fruition.analytics;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.fruition.analytics.Portfolio.Bubble;
import io.fruition.analytics.Portfolio.Funnel;
import io.fruition.analytics.Portfolio.FunnelStage;
import io.fruition.analytics.Portfolio.LateIdea;
import io.fruition.analytics.Portfolio.Origin;
import io.fruition.analytics.Portfolio.OriginCount;
import io.fruition.analytics.Portfolio.RealisedYear;
import io.fruition.analytics.Portfolio.Responsiveness;
import io.fruition.analytics.Portfolio.Spread;
import io.fruition.analytics.Portfolio.StatusCount;
import io.fruition.analytics.Portfolio.TimeInStages;
import io.fruition.analytics.Portfolio.ValueMap;
import io.fruition.analytics.Portfolio.ValueRealised;
import io.fruition.idea.IdeaStatus;
import io.fruition.partnership.Partnership;
import io.fruition.commitment.CommitmentActuals;
import io.fruition.partnership.Partnerships;
import io.fruition.pulse.PulseResults;
import io.fruition.partnership.Side;
import io.fruition.process.history.StageTimes;
import io.fruition.shared.Databases;
import io.fruition.shared.NotFoundException;
import io.fruition.valuation.Priority;
import javax.sql.DataSource;

/**
 * The portfolio figures of one partnership, computed in the database over the ideas of a period. Every figure
 * is asked for by a member and answers only for a partnership they belong to: anyone else learns nothing, not
 * even that the partnership exists.
 */
@Service
@Transactional(readOnly = true)
public class Portfolios {

    /** The value map shows at most this many ideas, those of highest mutual value; the table says so. */
    public static final int VALUE_MAP_LIMIT = 500;

    private static final double DAY_SECONDS = 86_400.0;
    private static final String APPROVED_OR_LATER = "('APPROVED', 'IN_DELIVERY', 'DELIVERED', 'REALISED')";

    private final JdbcClient jdbc;
    private final Partnerships partnerships;
    private final StageTimes stageTimes;
    private final Clock clock;
    private final boolean postgres;

    private final PulseResults pulse;
    private final CommitmentActuals commitments;

    Portfolios(JdbcClient jdbc, Partnerships partnerships, StageTimes stageTimes, Clock clock,
            DataSource dataSource, PulseResults pulse, CommitmentActuals commitments) {
        this.pulse = pulse;
        this.commitments = commitments;
        this.postgres = Databases.isPostgres(dataSource);
        this.jdbc = jdbc;
        this.partnerships = partnerships;
        this.stageTimes = stageTimes;
        this.clock = clock;
    }

    /** Every figure of the portfolio page. */
    public Portfolio of(String username, String prefix, PortfolioRange range) {
        Partnership p = partnershipOf(username, prefix);
        return new Portfolio(p.getPrefix(), p.getName(), p.getCurrency(), range, funnel(username, prefix, range),
                valueMap(username, prefix, range), responsiveness(username, prefix, range),
                timeInStages(username, prefix, range), origin(username, prefix, range),
                valueRealised(username, prefix, range),
                new Portfolio.Relationship(pulse.history(username, prefix), commitments.of(prefix)));
    }

    /** Ideas submitted in the period by the furthest stage they reached and by their status now. */
    public Funnel funnel(String username, String prefix, PortfolioRange range) {
        Partnership p = partnershipOf(username, prefix);
        Map<IdeaStatus, Long> reachedExactly = new EnumMap<>(IdeaStatus.class);
        Map<IdeaStatus, Long> byStatus = new EnumMap<>(IdeaStatus.class);
        jdbc.sql("""
                select status, reached_stage, count(*) as ideas from idea
                where partnership_id = ? and created_at >= ? and created_at < ?
                group by status, reached_stage""")
                .params(p.getId(), start(range), end(range))
                .query((rs, n) -> {
                    IdeaStatus status = IdeaStatus.valueOf(rs.getString("status"));
                    IdeaStatus reached = IdeaStatus.valueOf(rs.getString("reached_stage"));
                    long ideas = rs.getLong("ideas");
                    reachedExactly.merge(reached, ideas, Long::sum);
                    byStatus.merge(status, ideas, Long::sum);
                    return ideas;
                }).list();
        List<FunnelStage> stages = new ArrayList<>();
        Long previous = null;
        for (int i = 0; i < IdeaStatus.FUNNEL.size(); i++) {
            IdeaStatus stage = IdeaStatus.FUNNEL.get(i);
            long reached = 0;
            for (IdeaStatus later : IdeaStatus.FUNNEL.subList(i, IdeaStatus.FUNNEL.size())) {
                reached += reachedExactly.getOrDefault(later, 0L);
            }
            long now = byStatus.entrySet().stream()
                    .filter(e -> e.getKey().stage() == stage && !isElsewhere(e.getKey()))
                    .mapToLong(Map.Entry::getValue).sum();
            stages.add(new FunnelStage(stage, reached, now, previous == null ? null : Portfolio.percent(reached, previous)));
            previous = reached;
        }
        List<StatusCount> statuses = byStatus.entrySet().stream()
                .map(e -> new StatusCount(e.getKey(), e.getValue())).toList();
        return new Funnel(stages, statuses);
    }

    private static boolean isElsewhere(IdeaStatus status) {
        return status == IdeaStatus.REJECTED || status == IdeaStatus.DUPLICATE || status == IdeaStatus.WITHDRAWN;
    }

    /** The ideas submitted in the period with both estimates in, highest mutual value first. */
    public ValueMap valueMap(String username, String prefix, PortfolioRange range) {
        Partnership p = partnershipOf(username, prefix);
        long total = jdbc.sql("""
                select count(*) from idea_priority v join idea i on i.id = v.idea_id
                where i.partnership_id = ? and i.created_at >= ? and i.created_at < ?""")
                .params(p.getId(), start(range), end(range)).query(Long.class).single();
        List<Bubble> bubbles = jdbc.sql("""
                select i.number, i.title, v.priority, v.customer_expected, v.supplier_expected, v.one_off_cost,
                       v.mutual_value_score
                from idea_priority v join idea i on i.id = v.idea_id
                where i.partnership_id = ? and i.created_at >= ? and i.created_at < ?
                order by v.mutual_value_score desc, i.id
                fetch first %d rows only""".formatted(VALUE_MAP_LIMIT))
                .params(p.getId(), start(range), end(range))
                .query((rs, n) -> new Bubble(rs.getString("number"), rs.getString("title"),
                        Priority.valueOf(rs.getString("priority")), rs.getBigDecimal("customer_expected"),
                        rs.getBigDecimal("supplier_expected"), rs.getBigDecimal("one_off_cost"),
                        rs.getBigDecimal("mutual_value_score")))
                .list();
        return new ValueMap(bubbles, total);
    }

    /** How quickly ideas submitted in the period were decided on, and which steps are open and late now. */
    public Responsiveness responsiveness(String username, String prefix, PortfolioRange range) {
        Partnership p = partnershipOf(username, prefix);
        // Both waits in one pass over the ideas; the percentiles leave out ideas not decided on yet (nulls).
        String screened = "extract(epoch from first_screened_at) - extract(epoch from created_at)";
        String decided = "extract(epoch from board_decided_at) - extract(epoch from created_at)";
        Spread[] waits = jdbc.sql("select count(first_screened_at) as screened, count(board_decided_at) as decided,"
                + " percentile_cont(0.5) within group (order by " + screened + ") as screened_median,"
                + " percentile_cont(0.9) within group (order by " + screened + ") as screened_p90,"
                + " percentile_cont(0.5) within group (order by " + decided + ") as decided_median,"
                + " percentile_cont(0.9) within group (order by " + decided + ") as decided_p90"
                + " from idea where partnership_id = ? and created_at >= ? and created_at < ?")
                .params(p.getId(), start(range), end(range))
                .query((rs, n) -> new Spread[] {
                    spread("First screening decision", rs.getLong("screened"), rs.getDouble("screened_median"),
                            rs.getDouble("screened_p90")),
                    spread("Board decision", rs.getLong("decided"), rs.getDouble("decided_median"),
                            rs.getDouble("decided_p90"))})
                .single();
        Spread toScreening = waits[0];
        Spread toBoard = waits[1];
        Instant now = clock.instant();
        List<String> lateInstances = stageTimes.lateScreeningInstances(p.getPrefix(), now, 10);
        Map<String, LateIdea> byInstance = new HashMap<>();
        if (!lateInstances.isEmpty()) {
            jdbc.sql("select process_instance_id, number, title from idea where partnership_id = :partnership"
                    + " and process_instance_id in (:instances)")
                    .param("partnership", p.getId()).param("instances", lateInstances)
                    .query((rs, n) -> byInstance.put(rs.getString("process_instance_id"),
                            new LateIdea(rs.getString("number"), rs.getString("title"))))
                    .list();
        }
        // Longest waiting first, as the engine listed them.
        List<LateIdea> longestLate = lateInstances.stream().map(byInstance::get).filter(Objects::nonNull)
                .toList();
        List<StageTimes.OpenStep> openNow = stageTimes.openSteps(p.getPrefix(), now);
        long late = openNow.stream().filter(StageTimes.OpenStep::screening).mapToLong(StageTimes.OpenStep::overdue).sum();
        List<Portfolio.OpenStep> open = openNow.stream()
                .map(s -> new Portfolio.OpenStep(s.step(), s.open(), s.overdue())).toList();
        return new Responsiveness(toScreening, toBoard, p.getLifecycle().screeningSlaDays(), late, longestLate, open);
    }

    /** How long each stage took for the stage visits that started in the period, from the engine's history. */
    public TimeInStages timeInStages(String username, String prefix, PortfolioRange range) {
        Partnership p = partnershipOf(username, prefix);
        return new TimeInStages(stageTimes.timeInStages(p.getPrefix(), start(range).toInstant(), end(range).toInstant())
                .stream().map(t -> new Spread(t.stage(), t.completed(), days(t.medianSeconds()), days(t.p90Seconds())))
                .toList());
    }

    private static Spread spread(String what, long count, double medianSeconds, double p90Seconds) {
        return new Spread(what, count, count == 0 ? null : days(medianSeconds), count == 0 ? null : days(p90Seconds));
    }

    private static Double days(Double seconds) {
        return seconds == null ? null : Math.round(seconds / DAY_SECONDS * 100.0) / 100.0;
    }

    /** Ideas submitted in the period by the side they came from and by campaign, with how many were approved. */
    public Origin origin(String username, String prefix, PortfolioRange range) {
        Partnership p = partnershipOf(username, prefix);
        Map<Side, OriginCount> bySide = new EnumMap<>(Side.class);
        jdbc.sql("""
                select origin_side, count(*) as ideas,
                       sum(case when reached_stage in %s then 1 else 0 end) as approved
                from idea where partnership_id = ? and created_at >= ? and created_at < ?
                group by origin_side""".formatted(APPROVED_OR_LATER))
                .params(p.getId(), start(range), end(range))
                .query((rs, n) -> {
                    Side side = Side.valueOf(rs.getString("origin_side"));
                    return bySide.put(side, new OriginCount(side.label(), rs.getLong("ideas"), rs.getLong("approved")));
                }).list();
        List<OriginCount> sides = new ArrayList<>();
        if (!bySide.isEmpty()) {
            for (Side side : Side.values()) {
                sides.add(bySide.getOrDefault(side, new OriginCount(side.label(), 0, 0)));
            }
        }
        List<OriginCount> byCampaign = jdbc.sql("""
                select coalesce(c.title, 'Outside any campaign') as origin, count(*) as ideas,
                       sum(case when i.reached_stage in %s then 1 else 0 end) as approved
                from idea i left join campaign c on c.id = i.campaign_id
                where i.partnership_id = ? and i.created_at >= ? and i.created_at < ?
                group by c.id, c.title
                order by count(*) desc, coalesce(c.title, 'Outside any campaign')""".formatted(APPROVED_OR_LATER))
                .params(p.getId(), start(range), end(range))
                .query((rs, n) -> new OriginCount(rs.getString("origin"), rs.getLong("ideas"), rs.getLong("approved")))
                .list();
        return new Origin(sides, byCampaign);
    }

    /** Deliveries accepted in the period, year by year: estimated against realised annual value per side. */
    public ValueRealised valueRealised(String username, String prefix, PortfolioRange range) {
        Partnership p = partnershipOf(username, prefix);
        // One pass over the partnership's accepted deliveries; estimated value counts only where the same side
        // recorded a realised value (like for like).
        List<RealisedYear> years = jdbc.sql("""
                select extract(year from d.accepted_at) as y, count(*) as delivered,
                       count(case when bc.idea_id is not null or bs.idea_id is not null then 1 end) as reviewed,
                       coalesce(sum(case when bc.idea_id is not null then ec.expected_benefit end), 0) as c_estimated,
                       coalesce(sum(bc.annual_benefit), 0) as c_realised,
                       coalesce(sum(case when bs.idea_id is not null then es.expected_benefit end), 0) as s_estimated,
                       coalesce(sum(bs.annual_benefit), 0) as s_realised
                from delivery d join idea i on i.id = d.idea_id
                left join realised_benefit bc on bc.idea_id = d.idea_id and bc.side = 'CUSTOMER'
                left join realised_benefit bs on bs.idea_id = d.idea_id and bs.side = 'SUPPLIER'
                left join value_estimate ec on ec.idea_id = bc.idea_id and ec.side = 'CUSTOMER'
                left join value_estimate es on es.idea_id = bs.idea_id and es.side = 'SUPPLIER'
                where i.partnership_id = ? and d.accepted_at >= ? and d.accepted_at < ?
                group by extract(year from d.accepted_at)
                order by extract(year from d.accepted_at)""")
                .params(p.getId(), start(range), end(range))
                .query((rs, n) -> new RealisedYear(rs.getInt("y"), rs.getLong("delivered"), rs.getLong("reviewed"),
                        rs.getBigDecimal("c_estimated"), rs.getBigDecimal("c_realised"),
                        rs.getBigDecimal("s_estimated"), rs.getBigDecimal("s_realised")))
                .list();
        return new ValueRealised(years);
    }

    /**
     * The partnership, when the user is one of its members; otherwise as if it did not exist. On PostgreSQL the
     * figure's transaction gets the memory to sort and aggregate a large portfolio in memory rather than on disk.
     */
    private Partnership partnershipOf(String username, String prefix) {
        if (postgres) {
            jdbc.sql("set local work_mem = '64MB'").update();
        }
        partnerships.membership(username, prefix)
                .orElseThrow(() -> new NotFoundException("There is no partnership " + prefix + " of yours."));
        return partnerships.byPrefix(prefix).orElseThrow(() -> new NotFoundException("There is no partnership " + prefix + "."));
    }

    private Timestamp start(PortfolioRange range) {
        return Timestamp.from(range.start(zone()));
    }

    private Timestamp end(PortfolioRange range) {
        return Timestamp.from(range.end(zone()));
    }

    private ZoneId zone() {
        return ZoneId.systemDefault();
    }
}
