package io.fruition.doors;

import io.fruition.support.FruitionPostgresTest;

/** Blind estimates and votes on every route, on a real PostgreSQL. */
@FruitionPostgresTest
class BlindnessPostgresIT extends BlindnessScenarios {
}
