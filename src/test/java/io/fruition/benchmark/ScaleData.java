package io.fruition.benchmark;

import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

import io.fruition.partnership.Organisation;
import io.fruition.partnership.OrganisationKind;
import io.fruition.partnership.PartnershipRole;
import io.fruition.partnership.Partnerships;
import io.fruition.partnership.Side;
import io.fruition.security.UserAccounts;

/**
 * A partnership as large as a benchmark needs, written straight into the database: ideas at every stage with
 * their screening decisions, board rounds, estimates, deliveries, realised benefits and the visits of the steps
 * they went through (about 3.3 visits an idea), spread over two years. Their process instances do not exist;
 * what the engine holds (open tasks) a benchmark makes through Fruition's services.
 */
final class ScaleData {

    private final JdbcClient jdbc;
    private final Partnerships partnerships;
    private final UserAccounts accounts;

    ScaleData(JdbcClient jdbc, Partnerships partnerships, UserAccounts accounts) {
        this.jdbc = jdbc;
        this.partnerships = partnerships;
        this.accounts = accounts;
    }

    /** A partnership {@code prefix} with {@code ideas} ideas and their history; {@code lead} leads it for the customer. */
    void seed(String prefix, String lead, int ideas) {
        accounts.create(lead, "Benchmark Lead " + prefix, null, "bench-password", false);
        accounts.create(lead + "-supplier", "Benchmark Supplier Lead " + prefix, null, "bench-password", false);
        Organisation supplier = partnerships.createOrganisation("Benchmark Supplier " + prefix, OrganisationKind.SUPPLIER);
        Organisation customer = partnerships.createOrganisation("Benchmark Customer " + prefix, OrganisationKind.CUSTOMER);
        partnerships.createPartnership("Benchmark ↔ Customer " + prefix, prefix, "EUR", supplier, customer);
        partnerships.addMember(prefix, lead, Side.CUSTOMER, Set.of(PartnershipRole.INNOVATION_LEAD));
        partnerships.addMember(prefix, lead + "-supplier", Side.SUPPLIER, Set.of(PartnershipRole.INNOVATION_LEAD));
        long p = jdbc.sql("select id from partnership where prefix = ?").param(prefix).query(Long.class).single();
        // Stage by g % 20: 0-1 submitted, 2-4 screening (3 and 9 rejected), 5-7 valuation, 8-10 review,
        // 11-12 approved, 13-14 delivery, 15-16 delivered, 17-19 realised.
        jdbc.sql("""
                insert into idea (partnership_id, seq, number, title, problem, proposal, origin_side, submitter, status,
                                  status_changed_at, created_at, reached_stage, process_instance_id, campaign_id)
                select ?, g, cast(? as varchar) || '-' || g, 'Benchmark idea ' || g, 'A problem.', 'A proposal.',
                       (array['CUSTOMER','SUPPLIER','PARTNER'])[1 + g % 3], ?,
                       case when g % 20 in (3, 9) then 'REJECTED' else s.stage end,
                       now() - ((g % 730) || ' days')::interval + interval '20 days',
                       now() - ((g % 730) || ' days')::interval - ((g % 24) || ' hours')::interval,
                       s.stage, lower(cast(? as varchar)) || '-pi-' || g, null
                from generate_series(1, ?) g
                cross join lateral (select case
                    when g % 20 < 2 then 'SUBMITTED' when g % 20 < 5 then 'IN_SCREENING'
                    when g % 20 < 8 then 'IN_VALUATION' when g % 20 < 11 then 'IN_REVIEW'
                    when g % 20 < 13 then 'APPROVED' when g % 20 < 15 then 'IN_DELIVERY'
                    when g % 20 < 17 then 'DELIVERED' else 'REALISED' end as stage) s""")
                .params(p, prefix, lead, prefix, ideas).update();
        jdbc.sql("update partnership set last_idea_seq = ? where id = ?").params(ideas, p).update();
        jdbc.sql("update idea set first_screened_at = created_at + ((seq % 9 + 1) || ' days')::interval"
                + " where partnership_id = ? and reached_stage <> 'SUBMITTED'").param(p).update();
        jdbc.sql("update idea set board_decided_at = created_at + ((seq % 30 + 5) || ' days')::interval"
                + " where partnership_id = ? and reached_stage in ('APPROVED', 'IN_DELIVERY', 'DELIVERED', 'REALISED')")
                .param(p).update();
        jdbc.sql("""
                insert into screening_decision (idea_id, decided_by, outcome, decided_at)
                select id, ?, 'ACCEPT', created_at + ((seq % 9 + 1) || ' days')::interval
                from idea where partnership_id = ? and reached_stage not in ('SUBMITTED')""").params(lead, p).update();
        jdbc.sql("""
                insert into board_round (idea_id, round, outcome, decided_at)
                select id, 1, 'APPROVED', created_at + ((seq % 30 + 5) || ' days')::interval
                from idea where partnership_id = ? and reached_stage in ('APPROVED', 'IN_DELIVERY', 'DELIVERED', 'REALISED')""")
                .param(p).update();
        jdbc.sql("""
                insert into idea_priority (idea_id, priority, mutual_value_score, customer_expected, supplier_expected,
                                           customer_share, one_off_cost, confidence, decided_at)
                select id, (array['QUICK_WIN','STRATEGIC_BET','FILL_IN','DEPRIORITISE'])[1 + seq % 4],
                       sqrt((10000 + seq % 97 * 1000)::numeric * (5000 + seq % 89 * 900)),
                       10000 + seq % 97 * 1000, 5000 + seq % 89 * 900, 50, 1000 + seq % 50 * 500, 'MEDIUM', created_at
                from idea where partnership_id = ?
                  and reached_stage in ('IN_REVIEW', 'APPROVED', 'IN_DELIVERY', 'DELIVERED', 'REALISED')""")
                .param(p).update();
        for (String side : List.of("CUSTOMER", "SUPPLIER")) {
            jdbc.sql("""
                    insert into value_estimate (idea_id, side, estimator, benefit_low, benefit_likely, benefit_high,
                        expected_benefit, one_off_cost, effort_days, months_to_value, confidence, rationale, created_at)
                    select idea_id, ?, ?, customer_expected, customer_expected, customer_expected,
                           case when ? = 'CUSTOMER' then customer_expected else supplier_expected end,
                           one_off_cost, 10, 3, 'MEDIUM', 'Benchmark.', decided_at
                    from idea_priority v join idea i on i.id = v.idea_id where i.partnership_id = ?""")
                    .params(side, lead, side, p).update();
        }
        jdbc.sql("""
                insert into delivery (idea_id, owner, target_date, planned_at, accepted_at)
                select id, ?, current_date, created_at + interval '40 days', created_at + interval '90 days'
                from idea where partnership_id = ? and reached_stage in ('DELIVERED', 'REALISED')""").params(lead, p).update();
        for (String side : List.of("CUSTOMER", "SUPPLIER")) {
            jdbc.sql("""
                    insert into realised_benefit (idea_id, side, annual_benefit, recorded_by, recorded_at)
                    select v.idea_id, ?, v.customer_expected * 0.9, ?, v.decided_at + interval '180 days'
                    from idea_priority v join idea i on i.id = v.idea_id
                    where i.partnership_id = ? and i.reached_stage = 'REALISED'""").params(side, lead, p).update();
        }
        // The visits of the steps those ideas went through, as Fruition keeps them.
        history(prefix, p, "UserTask_ScreenIdea", "reached_stage <> 'SUBMITTED'", 0, "seq % 9 + 1");
        history(prefix, p, "UserTask_EstimateCustomerValue", "reached_stage not in ('SUBMITTED', 'IN_SCREENING')", 10, "seq % 7 + 2");
        history(prefix, p, "UserTask_EstimateSupplierValue", "reached_stage not in ('SUBMITTED', 'IN_SCREENING')", 10, "seq % 5 + 1");
        history(prefix, p, "UserTask_BoardVote#multiInstanceBody", "reached_stage in ('APPROVED', 'IN_DELIVERY', 'DELIVERED', 'REALISED')",
                20, "seq % 7 + 1");
        history(prefix, p, "CallActivity_Delivery", "reached_stage in ('DELIVERED', 'REALISED')", 40, "seq % 60 + 30");
        // Measured on a settled database, not while autovacuum catches up with the seeding.
        jdbc.sql("vacuum analyze").update();
    }

    private void history(String prefix, long partnership, String activity, String which, int startDays, String durationDays) {
        // The visits name the lifecycle as deployed, so that an idea page can draw where the idea went.
        String definition = jdbc.sql("select id_ from act_re_procdef where key_ = 'idea-lifecycle' order by version_ desc")
                .query(String.class).list().get(0);
        jdbc.sql("""
                insert into step_visit (activity_instance_id, idea_number, tenant, process_definition_key,
                    process_definition_id, process_instance_id, activity_id, activity_type, started_at, ended_at,
                    duration_ms)
                select process_instance_id || ':%1$s', number, ?, 'idea-lifecycle', ?,
                       process_instance_id, '%1$s', 'userTask',
                       created_at + interval '%2$d days',
                       created_at + interval '%2$d days' + ((%3$s) || ' days')::interval,
                       (%3$s)::bigint * 86400000
                from idea where partnership_id = ? and %4$s""".formatted(activity, startDays, durationDays, which))
                .params(prefix, definition, partnership).update();
    }
}
