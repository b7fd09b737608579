package io.fruition.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing on every way in (the sign-in form, HTTP Basic on /api and /engine-rest,
 * Camunda's webapp sign-in). Failures are counted per account and address, per address (many accounts tried
 * from one place) and per account (one account tried from many places); past a threshold each further failure
 * doubles the wait, up to a ceiling, so the real user is delayed, never locked out for good. A success clears
 * the account's counts; counts are forgotten after an hour without failures. The counts live in this node's
 * memory: a cluster of n nodes lets an attacker try at most n times as often.
 */
@Component
public class SignInThrottle {

    private static final Duration FORGET_AFTER = Duration.ofHours(1);

    private final SecurityProperties.SignIn policy;
    private final Clock clock;
    private final ConcurrentMap<String, Failures> failures = new ConcurrentHashMap<>();

    @Autowired
    SignInThrottle(SecurityProperties properties) {
        // Real time, not the engine's clock that the demo and the tests move.
        this(properties.signIn(), Clock.systemUTC());
    }

    SignInThrottle(SecurityProperties.SignIn policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    private record Failures(int count, Instant last, Instant blockedUntil) {
    }

    /** How long the caller must still wait before trying this account from this address; empty when they may. */
    public Optional<Duration> waitFor(String username, String address) {
        Instant now = clock.instant();
        Instant until = Instant.MIN;
        for (String key : keys(username, address)) {
            Failures f = failures.get(key);
            if (f != null && f.blockedUntil().isAfter(until)) {
                until = f.blockedUntil();
            }
        }
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    /** Counts a failure; returns the wait it starts, if it starts one. */
    public Optional<Duration> failed(String username, String address) {
        Instant now = clock.instant();
        prune(now);
        Duration longest = Duration.ZERO;
        String[] keys = keys(username, address);
        int[] thresholds = {policy.perAccountAndAddress(), policy.perAddress(), policy.perAccount()};
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == null) {
                continue;
            }
            int threshold = thresholds[i];
            // Counts an hour old start again: only recent failures add up.
            Failures f = failures.merge(keys[i], new Failures(1, now, Instant.MIN),
                    (old, one) -> old.last().plus(FORGET_AFTER).isBefore(now) ? one
                            : new Failures(old.count() + 1, now, old.blockedUntil()));
            if (f.count() >= threshold) {
                Duration wait = delay(f.count() - threshold);
                failures.put(keys[i], new Failures(f.count(), now, now.plus(wait)));
                if (wait.compareTo(longest) > 0) {
                    longest = wait;
                }
            }
        }
        return longest.isZero() ? Optional.empty() : Optional.of(longest);
    }

    public void succeeded(String username, String address) {
        failures.remove(accountAtAddress(username, address));
        failures.remove(account(username));
    }

    /** The first wait, doubled with every further failure, never longer than the ceiling. */
    Duration delay(int beyondThreshold) {
        long first = policy.firstDelay().toMillis();
        long max = policy.maxDelay().toMillis();
        long delay = beyondThreshold >= 30 ? max : Math.min(max, first << beyondThreshold);
        return Duration.ofMillis(delay);
    }

    /** Forgets counts an hour old, now and then, so that memory stays bounded by an hour of failures. */
    private void prune(Instant now) {
        if (failures.size() > 1_000) {
            failures.values().removeIf(f -> f.last().plus(FORGET_AFTER).isBefore(now) && f.blockedUntil().isBefore(now));
        }
    }

    private static String[] keys(String username, String address) {
        return new String[] {accountAtAddress(username, address), address == null ? null : "address:" + address,
                account(username)};
    }

    private static String accountAtAddress(String username, String address) {
        return "account@address:" + normal(username) + "@" + address;
    }

    private static String account(String username) {
        return "account:" + normal(username);
    }

    private static String normal(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
