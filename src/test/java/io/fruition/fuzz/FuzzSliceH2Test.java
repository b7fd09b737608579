package io.fruition.fuzz;

import io.fruition.support.FruitionSpringTest;

/** A slice of the fuzz run in every build, on the embedded H2 database; the drills profile runs thousands. */
@FruitionSpringTest
class FuzzSliceH2Test extends FuzzScenarios {

    @Override
    int cases() {
        return Integer.getInteger("fuzz.cases", 400);
    }
}
