package io.fruition.commitment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.fruition.shared.Table;

/** The commitments' figures as tables: the page's grids, their CSV files, the portfolio and the board pack. */
public final class CommitmentTables {

    private CommitmentTables() {
    }

    public static Table progress(List<CommitmentActuals.Progress> progress) {
        List<List<Object>> rows = new ArrayList<>();
        for (CommitmentActuals.Progress p : progress) {
            rows.add(Arrays.asList(p.what(), p.period().label(), p.actualText(), p.trend(), p.mark().label(), p.why()));
        }
        return new Table("Commitments", List.of("Commitment", "Period", "Actual", "Trend", "Mark", "Why"), rows);
    }

    public static Table fund(InnovationFund.Figures f) {
        List<List<Object>> rows = new ArrayList<>();
        for (InnovationFund.Drawn d : f.drawn()) {
            rows.add(Arrays.asList(d.number(), d.cost(),
                    d.approvedAt() == null ? "" : LocalDate.ofInstant(d.approvedAt(), ZoneId.systemDefault()).toString()));
        }
        return new Table("Innovation fund " + f.year(), List.of("Idea", "One-off cost", "Approved"), rows);
    }

    public static Table misses(List<CommitmentReview.Miss> misses, List<Commitment> commitments, String currency) {
        List<List<Object>> rows = new ArrayList<>();
        for (CommitmentReview.Miss m : misses) {
            String what = commitments.stream().filter(c -> c.id() == m.commitmentId()).findFirst()
                    .map(c -> c.describe(currency)).orElse("");
            rows.add(Arrays.asList(m.period(), what, plain(m.target()), plain(m.actual())));
        }
        return new Table("Missed commitments", List.of("Period", "Commitment", "Target", "Actual"), rows);
    }

    private static Object plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
