package io.fruition.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.fruition.support.MovableClock;

/** The throttle's policy, on a clock the test moves. */
class SignInThrottleTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T09:00:00Z"));
    private final SignInThrottle throttle = new SignInThrottle(
            new SecurityProperties.SignIn(5, 20, 10, Duration.ofSeconds(2), Duration.ofMinutes(15)), clock);

    @Test
    void five_failures_for_an_account_from_one_address_make_the_next_attempt_wait_and_the_wait_doubles() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("nora", "10.0.0.1");
        }
        assertThat(throttle.waitFor("nora", "10.0.0.1")).isEmpty();
        assertThat(throttle.failed("nora", "10.0.0.1")).hasValue(Duration.ofSeconds(2));
        assertThat(throttle.waitFor("nora", "10.0.0.1")).hasValue(Duration.ofSeconds(2));
        assertThat(throttle.waitFor("nora", "10.0.0.2")).as("nora from elsewhere is not held up yet").isEmpty();

        clock.advance(Duration.ofSeconds(3));
        assertThat(throttle.failed("nora", "10.0.0.1")).hasValue(Duration.ofSeconds(4));
        clock.advance(Duration.ofSeconds(5));
        assertThat(throttle.failed("nora", "10.0.0.1")).hasValue(Duration.ofSeconds(8));
    }

    @Test
    void the_wait_never_grows_past_the_ceiling() {
        for (int i = 0; i < 40; i++) {
            throttle.failed("carl", "10.0.0.3");
            clock.advance(Duration.ofMinutes(16));
        }
        assertThat(throttle.failed("carl", "10.0.0.3")).hasValue(Duration.ofMinutes(15));
    }

    @Test
    void a_success_clears_the_accounts_failures() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("cathy", "10.0.0.5");
        }
        throttle.succeeded("cathy", "10.0.0.5");
        throttle.failed("cathy", "10.0.0.5");
        assertThat(throttle.waitFor("cathy", "10.0.0.5")).isEmpty();
    }

    @Test
    void many_accounts_tried_from_one_address_hold_up_that_address() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("user" + i, "10.0.0.9");
        }
        assertThat(throttle.waitFor("someone-else", "10.0.0.9")).isPresent();
        assertThat(throttle.waitFor("someone-else", "10.0.0.10")).isEmpty();
    }

    @Test
    void one_account_tried_from_many_addresses_is_held_up_everywhere_for_a_while_only() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("sam", "10.1.0." + i);
        }
        assertThat(throttle.waitFor("sam", "10.9.9.9")).hasValue(Duration.ofSeconds(2));
        clock.advance(Duration.ofSeconds(3));
        assertThat(throttle.waitFor("sam", "10.9.9.9")).isEmpty();
    }

    @Test
    void failures_are_forgotten_after_an_hour() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("dave", "10.0.0.4");
        }
        clock.advance(Duration.ofMinutes(61));
        throttle.failed("dave", "10.0.0.4");
        assertThat(throttle.waitFor("dave", "10.0.0.4")).as("four old failures and a new one are not five").isEmpty();
    }
}
