package io.fruition.security;

import io.fruition.support.FruitionSpringTest;

/** Personal API tokens on the embedded H2 database. */
@FruitionSpringTest
class ApiTokenH2Test extends ApiTokenScenarios {
}
