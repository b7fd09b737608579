package io.fruition.api;

import io.fruition.support.FruitionSpringTest;

/** What members do through the API, on the embedded H2 database. */
@FruitionSpringTest
class MemberApiH2Test extends MemberApiScenarios {
}
