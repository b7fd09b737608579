package io.fruition;

import io.fruition.support.FruitionSpringTest;

/** The whole application on the embedded H2 database, the default for a first start. */
@FruitionSpringTest
class H2ApplicationTest extends ApplicationScenarios {
}
