package io.fruition.webhook;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.fruition.partnership.Membership;
import io.fruition.partnership.Partnership;
import io.fruition.partnership.PartnershipRole;
import io.fruition.partnership.Partnerships;
import io.fruition.security.UserAccount;
import io.fruition.security.UserAccounts;
import io.fruition.shared.Audited;
import io.fruition.shared.InvalidInputException;
import io.fruition.shared.NotFoundException;

/**
 * A partnership's webhooks, managed by administrators and the partnership's innovation leads (either side): add
 * one (its secret is shown once), change it, switch it off and on, rotate its secret, send a test event, read its
 * delivery log, delete it. Every change is in the audit log, never the secret. Anybody else finds no webhooks.
 */
@Service
@Transactional
public class Webhooks {

    static final int MAX_PER_PARTNERSHIP = 20;
    static final String SECRET_PREFIX = "whsec_";

    private final JdbcClient jdbc;
    private final Partnerships partnerships;
    private final UserAccounts accounts;
    private final WebhookAddresses addresses;
    private final WebhookEvents webhookEvents;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Webhooks(JdbcClient jdbc, Partnerships partnerships, UserAccounts accounts, WebhookAddresses addresses,
            WebhookEvents webhookEvents, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.partnerships = partnerships;
        this.accounts = accounts;
        this.addresses = addresses;
        this.webhookEvents = webhookEvents;
        this.events = events;
        this.clock = clock;
    }

    /** What a manager writes: a name, the URL, the message flavour, the events, on or off. */
    public record Draft(String name, String url, Flavour flavour, Set<WebhookEvent> events, boolean enabled) {
    }

    /** A new (or re-keyed) webhook and its secret, shown once. */
    public record Keyed(Webhook webhook, String secret) {
    }

    /** The partnerships whose webhooks the user manages: every one for an administrator. */
    @Transactional(readOnly = true)
    public List<String> managedBy(String actor) {
        if (isAdmin(actor)) {
            return partnerships.all().stream().map(Partnership::getPrefix).sorted().toList();
        }
        return partnerships.membershipsOf(actor).stream().filter(m -> m.has(PartnershipRole.INNOVATION_LEAD))
                .map(Membership::partnershipPrefix).sorted().toList();
    }

    @Transactional(readOnly = true)
    public boolean mayManage(String actor, String prefix) {
        return managedBy(actor).contains(prefix);
    }

    /** The partnership's webhooks, oldest first, for one who manages them. */
    @Transactional(readOnly = true)
    public List<Webhook> of(String actor, String prefix) {
        requireManager(actor, prefix);
        return jdbc.sql(SELECT + " where p.prefix = ? order by w.id").param(prefix).query(Webhooks::webhook).list();
    }

    @Transactional(readOnly = true)
    public Webhook get(String actor, long id) {
        Webhook webhook = find(id);
        requireManager(actor, webhook.partnership());
        return webhook;
    }

