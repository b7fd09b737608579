package io.fruition.security;

import java.time.Instant;

/** A personal API token as its owner and administrators see it: never the token itself. */
public record ApiToken(long id, String username, String name, Instant createdAt, Instant expiresAt,
        Instant lastUsedAt, String lastUsedAddress, Instant revokedAt, String revokedBy) {

    public boolean usable(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }

    /** "Active", "Expired" or "Revoked". */
    public String state(Instant now) {
        return revokedAt != null ? "Revoked" : expiresAt.isAfter(now) ? "Active" : "Expired";
    }
}
