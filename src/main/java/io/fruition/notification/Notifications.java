package io.fruition.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.fruition.idea.IdeaStatusChanged;
import io.fruition.idea.MembersMentioned;
import io.fruition.partnership.Partnerships;
import io.fruition.security.UserAccount;
import io.fruition.security.UserAccounts;
import io.fruition.shared.InvalidInputException;
import io.fruition.shared.NotFoundException;

/**
 * Tells members what happened. Everything is written in the caller's transaction (in-app rows and the mail
 * outbox), so a change that rolls back announces nothing; mail leaves only after the commit, through
 * {@link MailOutbox}.
 */
@Service
@Transactional(readOnly = true)
public class Notifications {

    private final JdbcClient jdbc;
    private final Partnerships partnerships;
    private final UserAccounts accounts;
    private final MailOutbox outbox;
    private final Clock clock;

    Notifications(JdbcClient jdbc, Partnerships partnerships, UserAccounts accounts, MailOutbox outbox, Clock clock) {
        this.jdbc = jdbc;
        this.partnerships = partnerships;
        this.accounts = accounts;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Notifies the recipients who are members of the notice's partnership; anybody else is left out. */
    @Transactional
    public void send(Notice notice) {
        InvalidInputException.refuseIf(notice.problems());
        Instant now = clock.instant();
        for (String recipient : notice.recipients()) {
            if (partnerships.membership(recipient, notice.partnershipPrefix()).isEmpty()) {
                continue;
            }
            jdbc.sql("""
                    insert into notification (recipient, partnership, idea_id, idea_number, kind, subject, message, link,
                        created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(recipient, notice.partnershipPrefix(), notice.ideaId(), notice.ideaNumber(),
                            notice.kind().name(), cut(notice.subject(), 300), cut(notice.message(), 4000),
                            notice.link(), Timestamp.from(now))
                    .update();
            accounts.find(recipient).filter(UserAccount::isActive)
                    .ifPresent(account -> outbox.enqueue(account, notice, now));
        }
    }

    @EventListener
    void on(IdeaStatusChanged change) {
        if (change.followers().isEmpty()) {
            return;
        }
        String message = "The idea is now " + change.to().label().toLowerCase() + " (it was "
                + change.from().label().toLowerCase() + ")."
                + (change.reason() == null || change.reason().isBlank() ? "" : "\n\n" + change.reason());
        send(new Notice(NoticeKind.STATUS_CHANGED, change.followers(), change.partnershipPrefix(), change.ideaId(),
                change.ideaNumber(), change.ideaTitle(),
                change.ideaNumber() + " " + change.ideaTitle() + ": now " + change.to().label().toLowerCase(), message,
                "/ideas/" + change.ideaNumber()));
    }

    @EventListener
    void on(MembersMentioned mention) {
        send(new Notice(NoticeKind.MENTION, mention.mentioned(), mention.partnershipPrefix(), mention.ideaId(),
                mention.ideaNumber(), mention.ideaTitle(),
                mention.author() + " mentioned you on " + mention.ideaNumber() + " " + mention.ideaTitle(),
                cut(mention.comment(), 1000), "/ideas/" + mention.ideaNumber()));
    }

    /** The user's latest notifications, newest first, only from partnerships they still belong to. */
    public List<NotificationView> latest(String username, int limit) {
        return page(username, 0, limit);
    }

    /** A page of the user's notifications, newest first (as {@link #latest}), from the offset on. */
    public List<NotificationView> page(String username, int offset, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return jdbc.sql("""
                select n.* from notification n
                where n.recipient = :username and n.partnership in (%s)
                order by n.created_at desc, n.id desc
                offset :offset rows fetch next :limit rows only""".formatted(partnershipsOf(username)))
                .param("username", username).param("offset", Math.max(offset, 0)).param("limit", limit)
                .query((rs, i) -> new NotificationView(rs.getLong("id"), NoticeKind.valueOf(rs.getString("kind")),
                        rs.getString("subject"), rs.getString("message"), rs.getString("link"),
                        rs.getString("idea_number"), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("read_at") != null))
                .list();
    }

    /** How many notifications the user has (as {@link #latest} counts them). */
    public long count(String username) {
        return jdbc.sql("select count(*) from notification where recipient = ? and partnership in (%s)"
                .formatted(partnershipsOf(username))).param(username).query(Long.class).single();
    }

    public long unreadCount(String username) {
        return jdbc.sql("select count(*) from notification where recipient = ? and read_at is null and partnership in (%s)"
                .formatted(partnershipsOf(username)))
                .param(username).query(Long.class).single();
    }

    @Transactional
    public void markRead(String username, long notificationId) {
        int updated = jdbc.sql("update notification set read_at = coalesce(read_at, ?) where id = ? and recipient = ?")
                .params(Timestamp.from(clock.instant()), notificationId, username).update();
        if (updated == 0) {
            throw new NotFoundException("There is no notification " + notificationId + " for you.");
        }
    }

    /**
     * A task is done, or gone: its "waits for you" notices are read for everyone they went to, so that the bell
     * counts what still waits ({@code link}: the task's link, as its notice carries it).
     */
    @Transactional
    public void taskDone(String link) {
        jdbc.sql("update notification set read_at = ? where kind = ? and link = ? and read_at is null")
                .params(Timestamp.from(clock.instant()), NoticeKind.TASK_WAITING.name(), link).update();
    }

    @Transactional
    public void markAllRead(String username) {
        jdbc.sql("update notification set read_at = ? where recipient = ? and read_at is null")
                .params(Timestamp.from(clock.instant()), username).update();
    }

    /** A SQL list of the user's partnership prefixes (validated capitals and digits), or one that matches nothing. */
    private String partnershipsOf(String username) {
        List<String> prefixes = partnerships.membershipsOf(username).stream()
                .map(m -> m.partnershipPrefix())
                .filter(p -> p.matches("[A-Z][A-Z0-9]{1,7}"))
                .map(p -> "'" + p + "'")
                .toList();
        return prefixes.isEmpty() ? "''" : String.join(",", prefixes);
    }

    static String cut(String text, int max) {
        if (text == null) {
            return null;
        }
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
