package io.fruition.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import io.fruition.support.MovableClock;

/** A verified password is remembered for a while, for its user only, and forgotten on demand. */
class VerifiedCredentialsTest {

    private final Instant start = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void a_verified_password_is_remembered_until_it_expires() {
        VerifiedCredentials verified = new VerifiedCredentials(Duration.ofMinutes(5),
                Clock.fixed(start, ZoneOffset.UTC));
        verified.remember("nora", "secret-one");

        assertThat(verified.contains("nora", "secret-one")).isTrue();
        assertThat(verified.contains("nora", "secret-two")).isFalse();
        assertThat(verified.contains("carl", "secret-one")).isFalse();
        assertThat(new VerifiedCredentials(Duration.ofMinutes(5), Clock.fixed(start, ZoneOffset.UTC))
                .contains("nora", "secret-one")).as("another process's key knows nothing").isFalse();
    }

    @Test
    void it_expires_and_can_be_forgotten_at_once() {
        MovableClock clock = new MovableClock(start);
        VerifiedCredentials verified = new VerifiedCredentials(Duration.ofMinutes(5), clock);
        verified.remember("nora", "secret-one");
        verified.remember("carl", "secret-two");

        clock.set(start.plus(Duration.ofMinutes(6)));
        assertThat(verified.contains("nora", "secret-one")).isFalse();

        clock.set(start);
        verified.forget("carl");
        assertThat(verified.contains("carl", "secret-two")).isFalse();
        assertThat(verified.contains("nora", "secret-one")).isTrue();
    }
}
