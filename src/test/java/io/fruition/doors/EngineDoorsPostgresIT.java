package io.fruition.doors;

import io.fruition.support.FruitionPostgresTest;

/** The engine's doors on a real PostgreSQL. */
@FruitionPostgresTest
class EngineDoorsPostgresIT extends EngineDoorsScenarios {
}
