package io.fruition.relationship;

import io.fruition.support.FruitionPostgresTest;

/** The pulse scenarios on a real PostgreSQL 17. */
@FruitionPostgresTest
class PulsePostgresIT extends PulseScenarios {
}
