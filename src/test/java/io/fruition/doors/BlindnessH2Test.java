package io.fruition.doors;

import io.fruition.support.FruitionSpringTest;

/** Blind estimates and votes on every route, on the embedded H2 database. */
@FruitionSpringTest
class BlindnessH2Test extends BlindnessScenarios {
}
