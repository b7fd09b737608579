package io.fruition.process.history;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is remembered of an idea's steps: who did which task when, and what is open now. Read from the step
 * visits Fruition keeps for the life of the partnership ({@link StepVisits}), so an idea's timeline is the same
 * after the engine has cleaned up its own history.
 */
@Service
@Transactional(readOnly = true)
public class ProcessHistory {

    private final JdbcClient jdbc;

    ProcessHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A human step of an idea's lifecycle or delivery: finished ({@code ended} set) or open. */
    public record Step(String name, String stepKey, String assignee, Instant started, Instant ended, Instant due) {

        public boolean open() {
            return ended == null;
        }
    }

    /** Every human step of the idea (lifecycle and delivery), oldest first; steps cancelled on the way are left out. */
    public List<Step> stepsOf(String ideaNumber) {
        return jdbc.sql("""
                select name, activity_id, assignee, started_at, ended_at, due_at from step_visit
                where idea_number = ? and activity_type = 'userTask' and not canceled
                order by started_at, activity_instance_id""")
                .param(ideaNumber)
                .query((rs, n) -> new Step(rs.getString("name"), rs.getString("activity_id"), rs.getString("assignee"),
                        instant(rs.getTimestamp("started_at")), instant(rs.getTimestamp("ended_at")),
                        instant(rs.getTimestamp("due_at"))))
                .list();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
