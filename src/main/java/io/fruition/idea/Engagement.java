package io.fruition.idea;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Supporters, watchers and comments of ideas: plain rows, so plain SQL. */
@Repository
class Engagement {

    private final JdbcClient jdbc;

    Engagement(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean isSupporter(long ideaId, String username) {
        return jdbc.sql("select count(*) from idea_supporter where idea_id = ? and username = ?")
                .params(ideaId, username).query(Integer.class).single() > 0;
    }

    void addSupporter(long ideaId, String username, Instant at) {
        if (!isSupporter(ideaId, username)) {
            jdbc.sql("insert into idea_supporter (idea_id, username, supported_at) values (?, ?, ?)")
                    .params(ideaId, username, Timestamp.from(at)).update();
        }
    }

    void removeSupporter(long ideaId, String username) {
        jdbc.sql("delete from idea_supporter where idea_id = ? and username = ?").params(ideaId, username).update();
    }

    List<String> supporters(long ideaId) {
        return jdbc.sql("select username from idea_supporter where idea_id = ? order by supported_at, username")
                .param(ideaId).query(String.class).list();
    }

    List<Long> supportedBy(String username) {
        return jdbc.sql("select idea_id from idea_supporter where username = ? order by supported_at desc")
                .param(username).query(Long.class).list();
    }

    void watch(long ideaId, String username, boolean watching) {
        jdbc.sql("delete from idea_watcher where idea_id = ? and username = ?").params(ideaId, username).update();
        if (watching) {
            jdbc.sql("insert into idea_watcher (idea_id, username) values (?, ?)").params(ideaId, username).update();
        }
    }

    List<String> watchers(long ideaId) {
        return jdbc.sql("select username from idea_watcher where idea_id = ? order by username")
                .param(ideaId).query(String.class).list();
    }

    Set<String> followers(long ideaId, String submitter) {
        Set<String> followers = new LinkedHashSet<>();
        followers.add(submitter);
        followers.addAll(supporters(ideaId));
        followers.addAll(watchers(ideaId));
        return followers;
    }

    long addComment(long ideaId, String author, String body, Instant at) {
        jdbc.sql("insert into idea_comment (idea_id, author, body, created_at) values (?, ?, ?, ?)")
                .params(ideaId, author, body, Timestamp.from(at)).update();
        return jdbc.sql("select max(id) from idea_comment where idea_id = ? and author = ?")
                .params(ideaId, author).query(Long.class).single();
    }

    List<IdeaComment> comments(long ideaId) {
        return jdbc.sql("select id, author, body, created_at from idea_comment where idea_id = ? order by created_at, id")
                .param(ideaId)
                .query((rs, n) -> new IdeaComment(rs.getLong("id"), rs.getString("author"), rs.getString("body"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }
}
