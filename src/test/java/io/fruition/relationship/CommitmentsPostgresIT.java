package io.fruition.relationship;

import io.fruition.support.FruitionPostgresTest;

/** The commitment scenarios on a real PostgreSQL 17. */
@FruitionPostgresTest
class CommitmentsPostgresIT extends CommitmentScenarios {
}
