package io.fruition.lifecycle;

import io.fruition.support.FruitionSpringTest;

/** The lifecycle scenarios on the embedded H2 database. */
@FruitionSpringTest
class LifecycleH2Test extends LifecycleScenarios {
}
