package io.fruition.lifecycle;

import io.fruition.support.FruitionPostgresTest;

/** The lifecycle scenarios on a real PostgreSQL 17. */
@FruitionPostgresTest
class LifecyclePostgresIT extends LifecycleScenarios {
}