    public Keyed create(String actor, String prefix, Draft draft) {
        requireManager(actor, prefix);
        Draft clean = check(draft);
        long existing = jdbc.sql("select count(*) from webhook w join partnership p on p.id = w.partnership_id "
                + "where p.prefix = ?").param(prefix).query(Long.class).single();
        if (existing >= MAX_PER_PARTNERSHIP) {
            throw new InvalidInputException(List.of(prefix + " has " + existing + " webhooks, the most it may have; "
                    + "delete one it no longer uses first."));
        }
        String secret = newSecret();
        long partnershipId = partnerships.byPrefix(prefix).orElseThrow().getId();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into webhook (partnership_id, name, url, secret, flavour, events, enabled, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(partnershipId, clean.name(), clean.url(), secret, clean.flavour().name(),
                        wire(clean.events()), clean.enabled(), actor, Timestamp.from(clock.instant()))
                .update(keys, "id");
        Webhook created = find(keys.getKey().longValue());
        audit(actor, "Webhook added", created, null, state(created));
        return new Keyed(created, secret);
    }

    public Webhook change(String actor, long id, Draft draft) {
        Webhook before = get(actor, id);
        Draft clean = check(draft);
        jdbc.sql("""
                update webhook set name = ?, url = ?, flavour = ?, events = ?, enabled = ?,
                  failures = case when ? then 0 else failures end,
                  disabled_at = case when ? then null else disabled_at end,
                  disabled_reason = case when ? then null else disabled_reason end
                where id = ?""")
                .params(clean.name(), clean.url(), clean.flavour().name(), wire(clean.events()), clean.enabled(),
                        clean.enabled(), clean.enabled(), clean.enabled(), id)
                .update();
        Webhook after = find(id);
        audit(actor, "Webhook changed", after, state(before), state(after));
        return after;
    }

    /** Switches an endpoint on (its count of failures starts again) or off. */
    public Webhook switchOn(String actor, long id, boolean on) {
        Webhook before = get(actor, id);
        return change(actor, id, new Draft(before.name(), before.url(), before.flavour(), before.events(), on));
    }

    /** A new secret: deliveries are signed with it from now on. */
    public Keyed rotateSecret(String actor, long id) {
        Webhook webhook = get(actor, id);
        String secret = newSecret();
        jdbc.sql("update webhook set secret = ? where id = ?").params(secret, id).update();
        audit(actor, "Webhook secret rotated", webhook, null, Map.of("secret", "new"));
        return new Keyed(find(id), secret);
    }

    public void delete(String actor, long id) {
        Webhook webhook = get(actor, id);
        jdbc.sql("delete from webhook_delivery where webhook_id = ?").param(id).update();
        jdbc.sql("delete from webhook where id = ?").param(id).update();
        audit(actor, "Webhook deleted", webhook, state(webhook), null);
    }

    /** Queues a test event ({@code io.fruition.webhook.test}) for this endpoint alone, whether it is on or off. */
    public void sendTest(String actor, long id) {
        Webhook webhook = get(actor, id);
        webhookEvents.test(webhook, actor);
    }

    /** The endpoint's latest deliveries, newest first. */
    @Transactional(readOnly = true)
    public List<WebhookDelivery> deliveries(String actor, long id, int limit) {
        get(actor, id);
        return jdbc.sql("""
                select * from webhook_delivery where webhook_id = ? order by id desc
                offset 0 rows fetch next ? rows only""")
                .params(id, Math.max(1, Math.min(limit, 500)))
                .query((rs, n) -> new WebhookDelivery(rs.getLong("id"), rs.getString("event_id"),
                        rs.getString("event_type"), rs.getString("subject"), rs.getString("status"),
                        rs.getInt("attempts"), at(rs, "created_at"), at(rs, "sent_at"), at(rs, "next_attempt_at"),
                        (Integer) rs.getObject("last_status", Integer.class), rs.getString("last_error")))
                .list();
    }

    private Draft check(Draft draft) {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        String name = draft == null || draft.name() == null ? "" : draft.name().strip();
        if (name.isEmpty() || name.length() > 100) {
            problems.put("name", List.of("Give the webhook a name of at most 100 characters: what receives it."));
        }
        String url = draft == null || draft.url() == null ? null : draft.url().strip();
        List<String> urlProblems = addresses.problems(url);
        if (!urlProblems.isEmpty()) {
            problems.put("url", urlProblems);
        }
        if (draft == null || draft.flavour() == null) {
            problems.put("flavour", List.of("Choose how the events are written: CloudEvents, Slack or Teams."));
        }
        if (draft == null || draft.events() == null || draft.events().isEmpty()) {
            problems.put("events", List.of("Choose at least one event to send."));
        }
        if (!problems.isEmpty()) {
            List<String> all = new ArrayList<>();
            problems.values().forEach(all::addAll);
            throw new InvalidInputException(all, problems);
        }
        return new Draft(name, url, draft.flavour(), EnumSet.copyOf(draft.events()), draft.enabled());
    }

    private void requireManager(String actor, String prefix) {
        if (prefix == null || !mayManage(actor, prefix)) {
            throw new NotFoundException("There are no webhooks of " + prefix + " for you to manage.");
        }
    }

    private Webhook find(long id) {
        return jdbc.sql(SELECT + " where w.id = ?").param(id).query(Webhooks::webhook).optional()
                .orElseThrow(() -> new NotFoundException("There is no webhook " + id + "."));
    }

    private boolean isAdmin(String username) {
        return accounts.find(username).filter(UserAccount::isActive).map(UserAccount::isAdmin).orElse(false);
    }

    private String newSecret() {
        byte[] bits = new byte[32];
        random.nextBytes(bits);
        return SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
    }

    private void audit(String actor, String action, Webhook webhook, Map<String, ?> before, Map<String, ?> after) {
        events.publishEvent(new Audited(actor, action, webhook.partnership() + " · " + webhook.name(), before, after));
    }

    private static Map<String, Object> state(Webhook w) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("url", w.url());
        state.put("flavour", w.flavour().name());
        state.put("events", wire(w.events()));
        state.put("on", w.enabled() ? "yes" : "no");
        return state;
    }

    static String wire(Set<WebhookEvent> events) {
        return events.stream().sorted().map(WebhookEvent::wire).collect(Collectors.joining(","));
    }

    static Set<WebhookEvent> events(String wire) {
        Set<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
        Arrays.stream(wire.split(",")).map(String::strip).map(WebhookEvent::ofWire)
                .forEach(e -> e.ifPresent(events::add));
        return events;
    }

    static final String SELECT = "select w.*, p.prefix from webhook w join partnership p on p.id = w.partnership_id";

    static Webhook webhook(ResultSet rs, int n) throws SQLException {
        return new Webhook(rs.getLong("id"), rs.getString("prefix"), rs.getString("name"), rs.getString("url"),
                rs.getString("secret"), Flavour.valueOf(rs.getString("flavour")), events(rs.getString("events")),
                rs.getBoolean("enabled"), rs.getString("created_by"), at(rs, "created_at"), rs.getInt("failures"),
                at(rs, "disabled_at"), rs.getString("disabled_reason"));
    }

    private static Instant at(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
