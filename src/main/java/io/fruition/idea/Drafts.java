package io.fruition.idea;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One draft per member: saved as they type, offered again when they come back, dropped once submitted. */
@Service
@Transactional(readOnly = true)
public class Drafts {

    private final JdbcClient jdbc;
    private final Clock clock;

    Drafts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public void save(String username, IdeaDraft draft) {
        jdbc.sql("delete from idea_draft where username = ?").param(username).update();
        if (draft.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into idea_draft (username, partnership, title, problem, proposal, expected_benefit, updated_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(username, draft.partnership(), cut(draft.title(), 200), cut(draft.problem(), 4000),
                        cut(draft.proposal(), 4000), cut(draft.expectedBenefit(), 4000), Timestamp.from(clock.instant()))
                .update();
    }

    public Optional<IdeaDraft> of(String username) {
        return jdbc.sql("select * from idea_draft where username = ?").param(username)
                .query((rs, n) -> new IdeaDraft(rs.getString("partnership"), rs.getString("title"), rs.getString("problem"),
                        rs.getString("proposal"), rs.getString("expected_benefit"), rs.getTimestamp("updated_at").toInstant()))
                .optional();
    }

    @Transactional
    public void discard(String username) {
        jdbc.sql("delete from idea_draft where username = ?").param(username).update();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
