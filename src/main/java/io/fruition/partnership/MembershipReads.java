package io.fruition.partnership;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import jakarta.persistence.EntityManager;

/**
 * A user's memberships in one SQL query. They are read on almost every request (may this user see this idea;
 * which groups and tenants the engine gets), and through JPA each read cost three queries, or one whose criteria
 * Hibernate translated anew every time: most of an API read's CPU time (JFR, issue 14). Writes stay with JPA
 * ({@link Member}); these reads run in the caller's transaction, on its connection.
 */
@Component
class MembershipReads {

    private static final String SELECT = """
            select m.id, m.username, p.prefix, p.name, m.side, r.role
            from member m
            join partnership p on p.id = m.partnership_id
            left join member_role r on r.member_id = m.id
            where\s""";

    private final JdbcClient jdbc;
    private final EntityManager entityManager;

    MembershipReads(JdbcClient jdbc, EntityManager entityManager) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    List<Membership> of(String username) {
        return read(jdbc.sql(SELECT + "m.username = :username order by m.id").param("username", username));
    }

    Optional<Membership> in(String username, String prefix) {
        return read(jdbc.sql(SELECT + "m.username = :username and p.prefix = :prefix").param("username", username)
                .param("prefix", prefix)).stream().findFirst();
    }

    /**
     * Every member of a partnership, in the order they joined: the board, the role holders, the names of a page.
     * Inside a transaction that changes members (the administration), what it changed is flushed first, so that it
     * reads its own changes as JPA would.
     */
    List<Membership> members(String prefix) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            entityManager.flush();
        }
        return read(jdbc.sql(SELECT + "p.prefix = :prefix order by m.id").param("prefix", prefix));
    }

    private record Row(long member, String username, String prefix, String name, Side side, PartnershipRole role) {
    }

    private static List<Membership> read(JdbcClient.StatementSpec statement) {
        Map<Long, Membership> byMember = new LinkedHashMap<>();
        statement.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                Side.valueOf(rs.getString(5)), rs.getString(6) == null ? null : PartnershipRole.valueOf(rs.getString(6))))
                .list()
                .forEach(row -> byMember.computeIfAbsent(row.member(), id -> new Membership(row.username(), row.prefix(),
                        row.name(), row.side(), EnumSet.noneOf(PartnershipRole.class))).roles()
                        .addAll(row.role() == null ? Set.of() : Set.of(row.role())));
        return byMember.values().stream().map(m -> new Membership(m.username(), m.partnershipPrefix(),
                m.partnershipName(), m.side(), Set.copyOf(m.roles()))).toList();
    }
}
