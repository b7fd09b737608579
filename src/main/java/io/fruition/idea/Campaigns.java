package io.fruition.idea;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.fruition.partnership.Membership;
import io.fruition.partnership.Partnerships;
import io.fruition.partnership.Side;
import io.fruition.shared.InvalidInputException;

/** Campaigns: calls for ideas on one question. Members see the ones open to their side. */
@Service
@Transactional(readOnly = true)
public class Campaigns {

    private final JdbcClient jdbc;
    private final Partnerships partnerships;
    private final Clock clock;

    Campaigns(JdbcClient jdbc, Partnerships partnerships, Clock clock) {
        this.jdbc = jdbc;
        this.partnerships = partnerships;
        this.clock = clock;
    }

    /** Campaigns of the partnership open today to the member's side. */
    public List<Campaign> openFor(String username, String prefix) {
        Optional<Membership> member = partnerships.membership(username, prefix);
        if (member.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return all(prefix).stream().filter(c -> c.isOpen(today) && c.openTo().contains(member.get().side())).toList();
    }

    /** Every campaign of a partnership the user belongs to, for filters. */
    public List<Campaign> of(String username, String prefix) {
        return partnerships.membership(username, prefix).isPresent() ? all(prefix) : List.of();
    }

    public Optional<Campaign> find(long id) {
        return jdbc.sql(SELECT + " where c.id = ?").param(id).query((rs, n) -> campaign(rs)).optional();
    }

    @Transactional
    public Campaign create(String prefix, String title, String question, String sponsor, LocalDate opensOn,
            LocalDate closesOn, Set<Side> openTo) {
        List<String> problems = new ArrayList<>();
        Long partnershipId = partnerships.byPrefix(prefix).map(p -> p.getId()).orElse(null);
        if (partnershipId == null) {
            problems.add("There is no partnership " + prefix + ".");
        }
        if (title == null || title.isBlank() || title.length() > 200) {
            problems.add("A campaign needs a title of at most 200 characters.");
        }
        if (question == null || question.isBlank()) {
            problems.add("A campaign asks a question.");
        }
        if (opensOn == null || closesOn == null) {
            problems.add("A campaign has an opening and a closing date.");
        } else if (closesOn.isBefore(opensOn)) {
            problems.add("The campaign closes (" + closesOn + ") before it opens (" + opensOn + ").");
        }
        if (openTo == null || openTo.isEmpty()) {
            problems.add("A campaign is open to at least one side.");
        }
        if (partnershipId != null && (sponsor == null || partnerships.membership(sponsor, prefix).isEmpty())) {
            problems.add("The sponsor must be a member of " + prefix + ".");
        }
        InvalidInputException.refuseIf(problems);
        jdbc.sql("""
                insert into campaign (partnership_id, title, question, sponsor, opens_on, closes_on, open_to_customer,
                    open_to_supplier, open_to_partner, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(partnershipId, title.strip(), question.strip(), sponsor, Date.valueOf(opensOn), Date.valueOf(closesOn),
                        openTo.contains(Side.CUSTOMER), openTo.contains(Side.SUPPLIER), openTo.contains(Side.PARTNER),
                        Timestamp.from(clock.instant()))
                .update();
        return all(prefix).stream().filter(c -> c.title().equals(title.strip())).reduce((a, b) -> b).orElseThrow();
    }

    /** Every campaign of a partnership, for administration. */
    public List<Campaign> all(String prefix) {
        return jdbc.sql(SELECT + " where p.prefix = ? order by c.closes_on").param(prefix)
                .query((rs, n) -> campaign(rs)).list();
    }

    private static final String SELECT = "select c.*, p.prefix from campaign c join partnership p on p.id = c.partnership_id";

    private static Campaign campaign(ResultSet rs) throws SQLException {
        Set<Side> sides = EnumSet.noneOf(Side.class);
        if (rs.getBoolean("open_to_customer")) {
            sides.add(Side.CUSTOMER);
        }
        if (rs.getBoolean("open_to_supplier")) {
            sides.add(Side.SUPPLIER);
        }
        if (rs.getBoolean("open_to_partner")) {
            sides.add(Side.PARTNER);
        }
        return new Campaign(rs.getLong("id"), rs.getString("prefix"), rs.getString("title"), rs.getString("question"),
                rs.getString("sponsor"), rs.getDate("opens_on").toLocalDate(), rs.getDate("closes_on").toLocalDate(), sides);
    }
}
