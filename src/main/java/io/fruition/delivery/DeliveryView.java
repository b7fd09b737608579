package io.fruition.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A delivery with everything both sides may see of it. */
public record DeliveryView(long ideaId, String owner, LocalDate targetDate, String note, Instant plannedAt,
        List<MilestoneView> milestones, List<ProgressReportView> reports, List<Returned> returns, Instant acceptedAt,
        String acceptedBy, String acceptanceNote) {

    /** A time the customer sent the delivery back. */
    public record Returned(String by, String reasons, Instant at) {
    }

    public boolean accepted() {
        return acceptedAt != null;
    }

    public int percentComplete() {
        return reports.isEmpty() ? 0 : reports.get(reports.size() - 1).percentComplete();
    }
}
