package io.fruition.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.fruition.shared.Audited;
import io.fruition.shared.InvalidInputException;
import io.fruition.shared.NotFoundException;

/**
 * Personal API tokens: a member makes one for a system that acts as them (a name, an expiry), sees it once, sees
 * when each was last used and from where, and revokes it; administrators see and revoke any. Only a SHA-256 digest
 * of a token is stored: a token is 256 random bits, so its check is a single lookup, not a slow hash. A token
 * carries its owner's rights as they are at each request; a revoked or expired one, or one of a deactivated
 * account, is refused at once. Making, revoking, and using one from a new address are in the audit log.
 */
@Service
@Transactional
public class ApiTokens {

    /** What every token starts with, so that a leaked one is recognised (by people and secret scanners). */
    public static final String PREFIX = "fru_";
    static final int MAX_ACTIVE = 20;
    static final int MAX_DAYS = 366;
    /** Last use is written at most this often per token, not on every request. */
    static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final UserAccounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<Long, Instant> lastWritten = new ConcurrentHashMap<>();

    ApiTokens(JdbcClient jdbc, UserAccounts accounts, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** A new token and its secret, which is shown once and never again. */
    public record Created(ApiToken token, String secret) {
    }

    public Created create(String username, String name, LocalDate expiresOn) {
        UserAccount account = accounts.find(username).filter(UserAccount::isActive)
                .orElseThrow(() -> new NotFoundException("There is no active account '" + username + "'."));
        Map<String, List<String>> problems = new LinkedHashMap<>();
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 100) {
            problems.put("name", List.of("Give the token a name of at most 100 characters: what uses it."));
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault());
        if (expiresOn == null || !expiresOn.isAfter(today) || expiresOn.isAfter(today.plusDays(MAX_DAYS))) {
            problems.put("expiresOn", List.of("A token expires after today and within a year."));
        }
        long active = of(username).stream().filter(t -> t.usable(clock.instant())).count();
        if (active >= MAX_ACTIVE) {
            problems.put("name", List.of("You have " + active + " active tokens; revoke one you no longer use first."));
        }
        if (!problems.isEmpty()) {
            List<String> all = new ArrayList<>();
            problems.values().forEach(all::addAll);
            throw new InvalidInputException(all, problems);
        }
        byte[] bits = new byte[32];
        random.nextBytes(bits);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
        Instant expires = expiresOn.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into api_token (username, name, digest, created_at, expires_at) values (?, ?, ?, ?, ?)")
                .params(account.getUsername(), clean, digest(secret), Timestamp.from(clock.instant()),
                        Timestamp.from(expires)).update(keys, "id");
        ApiToken token = get(keys.getKey().longValue());
        events.publishEvent(new Audited(username, "API token made", username + " · " + clean, null, state(token)));
        return new Created(token, secret);
    }

    /** The user's tokens, newest first. */
    @Transactional(readOnly = true)
    public List<ApiToken> of(String username) {
        return jdbc.sql("select * from api_token where username = ? order by created_at desc, id desc")
                .param(username).query(ApiTokens::token).list();
    }

    /** Every token of every user, newest first: for an administrator. */
    @Transactional(readOnly = true)
    public List<ApiToken> all(String actor) {
        requireAdmin(actor);
        return jdbc.sql("select * from api_token order by created_at desc, id desc").query(ApiTokens::token).list();
    }

    /** The owner or an administrator revokes a token: it is refused from the next request on. */
    public ApiToken revoke(String actor, long id) {
        ApiToken token = jdbc.sql("select * from api_token where id = ?").param(id).query(ApiTokens::token).optional()
                .filter(t -> t.username().equals(actor) || isAdmin(actor))
                .orElseThrow(() -> new NotFoundException("There is no such token of yours."));
        if (token.revokedAt() != null) {
            return token;
        }
        jdbc.sql("update api_token set revoked_at = ?, revoked_by = ? where id = ?")
                .params(Timestamp.from(clock.instant()), actor, id).update();
        ApiToken revoked = get(id);
        events.publishEvent(new Audited(actor, "API token revoked", token.username() + " · " + token.name(),
                state(token), state(revoked)));
        return revoked;
    }

    /**
     * The user a token speaks for, if it is one of ours, neither revoked nor expired, and its owner's account is
     * active; empty otherwise.
     */
    public Optional<UserAccount> authenticate(String secret, String address) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<ApiToken> found = jdbc.sql("select * from api_token where digest = ?").param(digest(secret))
                .query(ApiTokens::token).optional().filter(t -> t.usable(now));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ApiToken token = found.get();
        Optional<UserAccount> account = accounts.find(token.username()).filter(UserAccount::isActive);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        String from = address == null ? ClientAddress.LOCAL : address;
        boolean newAddress = !from.equals(token.lastUsedAddress());
        Instant written = lastWritten.get(token.id());
        if (newAddress || written == null || written.plus(LAST_USE_PRECISION).isBefore(now)) {
            jdbc.sql("update api_token set last_used_at = ?, last_used_address = ? where id = ?")
                    .params(Timestamp.from(now), from, token.id()).update();
            lastWritten.put(token.id(), now);
            if (newAddress) {
                Map<String, Object> after = new LinkedHashMap<>();
                after.put("address", from);
                after.put("before", token.lastUsedAddress() == null ? "never used" : token.lastUsedAddress());
                events.publishEvent(new Audited(token.username(), "API token used from a new address",
                        token.username() + " · " + token.name(), null, after));
            }
        }
        return account;
    }

    private ApiToken get(long id) {
        return jdbc.sql("select * from api_token where id = ?").param(id).query(ApiTokens::token).single();
    }

    private boolean isAdmin(String username) {
        return accounts.find(username).filter(UserAccount::isActive).map(UserAccount::isAdmin).orElse(false);
    }

    private void requireAdmin(String actor) {
        if (!isAdmin(actor)) {
            throw new NotFoundException("Only an administrator sees every token.");
        }
    }

    static String digest(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> state(ApiToken t) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", t.name());
        state.put("expires", t.expiresAt());
        state.put("revoked", t.revokedAt() == null ? "no" : "by " + t.revokedBy());
        return state;
    }

    private static ApiToken token(ResultSet rs, int n) throws SQLException {
        return new ApiToken(rs.getLong("id"), rs.getString("username"), rs.getString("name"), at(rs, "created_at"),
                at(rs, "expires_at"), at(rs, "last_used_at"), rs.getString("last_used_address"), at(rs, "revoked_at"),
                rs.getString("revoked_by"));
    }

    private static Instant at(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
