package io.fruition.api;

import io.fruition.support.FruitionPostgresTest;

/** What members do through the API, on a real PostgreSQL 17. */
@FruitionPostgresTest
class MemberApiPostgresIT extends MemberApiScenarios {
}
