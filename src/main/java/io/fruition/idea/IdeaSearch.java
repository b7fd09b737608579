package io.fruition.idea;

import java.sql.Timestamp;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.fruition.partnership.Membership;
import io.fruition.partnership.Partnerships;
import io.fruition.partnership.Side;
import io.fruition.shared.Databases;
import io.fruition.shared.InvalidInputException;
import io.fruition.shared.Table;

/**
 * Finding ideas: full-text search over title, problem and proposal (PostgreSQL's text search on the idea's
 * stored text vector and its GIN index; on H2, every word must occur), filters, sorting and paging in the database, always within the user's
 * partnerships.
 */
@Service
@Transactional(readOnly = true)
public class IdeaSearch {

    private final JdbcClient jdbc;
    private final Partnerships partnerships;
    private final boolean postgres;

    IdeaSearch(JdbcClient jdbc, Partnerships partnerships, DataSource dataSource) {
        this.jdbc = jdbc;
        this.partnerships = partnerships;
        this.postgres = Databases.isPostgres(dataSource);
    }

    public List<IdeaListItem> find(String username, IdeaQuery query, int offset, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(username, query, params);
        if (where == null) {
            return List.of();
        }
        String order = switch (query.sort()) {
            case NEWEST -> "i.created_at desc, i.id desc";
            case MUTUAL_VALUE -> "case when p.mutual_value_score is null then 1 else 0 end, p.mutual_value_score desc, i.id desc";
            case SUPPORTERS -> "supporters desc, i.id desc";
            case LONGEST_IN_STEP -> "i.status_changed_at asc, i.id";
        };
        params.put("offset", offset);
        params.put("limit", limit);
        return jdbc.sql("""
                select i.id, i.number, i.title, i.status, i.origin_side, i.submitter, i.created_at, i.status_changed_at,
                       p.priority, p.mutual_value_score,
                       (select count(*) from idea_supporter s where s.idea_id = i.id) as supporters
                from idea i left join idea_priority p on p.idea_id = i.id
                where %s order by %s offset :offset rows fetch next :limit rows only""".formatted(where, order))
                .params(params)
                .query((rs, n) -> new IdeaListItem(rs.getLong("id"), rs.getString("number"), rs.getString("title"),
                        IdeaStatus.valueOf(rs.getString("status")),
                        Side.valueOf(rs.getString("origin_side")), rs.getString("submitter"),
                        rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("status_changed_at").toInstant(),
                        rs.getString("priority"), rs.getBigDecimal("mutual_value_score"), rs.getInt("supporters")))
                .list();
    }

    /** The most rows an export of the idea list holds. */
    public static final int EXPORT_LIMIT = 100_000;

    /** The ideas a search finds, as a table for a spreadsheet (at most {@link #EXPORT_LIMIT} rows). */
    public Table export(String username, IdeaQuery query) {
        DateTimeFormatter at = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(ZoneId.systemDefault());
        List<List<Object>> rows = new ArrayList<>();
        for (IdeaListItem i : find(username, query, 0, EXPORT_LIMIT)) {
            List<Object> row = new ArrayList<>();
            row.add(i.number());
            row.add(i.title());
            row.add(i.status().label());
            row.add(i.originSide().label());
            row.add(i.submitter());
            row.add(at.format(i.createdAt()));
            row.add(at.format(i.statusChangedAt()));
            row.add(i.priority() == null ? null
                    : i.priority().charAt(0) + i.priority().substring(1).toLowerCase(Locale.ROOT).replace('_', ' '));
            row.add(i.mutualValueScore());
            row.add(i.supporters());
            rows.add(row);
        }
        return new Table("Ideas", List.of("Idea", "Title", "Status", "Side", "Submitter",
                "Submitted", "Status since", "Priority", "Mutual value score", "Supporters"), rows);
    }

    public long count(String username, IdeaQuery query) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(username, query, params);
        if (where == null) {
            return 0;
        }
        return jdbc.sql("select count(*) from idea i left join idea_priority p on p.idea_id = i.id where " + where)
                .params(params).query(Long.class).single();
    }

    /** Ideas of one partnership that look like the text being typed, for catching duplicates early. */
    public List<IdeaListItem> similar(String username, String prefix, String text, int limit) {
        if (text == null || text.strip().length() < 4) {
            return List.of();
        }
        String words = significantWords(text);
        if (words.isEmpty()) {
            return List.of();
        }
        IdeaQuery query = IdeaQuery.all().inPartnership(prefix).withText(words).matchingAnyWord();
        return find(username, query, 0, limit);
    }

    private String where(String username, IdeaQuery query, Map<String, Object> params) {
        List<Long> partnershipIds = new ArrayList<>();
        for (Membership m : partnerships.membershipsOf(username)) {
            if (query.partnership() == null || query.partnership().equals(m.partnershipPrefix())) {
                partnerships.byPrefix(m.partnershipPrefix()).ifPresent(p -> partnershipIds.add(p.getId()));
            }
        }
        if (partnershipIds.isEmpty()) {
            return null;
        }
        List<String> clauses = new ArrayList<>();
        clauses.add("i.partnership_id in (:partnerships)");
        params.put("partnerships", partnershipIds);
        String text = query.text() == null ? "" : query.text().strip();
        if (text.length() > 200) {
            throw new InvalidInputException("A search has at most 200 characters.");
        }
        if (!text.isEmpty()) {
            List<String> words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("\\W+"))
                    .filter(w -> !w.isBlank()).toList();
            if (postgres && query.anyWord()) {
                clauses.add("i.search_vector @@ to_tsquery('simple', :text)");
                params.put("text", String.join(" | ", words));
            } else if (postgres) {
                clauses.add("i.search_vector @@ plainto_tsquery('simple', :text)");
                params.put("text", text);
            } else if (!words.isEmpty()) {
                List<String> likes = new ArrayList<>();
                for (int n = 0; n < words.size(); n++) {
                    likes.add("lower(i.title || ' ' || i.problem || ' ' || i.proposal) like :word" + n);
                    params.put("word" + n, "%" + words.get(n).replace("%", "").replace("_", "") + "%");
                }
                clauses.add("(" + String.join(query.anyWord() ? " or " : " and ", likes) + ")");
            }
        }
        if (!query.statuses().isEmpty()) {
            clauses.add("i.status in (:statuses)");
            params.put("statuses", query.statuses().stream().map(Enum::name).toList());
        }
        if (query.originSide() != null) {
            clauses.add("i.origin_side = :side");
            params.put("side", query.originSide().name());
        }
        if (query.campaignId() != null) {
            clauses.add("i.campaign_id = :campaign");
            params.put("campaign", query.campaignId());
        }
        if (query.priority() != null) {
            clauses.add("p.priority = :priority");
            params.put("priority", query.priority());
        }
        if (query.mine()) {
            clauses.add("i.submitter = :me");
            params.put("me", username);
        }
        if (query.from() != null) {
            clauses.add("i.created_at >= :from");
            params.put("from", Timestamp.valueOf(query.from().atStartOfDay()));
        }
        if (query.to() != null) {
            clauses.add("i.created_at < :to");
            params.put("to", Timestamp.valueOf(query.to().plusDays(1).atStartOfDay()));
        }
        return String.join(" and ", clauses);
    }

    /** The longer words of a text, OR-ed for PostgreSQL's plain query would be too strict, so keep the first few. */
    static String significantWords(String text) {
        return String.join(" ", Arrays.stream(text.toLowerCase(Locale.ROOT).split("\\W+"))
                .filter(w -> w.length() >= 5).limit(3).toList());
    }

}
