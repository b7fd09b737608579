package io.fruition.idea;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.fruition.partnership.Side;

/**
 * The moments of a partnership's ideas that its commitments are measured by: when each was submitted, first
 * answered by the screening, decided by the board and approved.
 */
@Service
@Transactional(readOnly = true)
public class IdeaMoments {

    private final JdbcClient jdbc;

    IdeaMoments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Moments(long id, String number, Side originSide, IdeaStatus status, IdeaStatus reachedStage,
            Instant submittedAt, Instant firstScreenedAt, Instant boardDecidedAt, Instant approvedAt) {
    }

    private static final String SELECT = """
            select i.id, i.number, i.origin_side, i.status, i.reached_stage, i.created_at, i.first_screened_at,
                   i.board_decided_at, i.approved_at
            from idea i join partnership p on p.id = i.partnership_id where p.prefix = ?""";

    /** The partnership's ideas submitted from {@code from} (inclusive) to {@code to} (exclusive). */
    public List<Moments> submitted(String prefix, Instant from, Instant to) {
        return jdbc.sql(SELECT + " and i.created_at >= ? and i.created_at < ? order by i.created_at")
                .params(prefix, Timestamp.from(from), Timestamp.from(to)).query(IdeaMoments::moments).list();
    }

    /** The partnership's ideas approved from {@code from} (inclusive) to {@code to} (exclusive). */
    public List<Moments> approved(String prefix, Instant from, Instant to) {
        return jdbc.sql(SELECT + " and i.approved_at >= ? and i.approved_at < ? order by i.approved_at")
                .params(prefix, Timestamp.from(from), Timestamp.from(to)).query(IdeaMoments::moments).list();
    }

    private static Moments moments(ResultSet rs, int n) throws SQLException {
        return new Moments(rs.getLong("id"), rs.getString("number"), Side.valueOf(rs.getString("origin_side")),
                IdeaStatus.valueOf(rs.getString("status")), IdeaStatus.valueOf(rs.getString("reached_stage")),
                at(rs, "created_at"), at(rs, "first_screened_at"), at(rs, "board_decided_at"), at(rs, "approved_at"));
    }

    private static Instant at(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
