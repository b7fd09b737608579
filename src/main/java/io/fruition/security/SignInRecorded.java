package io.fruition.security;

/**
 * A password was checked (a sign-in, or the first request of an API client in a while), or refused, or the
 * caller was made to wait. The audit log records it; the password is never part of it.
 */
public record SignInRecorded(String username, String address, Outcome outcome) {

    public enum Outcome {
        SIGNED_IN, WRONG_PASSWORD, THROTTLED
    }
}
