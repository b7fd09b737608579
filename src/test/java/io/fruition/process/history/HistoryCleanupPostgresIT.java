package io.fruition.process.history;

import io.fruition.support.FruitionPostgresTest;

/** The history cleanup scenarios on a real PostgreSQL. */
@FruitionPostgresTest
class HistoryCleanupPostgresIT extends HistoryCleanupScenarios {
}
