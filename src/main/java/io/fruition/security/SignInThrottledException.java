package io.fruition.security;

import java.time.Duration;

/** Too many failed sign-ins for this account or from this address: the caller must wait before trying again. */
public class SignInThrottledException extends RuntimeException {

    private final Duration retryAfter;

    public SignInThrottledException(Duration retryAfter) {
        super("Too many failed sign-ins. Try again in " + seconds(retryAfter) + " seconds.");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** The wait in whole seconds, rounded up, as the Retry-After header says it. */
    public long retryAfterSeconds() {
        return seconds(retryAfter);
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
