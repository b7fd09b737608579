package io.fruition.security;

import io.fruition.support.FruitionPostgresTest;

/** Sign-in throttling on every way in, on a real PostgreSQL. */
@FruitionPostgresTest
class SignInThrottlingPostgresIT extends SignInThrottlingScenarios {
}
