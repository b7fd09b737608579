package io.fruition.fuzz;

import io.fruition.support.FruitionPostgresTest;

/** A slice of the fuzz run in every build, on a real PostgreSQL, from another seed than the H2 slice. */
@FruitionPostgresTest
class FuzzSlicePostgresIT extends FuzzScenarios {

    @Override
    int cases() {
        return Integer.getInteger("fuzz.cases", 400);
    }

    @Override
    long seed() {
        return Long.getLong("fuzz.seed", 20261202L);
    }
}
