package io.fruition.doors;

import io.fruition.support.FruitionSpringTest;

/** The access matrix on the embedded H2 database. */
@FruitionSpringTest
class AccessMatrixH2Test extends AccessMatrixScenarios {
}
