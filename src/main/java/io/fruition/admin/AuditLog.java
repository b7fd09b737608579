package io.fruition.admin;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.fruition.shared.Audited;

/**
 * Who changed what in the administration, when, with the state before and after. An entry is written in the
 * same transaction as its change: a refused change leaves no entry, an accepted one always has one.
 */
@Service
public class AuditLog {

    private static final int MAX_TEXT = 4000;

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Entry(long id, Instant at, String actor, String action, String subject, String before, String after) {
    }

    /** A feature's change, in the feature's transaction. */
    @EventListener
    void on(Audited change) {
        record(change.actor(), change.action(), change.subject(), change.before(), change.after());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, String action, String subject, Map<String, ?> before, Map<String, ?> after) {
        jdbc.sql("""
                insert into audit_entry (at, actor, action, subject, before_text, after_text)
                values (?, ?, ?, ?, ?, ?)""")
                .params(Timestamp.from(clock.instant()), actor, action, cut(subject, 200), text(before), text(after))
                .update();
    }

    /** The latest entries, newest first, optionally only those whose subject or action contains a text. */
    @Transactional(readOnly = true)
    public List<Entry> latest(String containing, int limit) {
        String like = containing == null || containing.isBlank() ? "%" : "%" + containing.strip().toLowerCase() + "%";
        return jdbc.sql("""
                select * from audit_entry
                where lower(subject) like ? or lower(action) like ? or lower(actor) like ?
                order by at desc, id desc fetch first %d rows only""".formatted(Math.max(1, Math.min(limit, 1000))))
                .params(like, like, like)
                .query((rs, n) -> new Entry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                        rs.getString("action"), rs.getString("subject"), rs.getString("before_text"),
                        rs.getString("after_text")))
                .list();
    }

    private static String text(Map<String, ?> state) {
        if (state == null || state.isEmpty()) {
            return null;
        }
        return cut(state.entrySet().stream().map(e -> e.getKey() + ": " + (e.getValue() == null ? "–" : e.getValue()))
                .collect(Collectors.joining("\n")), MAX_TEXT);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
