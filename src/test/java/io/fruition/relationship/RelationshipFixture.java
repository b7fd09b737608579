package io.fruition.relationship;

import static io.fruition.partnership.PartnershipRole.ACCOUNT_MANAGER;
import static io.fruition.partnership.PartnershipRole.BOARD_CHAIR;
import static io.fruition.partnership.PartnershipRole.BOARD_MEMBER;
import static io.fruition.partnership.PartnershipRole.ESTIMATOR;
import static io.fruition.partnership.PartnershipRole.INNOVATION_LEAD;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

import io.fruition.partnership.Organisation;
import io.fruition.partnership.OrganisationKind;
import io.fruition.partnership.PartnershipRole;
import io.fruition.partnership.Partnerships;
import io.fruition.partnership.Side;
import io.fruition.process.task.ProcessSteps;
import io.fruition.process.PulseProcess;
import io.fruition.process.PulseProcess.Element;
import io.fruition.process.PulseProcess.Var;
import io.fruition.pulse.Dimension;
import io.fruition.pulse.PulseRound;
import io.fruition.pulse.PulseRounds;
import io.fruition.security.UserAccounts;
import io.fruition.support.Tags;

/**
 * A partnership of its own for the pulse and commitment scenarios, so that what they change disturbs no other test:
 * a supplier with an innovation lead (who also estimates and chairs the board) and an account manager; a customer
 * with an innovation lead and a board member (its key contacts) and two more members; a partner who submits; and
 * an outsider who belongs to NorthGas only.
 */
final class RelationshipFixture {

    final String prefix;
    final String supplierLead;
    final String accountManager;
    final String customerLead;
    final String customerBoard;
    final String customerOne;
    final String customerTwo;
    final String partner;
    final String outsider;
    final long partnershipId;
    private final JdbcClient jdbc;
    private int seq;

    RelationshipFixture(Partnerships partnerships, UserAccounts accounts, JdbcClient jdbc) {
        this.jdbc = jdbc;
        String tag = Tags.letters(5).toUpperCase();
        String t = tag.toLowerCase();
        prefix = "R" + tag;
        supplierLead = user("sl-" + t, "Sally Lead " + tag, accounts);
        accountManager = user("am-" + t, "Adam Manager " + tag, accounts);
        customerLead = user("cl-" + t, "Carla Lead " + tag, accounts);
        customerBoard = user("cb-" + t, "Colin Board " + tag, accounts);
        customerOne = user("c1-" + t, "Cora One " + tag, accounts);
        customerTwo = user("c2-" + t, "Cody Two " + tag, accounts);
        partner = user("pa-" + t, "Pia Partner " + tag, accounts);
        outsider = user("ou-" + t, "Otto Outsider " + tag, accounts);
        Organisation supplier = partnerships.createOrganisation("Supplier " + tag, OrganisationKind.SUPPLIER);
        Organisation customer = partnerships.createOrganisation("Customer " + tag, OrganisationKind.CUSTOMER);
        partnerships.createPartnership("Relationship " + tag, prefix, "EUR", supplier, customer);
        partnershipId = jdbc.sql("select id from partnership where prefix = ?").param(prefix).query(Long.class).single();
        member(partnerships, supplierLead, Side.SUPPLIER, INNOVATION_LEAD, ESTIMATOR, BOARD_MEMBER, BOARD_CHAIR);
        member(partnerships, accountManager, Side.SUPPLIER, ACCOUNT_MANAGER);
        member(partnerships, customerLead, Side.CUSTOMER, INNOVATION_LEAD, ESTIMATOR, BOARD_MEMBER);
        member(partnerships, customerBoard, Side.CUSTOMER, BOARD_MEMBER);
        member(partnerships, customerOne, Side.CUSTOMER);
        member(partnerships, customerTwo, Side.CUSTOMER);
        member(partnerships, partner, Side.PARTNER);
        partnerships.addMember("NG", outsider, Side.CUSTOMER, Set.of());
    }

    private static String user(String username, String name, UserAccounts accounts) {
        accounts.create(username, name, username + "@test.fruition.io", username, false);
        return username;
    }

    private void member(Partnerships partnerships, String username, Side side, PartnershipRole... roles) {
        Set<PartnershipRole> set = EnumSet.noneOf(PartnershipRole.class);
        set.addAll(Arrays.asList(roles));
        partnerships.addMember(prefix, username, side, set);
    }

    List<String> customers() {
        return List.of(customerLead, customerBoard, customerOne, customerTwo);
    }

    String key(PulseRound round) {
        return PulseProcess.businessKey(prefix, round.number());
    }

    /** Starts a round as the supplier's lead and has both predictors predict. */
    PulseRound opened(PulseRounds rounds, ProcessSteps steps, int[] leadPrediction, int[] managerPrediction) {
        PulseRound round = rounds.startEarly(supplierLead, prefix);
        steps.complete(supplierLead, key(round), Element.PREDICT_VIEW, prediction(leadPrediction));
        steps.complete(accountManager, key(round), Element.PREDICT_VIEW, prediction(managerPrediction));
        return rounds.get(round.id());
    }

    static Map<String, Object> prediction(int... scores) {
        Map<String, Object> values = scores(scores);
        values.put(Var.CONFIDENCE, "MEDIUM");
        return values;
    }

    static Map<String, Object> rating(int[] scores, boolean mayQuote, Object... comments) {
        Map<String, Object> values = scores(scores);
        values.put(Var.MAY_QUOTE, mayQuote);
        for (int i = 0; i < comments.length; i += 2) {
            values.put(((Dimension) comments[i]).commentKey(), comments[i + 1]);
        }
        return values;
    }

    static Map<String, Object> scores(int... scores) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < scores.length; i++) {
            values.put(Dimension.values()[i].scoreKey(), (long) scores[i]);
        }
        return values;
    }

    static int[] s(int... scores) {
        return scores;
    }

    // Ideas of known moments, for the commitments' actuals.

    static Timestamp at(int year, int month, int day) {
        return Timestamp.from(LocalDateTime.of(year, month, day, 9, 0).atZone(ZoneId.systemDefault()).toInstant());
    }

    long idea(Side origin, String status, String reached, Timestamp created) {
        seq++;
        String number = prefix + "-" + seq;
        jdbc.sql("""
                insert into idea (partnership_id, seq, number, title, problem, proposal, origin_side, submitter, status,
                                  status_changed_at, created_at, reached_stage)
                values (?, ?, ?, ?, 'A problem worth solving.', 'A proposal.', ?, ?, ?, ?, ?, ?)""")
                .params(partnershipId, seq, number, "Known idea " + seq, origin.name(), partner, status, created, created,
                        reached).update();
        jdbc.sql("update partnership set last_idea_seq = ? where id = ?").params(seq, partnershipId).update();
        return jdbc.sql("select id from idea where number = ?").param(number).query(Long.class).single();
    }

    void moments(long idea, Timestamp screened, Timestamp boardDecided, Timestamp approved) {
        jdbc.sql("update idea set first_screened_at = ?, board_decided_at = ?, approved_at = ? where id = ?")
                .params(screened, boardDecided, approved, idea).update();
    }

    void cost(long idea, int oneOffCost) {
        jdbc.sql("""
                insert into idea_priority (idea_id, priority, mutual_value_score, customer_expected, supplier_expected,
                                           customer_share, one_off_cost, confidence, decided_at)
                values (?, 'QUICK_WIN', 1000, 1000, 1000, 50, ?, 'MEDIUM', ?)""")
                .params(idea, BigDecimal.valueOf(oneOffCost), at(2026, 1, 1)).update();
    }
}
