package io.fruition.process;

import io.fruition.support.FruitionPostgresTest;

/** The history cleanup scenarios on a real PostgreSQL. */
@FruitionPostgresTest
class HistoryCleanupPostgresIT extends HistoryCleanupScenarios {
}
