package io.fruition.commitment;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.fruition.partnership.Membership;
import io.fruition.partnership.Partnership;
import io.fruition.partnership.PartnershipRole;
import io.fruition.partnership.Partnerships;
import io.fruition.partnership.Side;
import io.fruition.security.UserAccount;
import io.fruition.security.UserAccounts;
import io.fruition.shared.Audited;
import io.fruition.shared.InvalidInputException;
import io.fruition.shared.NotFoundException;

/**
 * Commitments need both sides: an innovation lead proposes one (their side agrees by proposing), or an
 * administrator enters one for both sides to agree; it is in force when a lead of each side has agreed, and
 * then replaces the one of its kind it succeeds. Every step is in the audit log.
 */
@Service
@Transactional
public class Commitments {

    private final JdbcClient jdbc;
    private final Partnerships partnerships;
    private final UserAccounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Commitments(JdbcClient jdbc, Partnerships partnerships, UserAccounts accounts, ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.partnerships = partnerships;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** What is proposed; the fields a kind does not use are ignored. */
    public record Proposal(CommitmentKind kind, BigDecimal target, Integer withinDays, Integer fundYear,
            LocalDate targetDate, String note) {
    }

    public Commitment propose(String actor, String prefix, Proposal proposal) {
        Partnership partnership = partnership(prefix);
        boolean admin = isAdmin(actor);
        Optional<Membership> lead = lead(actor, prefix);
        if (!admin && lead.isEmpty()) {
            if (partnerships.membership(actor, prefix).isEmpty()) {
                throw new NotFoundException("There is no partnership '" + prefix + "' of yours.");
            }
            throw new InvalidInputException("Only the innovation leads of both sides, or an administrator, propose "
                    + "commitments.");
        }
        Map<String, List<String>> problems = ProposalRules.problems(proposal, LocalDate.now(clock));
        if (!problems.isEmpty()) {
            List<String> all = new ArrayList<>();
            problems.values().forEach(all::addAll);
            throw new InvalidInputException(all, problems);
        }
        Timestamp now = Timestamp.from(clock.instant());
        Side side = lead.map(Membership::side).orElse(null);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into commitment (partnership_id, kind, target, within_days, fund_year, target_date, state, note,
                    proposed_by, proposed_at, customer_agreed_by, customer_agreed_at, supplier_agreed_by,
                    supplier_agreed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(partnership.getId(), proposal.kind().name(), proposal.target(),
                        proposal.kind() == CommitmentKind.BOARD_DECISION_SHARE ? proposal.withinDays() : null,
                        proposal.kind() == CommitmentKind.INNOVATION_FUND ? proposal.fundYear() : null,
                        proposal.kind() == CommitmentKind.RELATIONSHIP_SCORE ? proposal.targetDate() : null,
                        CommitmentState.PROPOSED.name(), blank(proposal.note()) ? null : cut(proposal.note().strip()),
                        actor, now, side == Side.CUSTOMER ? actor : null, side == Side.CUSTOMER ? now : null,
                        side == Side.SUPPLIER ? actor : null, side == Side.SUPPLIER ? now : null)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        Commitment proposed = get(id);
        events.publishEvent(new Audited(actor, "Commitment proposed", prefix + " · " + proposal.kind().label(), null,
                state(proposed, partnership.getCurrency())));
        events.publishEvent(new CommitmentProposed(id, prefix, proposed.describe(partnership.getCurrency()), actor,
                askedToAgree(proposed)));
        return proposed;
    }

    /** A lead of a side that has not agreed yet agrees: once both sides have, it is in force. */
    public Commitment agree(String actor, long id) {
        Commitment c = visible(actor, id);
        Membership lead = lead(actor, c.prefix()).orElseThrow(() -> new InvalidInputException(
                "Only an innovation lead agrees a commitment for their side."));
        requireProposed(c);
        if (agreedBy(c, lead.side()) != null) {
            throw new InvalidInputException("The " + lead.side().label().toLowerCase() + " side has agreed this "
                    + "already; it waits for the other side.");
        }
        Timestamp now = Timestamp.from(clock.instant());
        String column = lead.side() == Side.CUSTOMER ? "customer" : "supplier";
        jdbc.sql("update commitment set " + column + "_agreed_by = ?, " + column + "_agreed_at = ? where id = ?")
                .params(actor, now, id).update();
        Commitment agreed = get(id);
        String currency = partnership(c.prefix()).getCurrency();
        if (agreed.customerAgreedBy() != null && agreed.supplierAgreedBy() != null) {
            for (Commitment previous : inForce(c.prefix())) {
                if (previous.kind() == c.kind() && (c.kind() != CommitmentKind.INNOVATION_FUND
                        || previous.fundYear().equals(c.fundYear()))) {
                    jdbc.sql("update commitment set state = ?, ended_at = ?, ended_by = ? where id = ?")
                            .params(CommitmentState.ENDED.name(), now, actor, previous.id()).update();
                }
            }
            jdbc.sql("update commitment set state = ?, in_force_at = ? where id = ?")
                    .params(CommitmentState.IN_FORCE.name(), now, id).update();
            agreed = get(id);
            events.publishEvent(new Audited(actor, "Commitment agreed: in force", c.prefix() + " · "
                    + c.kind().label(), state(c, currency), state(agreed, currency)));
        } else {
            events.publishEvent(new Audited(actor, "Commitment agreed by one side", c.prefix() + " · "
                    + c.kind().label(), state(c, currency), state(agreed, currency)));
            events.publishEvent(new CommitmentProposed(id, c.prefix(), agreed.describe(currency), actor,
                    askedToAgree(agreed)));
        }
        return agreed;
    }

    /** A lead of a side that has not agreed declines the proposal. */
    public Commitment decline(String actor, long id) {
        Commitment c = visible(actor, id);
        Membership lead = lead(actor, c.prefix()).orElseThrow(() -> new InvalidInputException(
                "Only an innovation lead declines a commitment for their side."));
        requireProposed(c);
        if (agreedBy(c, lead.side()) != null) {
            throw new InvalidInputException("Your side agreed this proposal; withdraw it instead.");
        }
        return end(actor, c, CommitmentState.DECLINED, "Commitment declined");
    }

    /** The proposer, a lead of a side that agreed, or an administrator withdraws a proposal not yet in force. */
    public Commitment withdraw(String actor, long id) {
        Commitment c = visible(actor, id);
        requireProposed(c);
        Optional<Membership> lead = lead(actor, c.prefix());
        boolean mayWithdraw = isAdmin(actor) || actor.equals(c.proposedBy())
                || lead.map(m -> agreedBy(c, m.side()) != null).orElse(false);
        if (!mayWithdraw) {
            throw new InvalidInputException("Only whoever proposed it, or an administrator, withdraws a proposal; "
                    + "decline it instead.");
        }
        return end(actor, c, CommitmentState.ENDED, "Commitment proposal withdrawn");
    }

    private Commitment end(String actor, Commitment c, CommitmentState state, String action) {
        jdbc.sql("update commitment set state = ?, ended_at = ?, ended_by = ? where id = ?")
                .params(state.name(), Timestamp.from(clock.instant()), actor, c.id()).update();
        Commitment ended = get(c.id());
        String currency = partnership(c.prefix()).getCurrency();
        events.publishEvent(new Audited(actor, action, c.prefix() + " · " + c.kind().label(), state(c, currency),
                state(ended, currency)));
        return ended;
    }

    /** Every commitment of a partnership the user belongs to (administrators: any), newest first. */
    @Transactional(readOnly = true)
    public List<Commitment> of(String username, String prefix) {
        if (!isAdmin(username) && partnerships.membership(username, prefix).isEmpty()) {
            throw new NotFoundException("There is no partnership '" + prefix + "' of yours.");
        }
        return jdbc.sql(SELECT + " where p.prefix = ? order by c.proposed_at desc, c.id desc").param(prefix)
                .query(Commitments::commitment).list();
    }

    @Transactional(readOnly = true)
    public List<Commitment> inForce(String prefix) {
        return jdbc.sql(SELECT + " where p.prefix = ? and c.state = ? order by c.kind, c.fund_year")
                .params(prefix, CommitmentState.IN_FORCE.name()).query(Commitments::commitment).list();
    }

    /** The fund in force for a year, if the partnership agreed one. */
    @Transactional(readOnly = true)
    public Optional<Commitment> fund(String prefix, int year) {
        return inForce(prefix).stream().filter(c -> c.kind() == CommitmentKind.INNOVATION_FUND
                && c.fundYear() == year).findFirst();
    }

    @Transactional(readOnly = true)
    public Commitment get(long id) {
        return jdbc.sql(SELECT + " where c.id = ?").param(id).query(Commitments::commitment).optional()
                .orElseThrow(() -> new NotFoundException("There is no such commitment."));
    }

    /** Whether the user may agree or decline this proposal now, for their side. */
    @Transactional(readOnly = true)
    public boolean mayAgree(String username, Commitment c) {
        return c.state() == CommitmentState.PROPOSED
                && lead(username, c.prefix()).map(m -> agreedBy(c, m.side()) == null).orElse(false);
    }

    /** Whether the user may propose commitments for the partnership. */
    @Transactional(readOnly = true)
    public boolean mayPropose(String username, String prefix) {
        return isAdmin(username) || lead(username, prefix).isPresent();
    }

    private Commitment visible(String actor, long id) {
        Commitment c = jdbc.sql(SELECT + " where c.id = ?").param(id).query(Commitments::commitment).optional()
                .orElseThrow(() -> new NotFoundException("There is no such commitment."));
        if (!isAdmin(actor) && partnerships.membership(actor, c.prefix()).isEmpty()) {
            throw new NotFoundException("There is no such commitment.");
        }
        return c;
    }

    private static void requireProposed(Commitment c) {
        if (c.state() != CommitmentState.PROPOSED) {
            throw new InvalidInputException("This commitment is " + c.state().label().toLowerCase()
                    + "; only a proposal can be agreed, declined or withdrawn.");
        }
    }

    private static String agreedBy(Commitment c, Side side) {
        return side == Side.CUSTOMER ? c.customerAgreedBy() : side == Side.SUPPLIER ? c.supplierAgreedBy() : "-";
    }

    /** The innovation leads of the sides that have not agreed yet. */
    private Set<String> askedToAgree(Commitment c) {
        Set<String> asked = new LinkedHashSet<>();
        for (Side side : List.of(Side.CUSTOMER, Side.SUPPLIER)) {
            if (agreedBy(c, side) == null) {
                partnerships.withRole(c.prefix(), PartnershipRole.INNOVATION_LEAD, Optional.of(side))
                        .forEach(m -> asked.add(m.username()));
            }
        }
        return asked;
    }

    private Optional<Membership> lead(String username, String prefix) {
        return partnerships.membership(username, prefix)
                .filter(m -> m.has(PartnershipRole.INNOVATION_LEAD) && m.side() != Side.PARTNER);
    }

    private boolean isAdmin(String username) {
        return accounts.find(username).filter(UserAccount::isActive).map(UserAccount::isAdmin).orElse(false);
    }

    private Partnership partnership(String prefix) {
        return partnerships.byPrefix(prefix)
                .orElseThrow(() -> new NotFoundException("There is no partnership '" + prefix + "'."));
    }

    private static Map<String, Object> state(Commitment c, String currency) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("commitment", c.describe(currency));
        state.put("state", c.state().label());
        state.put("customer agreed", c.customerAgreedBy());
        state.put("supplier agreed", c.supplierAgreedBy());
        return state;
    }

    private static final String SELECT = """
            select c.*, p.prefix from commitment c join partnership p on p.id = c.partnership_id""";

    static Commitment commitment(ResultSet rs, int n) throws SQLException {
        return new Commitment(rs.getLong("id"), rs.getString("prefix"), CommitmentKind.valueOf(rs.getString("kind")),
                rs.getBigDecimal("target"), (Integer) rs.getObject("within_days", Integer.class),
                (Integer) rs.getObject("fund_year", Integer.class), rs.getObject("target_date", LocalDate.class),
                CommitmentState.valueOf(rs.getString("state")), rs.getString("note"), rs.getString("proposed_by"),
                at(rs, "proposed_at"), rs.getString("customer_agreed_by"), at(rs, "customer_agreed_at"),
                rs.getString("supplier_agreed_by"), at(rs, "supplier_agreed_at"), at(rs, "in_force_at"),
                at(rs, "ended_at"));
    }

    static Instant at(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String cut(String s) {
        return s.length() <= 2000 ? s : s.substring(0, 1999) + "…";
    }
}
