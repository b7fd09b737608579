package io.fruition.doors;

import io.fruition.support.FruitionPostgresTest;

/** The access matrix on a real PostgreSQL. */
@FruitionPostgresTest
class AccessMatrixPostgresIT extends AccessMatrixScenarios {
}
