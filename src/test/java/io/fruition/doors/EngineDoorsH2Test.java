package io.fruition.doors;

import io.fruition.support.FruitionSpringTest;

/** The engine's doors on the embedded H2 database. */
@FruitionSpringTest
class EngineDoorsH2Test extends EngineDoorsScenarios {
}
