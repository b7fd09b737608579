package io.fruition.delivery;

import java.time.Instant;

/** A progress report; every report is visible to the customer side. */
public record ProgressReportView(long id, String reporter, Rag rag, int percentComplete, String summary,
        Instant reportedAt) {
}
