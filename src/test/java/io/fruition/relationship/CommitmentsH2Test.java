package io.fruition.relationship;

import io.fruition.support.FruitionSpringTest;

/** The commitment scenarios on the embedded H2 database. */
@FruitionSpringTest
class CommitmentsH2Test extends CommitmentScenarios {
}
