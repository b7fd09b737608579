package io.fruition.security;

import io.fruition.support.FruitionSpringTest;

/** Sign-in throttling on every way in, on the embedded H2 database. */
@FruitionSpringTest
class SignInThrottlingH2Test extends SignInThrottlingScenarios {
}
