package io.fruition.relationship;

import io.fruition.support.FruitionSpringTest;

/** The pulse scenarios on the embedded H2 database. */
@FruitionSpringTest
class PulseH2Test extends PulseScenarios {
}
