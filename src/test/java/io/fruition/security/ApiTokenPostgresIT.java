package io.fruition.security;

import io.fruition.support.FruitionPostgresTest;

/** Personal API tokens on a real PostgreSQL 17. */
@FruitionPostgresTest
class ApiTokenPostgresIT extends ApiTokenScenarios {
}
