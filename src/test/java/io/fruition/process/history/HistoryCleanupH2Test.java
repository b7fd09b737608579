package io.fruition.process.history;

import io.fruition.support.FruitionSpringTest;

/** The history cleanup scenarios on the embedded H2 database. */
@FruitionSpringTest
class HistoryCleanupH2Test extends HistoryCleanupScenarios {
}
