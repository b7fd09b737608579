package io.fruition.api;

import io.fruition.support.FruitionPostgresTest;

/** The JSON API on a real PostgreSQL 17 (full-text search by its text search). */
@FruitionPostgresTest
class IdeaApiPostgresIT extends IdeaApiScenarios {
}
