package io.fruition.analytics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.fruition.commitment.CommitmentActuals;
import io.fruition.commitment.CommitmentTables;
import io.fruition.idea.IdeaStatus;
import io.fruition.partnership.Side;
import io.fruition.pulse.PulseResults.RoundResult;
import io.fruition.pulse.PulseTables;
import io.fruition.shared.Table;
import io.fruition.valuation.Priority;

/**
 * What a partnership's innovation programme has produced for each side, over a period: every figure of the
 * portfolio page, each with the table that carries its numbers.
 */
public record Portfolio(String prefix, String partnershipName, String currency, PortfolioRange range,
        Funnel funnel, ValueMap valueMap, Responsiveness responsiveness, TimeInStages timeInStages, Origin origin,
        ValueRealised valueRealised, Relationship relationship) {

    /** The tables of every figure, in the order the page shows them. */
    public List<Table> tables() {
        List<Table> tables = new ArrayList<>();
        tables.add(funnel.table());
        tables.add(funnel.statusTable());
        tables.add(valueMap.table());
        tables.add(responsiveness.table());
        tables.add(timeInStages.table());
        tables.add(responsiveness.openStepTable());
        tables.add(origin.sideTable());
        tables.add(origin.campaignTable());
        tables.add(valueRealised.table());
        tables.add(relationship.scores());
        tables.add(relationship.commitmentTable());
        return tables;
    }

    /**
     * Whether the relationship is getting better beside the value the ideas produced: the pulse's closed rounds
     * (whatever the period: the relationship is not a count of ideas) and the commitments in force now.
     */
    public record Relationship(List<RoundResult> rounds, List<CommitmentActuals.Progress> commitments) {

        public Table scores() {
            return PulseTables.scores(rounds);
        }

        public Table commitmentTable() {
            return CommitmentTables.progress(commitments);
        }
    }

    /** One stage of the main line: how many ideas reached it and how many of the previous stage's did. */
    public record FunnelStage(IdeaStatus stage, long reached, long now, Double conversionPercent) {
    }

    public record StatusCount(IdeaStatus status, long ideas) {
    }

    public record Funnel(List<FunnelStage> stages, List<StatusCount> byStatus) {

        public long submitted() {
            return stages.get(0).reached();
        }

        public long reached(IdeaStatus stage) {
            return stages.stream().filter(s -> s.stage() == stage).mapToLong(FunnelStage::reached).sum();
        }

        /** The share of submitted ideas that reached delivery, in percent; null when nothing was submitted. */
        public Double reachedDeliveryPercent() {
            return percent(reached(IdeaStatus.IN_DELIVERY), submitted());
        }

        public Table table() {
            return new Table("Funnel", List.of("Stage", "Ideas that reached it", "Ideas there now",
                    "Conversion from the stage before (%)"),
                    stages.stream().<List<Object>>map(s -> List.of(s.stage().label(), s.reached(), s.now(),
                            s.conversionPercent() == null ? "" : s.conversionPercent())).toList());
        }

        public Table statusTable() {
            return new Table("Ideas by status", List.of("Status", "Ideas"),
                    byStatus.stream().<List<Object>>map(s -> List.of(s.status().label(), s.ideas())).toList());
        }
    }

    /** One idea with both estimates in: value for each side, cost and priority. */
    public record Bubble(String number, String title, Priority priority, BigDecimal customerValue,
            BigDecimal supplierValue, BigDecimal oneOffCost, BigDecimal score) {
    }

    /** The ideas with both estimates in, highest mutual value first; {@code total} counts those not shown too. */
    public record ValueMap(List<Bubble> bubbles, long total) {

        public Table table() {
            return new Table("Value map", List.of("Idea", "Title", "Priority", "Customer value per year",
                    "Supplier value per year", "One-off cost", "Mutual value score"),
                    bubbles.stream().<List<Object>>map(b -> List.of(b.number(), b.title(), b.priority().label(),
                            b.customerValue(), b.supplierValue(), b.oneOffCost(), b.score())).toList());
        }
    }

    /** How long something took, in days: the median and the 90th percentile over {@code count} ideas or visits. */
    public record Spread(String what, long count, Double medianDays, Double p90Days) {
    }

    public record OpenStep(String step, long open, long overdue) {
    }

    public record LateIdea(String number, String title) {
    }

    /** How long each stage of the lifecycle took, from the engine's history. */
    public record TimeInStages(List<Spread> stages) {

        public boolean isEmpty() {
            return stages.stream().allMatch(s -> s.count() == 0);
        }

        public Table table() {
            return new Table("Time in each stage", List.of("Stage", "Completed", "Median (days)",
                    "90th percentile (days)"), stages.stream().map(Responsiveness::row).toList());
        }
    }

    public record Responsiveness(Spread toScreeningDecision, Spread toBoardDecision, int screeningSlaWorkingDays,
            long lateScreenings, List<LateIdea> longestLate, List<OpenStep> openSteps) {

        public Table table() {
            return new Table("Responsiveness", List.of("From submission to", "Ideas", "Median (days)",
                    "90th percentile (days)"),
                    List.of(row(toScreeningDecision), row(toBoardDecision)));
        }

        public Table openStepTable() {
            return new Table("Open steps now", List.of("Step", "Open", "Past due"),
                    openSteps.stream().<List<Object>>map(s -> List.of(s.step(), s.open(), s.overdue())).toList());
        }

        static List<Object> row(Spread spread) {
            List<Object> row = new ArrayList<>();
            row.add(spread.what());
            row.add(spread.count());
            row.add(spread.medianDays());
            row.add(spread.p90Days());
            return row;
        }
    }

    /** Ideas from one origin (a side, a campaign) and how many of them were approved. */
    public record OriginCount(String origin, long ideas, long approved) {
    }

    public record Origin(List<OriginCount> bySide, List<OriginCount> byCampaign) {

        public Table sideTable() {
            return table("Ideas by side", "Side", bySide);
        }

        public Table campaignTable() {
            return table("Ideas by campaign", "Campaign", byCampaign);
        }

        private static Table table(String title, String first, List<OriginCount> counts) {
            return new Table(title, List.of(first, "Ideas", "Approved"),
                    counts.stream().<List<Object>>map(c -> List.of(c.origin(), c.ideas(), c.approved())).toList());
        }
    }

    /**
     * The deliveries accepted in one year: how many, how many have had their benefits review, and for those the
     * annual value each side expected and the value it realised (like for like).
     */
    public record RealisedYear(int year, long delivered, long reviewed, BigDecimal customerEstimated,
            BigDecimal customerRealised, BigDecimal supplierEstimated, BigDecimal supplierRealised) {

        public BigDecimal realised(Side side) {
            return side == Side.CUSTOMER ? customerRealised : supplierRealised;
        }

        public BigDecimal estimated(Side side) {
            return side == Side.CUSTOMER ? customerEstimated : supplierEstimated;
        }
    }

    public record ValueRealised(List<RealisedYear> years) {

        public BigDecimal realised(Side side) {
            return years.stream().map(y -> y.realised(side)).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        public BigDecimal estimated(Side side) {
            return years.stream().map(y -> y.estimated(side)).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        public long delivered() {
            return years.stream().mapToLong(RealisedYear::delivered).sum();
        }

        public long reviewed() {
            return years.stream().mapToLong(RealisedYear::reviewed).sum();
        }

        public Table table() {
            return new Table("Value realised", List.of("Year accepted", "Deliveries accepted", "Benefits reviewed",
                    "Customer: estimated per year", "Customer: realised per year", "Supplier: estimated per year",
                    "Supplier: realised per year"),
                    years.stream().<List<Object>>map(y -> List.of(y.year(), y.delivered(), y.reviewed(),
                            y.customerEstimated(), y.customerRealised(), y.supplierEstimated(), y.supplierRealised()))
                            .toList());
        }
    }

    static Double percent(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
    }
}
