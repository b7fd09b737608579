package io.fruition.analytics;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import io.fruition.partnership.Organisation;
import io.fruition.partnership.OrganisationKind;
import io.fruition.partnership.PartnershipRole;
import io.fruition.partnership.Partnerships;
import io.fruition.partnership.Side;
import io.fruition.security.UserAccounts;
import io.fruition.support.Tags;

/**
 * A partnership with a known portfolio, written straight into the tables (and, for the time in each stage, into
 * the engine's activity history), so that every figure can be checked against numbers worked out by hand.
 */
final class PortfolioData {

    final String prefix;
    final String member;
    final String outsider;
    private final JdbcClient jdbc;
    private final long partnershipId;
    private int seq;

    PortfolioData(JdbcClient jdbc, Partnerships partnerships, UserAccounts accounts) {
        this.jdbc = jdbc;
        String tag = Tags.letters(5).toUpperCase();
        this.prefix = "P" + tag;
        this.member = "pf-" + tag.toLowerCase();
        this.outsider = "pf-out-" + tag.toLowerCase();
        accounts.create(member, "Portfolio Member " + tag, null, "member-password", false);
        accounts.create(outsider, "Outsider " + tag, null, "outsider-password", false);
        Organisation supplier = partnerships.createOrganisation("Supplier " + tag, OrganisationKind.SUPPLIER);
        Organisation customer = partnerships.createOrganisation("Customer " + tag, OrganisationKind.CUSTOMER);
        partnerships.createPartnership("Portfolio " + tag, prefix, "EUR", supplier, customer);
        partnerships.addMember(prefix, member, Side.CUSTOMER, Set.of(PartnershipRole.INNOVATION_LEAD));
        partnerships.addMember("NG", outsider, Side.CUSTOMER, Set.of());
        this.partnershipId = jdbc.sql("select id from partnership where prefix = ?").param(prefix).query(Long.class).single();
    }

    static Timestamp at(int year, int month, int day) {
        return Timestamp.from(LocalDateTime.of(year, month, day, 9, 0).atZone(ZoneId.systemDefault()).toInstant());
    }

    static Timestamp plusDays(Timestamp t, double days) {
        return Timestamp.from(t.toInstant().plusSeconds(Math.round(days * 86_400)));
    }

    /** An idea submitted at a given moment, now in {@code status}, having reached {@code reached}. */
    long idea(String title, Side origin, String status, String reached, Timestamp created) {
        seq++;
        String number = prefix + "-" + seq;
        jdbc.sql("""
                insert into idea (partnership_id, seq, number, title, problem, proposal, origin_side, submitter, status,
                                  status_changed_at, created_at, reached_stage, process_instance_id)
                values (?, ?, ?, ?, 'A problem worth solving.', 'A proposal.', ?, ?, ?, ?, ?, ?, ?)""")
                .params(partnershipId, seq, number, title, origin.name(), member, status, created, created, reached,
                        "pi-" + number)
                .update();
        return jdbc.sql("select id from idea where number = ?").param(number).query(Long.class).single();
    }

    void screened(long idea, Timestamp at) {
        jdbc.sql("insert into screening_decision (idea_id, decided_by, outcome, decided_at) values (?, ?, 'ACCEPTED', ?)")
                .params(idea, member, at).update();
        // As review.Screenings records it.
        jdbc.sql("update idea set first_screened_at = ? where id = ? and first_screened_at is null").params(at, idea).update();
    }

    void boardDecided(long idea, Timestamp at) {
        jdbc.sql("insert into board_round (idea_id, round, outcome, decided_at) values (?, 1, 'APPROVED', ?)")
                .params(idea, at).update();
        // As review.BoardVotes records it.
        jdbc.sql("update idea set board_decided_at = ? where id = ? and board_decided_at is null").params(at, idea).update();
    }

    void valued(long idea, String priority, int customer, int supplier, int cost, int score) {
        jdbc.sql("""
                insert into idea_priority (idea_id, priority, mutual_value_score, customer_expected, supplier_expected,
                                           customer_share, one_off_cost, confidence, decided_at)
                values (?, ?, ?, ?, ?, 50, ?, 'MEDIUM', ?)""")
                .params(idea, priority, score, customer, supplier, cost, at(2025, 4, 1)).update();
        estimate(idea, Side.CUSTOMER, customer);
        estimate(idea, Side.SUPPLIER, supplier);
    }

    private void estimate(long idea, Side side, int expected) {
        BigDecimal value = BigDecimal.valueOf(expected);
        jdbc.sql("""
                insert into value_estimate (idea_id, side, estimator, benefit_low, benefit_likely, benefit_high,
                    expected_benefit, one_off_cost, effort_days, months_to_value, confidence, rationale, created_at)
                values (?, ?, ?, ?, ?, ?, ?, 1000, 10, 3, 'MEDIUM', 'Known data.', ?)""")
                .params(idea, side.name(), member, value, value, value, value, at(2025, 4, 1)).update();
    }

    void accepted(long idea, Timestamp at) {
        jdbc.sql("insert into delivery (idea_id, owner, target_date, planned_at, accepted_at) values (?, ?, ?, ?, ?)")
                .params(idea, member, Date.valueOf("2025-12-31"), at(2025, 4, 2), at).update();
    }

    void realised(long idea, Side side, int annual) {
        jdbc.sql("""
                insert into realised_benefit (idea_id, side, annual_benefit, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?)""").params(idea, side.name(), annual, member, at(2025, 9, 1)).update();
    }

    /** A finished visit of a step of the process in this partnership's tenant, as Fruition keeps it. */
    void activity(String activityId, Timestamp start, double days) {
        String id = UUID.randomUUID().toString();
        Timestamp end = plusDays(start, days);
        jdbc.sql("""
                insert into step_visit (activity_instance_id, tenant, process_definition_key, process_definition_id,
                    process_instance_id, activity_id, activity_type, started_at, ended_at, duration_ms)
                values (?, ?, 'idea-lifecycle', 'idea-lifecycle:1:known', ?, ?, 'userTask', ?, ?, ?)""")
                .params(id, prefix, "pi-" + id, activityId, start, end, Math.round(days * 86_400_000))
                .update();
    }
}
