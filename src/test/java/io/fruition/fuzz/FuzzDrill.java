package io.fruition.fuzz;

import io.fruition.support.FruitionPostgresTest;

/** The long fuzz run (drills profile): ten thousand cases on a real PostgreSQL; the report is in target/fuzz. */
@FruitionPostgresTest
class FuzzDrill extends FuzzScenarios {

    @Override
    int cases() {
        return Integer.getInteger("fuzz.cases", 10_000);
    }

    @Override
    long seed() {
        return Long.getLong("fuzz.seed", System.currentTimeMillis());
    }
}
