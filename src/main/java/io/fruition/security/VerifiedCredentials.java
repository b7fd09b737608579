package io.fruition.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Passwords verified recently, so that an API client sending HTTP Basic on every request pays for the slow
 * password hash once every few minutes, not on every call. An entry is keyed by an HMAC of user name and
 * password under a key that exists only in this process's memory: neither the password nor anything that could
 * be checked against it offline is kept. The stored hashes stay slow; deactivating an account or changing its
 * password forgets its entries at once.
 */
@Component
class VerifiedCredentials {

    private static final int MAX_ENTRIES = 10_000;

    private final Duration ttl;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    private record Entry(String username, Instant until) {
    }

    @Autowired
    VerifiedCredentials(SecurityProperties properties) {
        this(properties.verifiedCredentialsTtl(), Clock.systemUTC());
    }

    VerifiedCredentials(Duration ttl, Clock clock) {
        this.ttl = ttl;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    boolean contains(String username, String password) {
        Entry entry = entries.get(digest(username, password));
        return entry != null && entry.username().equals(username) && entry.until().isAfter(clock.instant());
    }

    void remember(String username, String password) {
        if (ttl.isZero() || ttl.isNegative()) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            Instant now = clock.instant();
            entries.values().removeIf(e -> !e.until().isAfter(now));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(digest(username, password), new Entry(username, clock.instant().plus(ttl)));
    }

    void forget(String username) {
        entries.values().removeIf(e -> e.username().equals(username));
    }

    private String digest(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
