package io.fruition.relationship;

import static io.fruition.process.IdeaProcess.Element.AGREE_OVERDRAFT;
import static io.fruition.process.IdeaProcess.Element.BOARD_VOTE;
import static io.fruition.process.IdeaProcess.Element.ESTIMATE_CUSTOMER_VALUE;
import static io.fruition.process.IdeaProcess.Element.ESTIMATE_SUPPLIER_VALUE;
import static io.fruition.process.IdeaProcess.Element.SCREEN_IDEA;
import static io.fruition.relationship.RelationshipFixture.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.fruition.commitment.Commitment;
import io.fruition.commitment.CommitmentActuals;
import io.fruition.commitment.CommitmentActuals.Progress;
import io.fruition.commitment.CommitmentKind;
import io.fruition.commitment.CommitmentReview;
import io.fruition.commitment.CommitmentState;
import io.fruition.commitment.Commitments;
import io.fruition.commitment.Commitments.Proposal;
import io.fruition.commitment.InnovationFund;
import io.fruition.commitment.Mark;
import io.fruition.idea.Idea;
import io.fruition.idea.IdeaStatus;
import io.fruition.idea.IdeaSubmission;
import io.fruition.idea.Ideas;
import io.fruition.notification.NoticeKind;
import io.fruition.notification.Notifications;
import io.fruition.partnership.Partnerships;
import io.fruition.partnership.Side;
import io.fruition.process.IdeaProcess.Var;
import io.fruition.process.task.ProcessSteps;
import io.fruition.process.SimulatedTime;
import io.fruition.security.UserAccounts;
import io.fruition.shared.InvalidInputException;
import io.fruition.shared.NotFoundException;
import io.fruition.support.Estimates;

/**
 * Innovation commitments through the real services and database: both sides' agreement, the actuals against a
 * hand-worked set of ideas, the daily review, and the innovation fund at the moment of approval. Each test has a
 * partnership of its own.
 *
 * <pre>
 * Now: Monday 16 November 2026, 10:00 (quarter 2026-Q4 is 50.45 % gone; the year 87.5 %).
 * idea  side      submitted  first answer    board decided     approved   one-off cost
 * 1     supplier  5 Oct      7 Oct (2 wd)    20 Oct (15 days)  21 Oct     8,000
 * 2     supplier  2 Nov      9 Nov (5 wd)    — (in review)     —
 * 3     customer  10 Nov     — (4 wd so far) —                 —
 * 4     customer  1 Oct      2 Oct (1 wd)    10 Nov (40 days)  11 Nov     5,000
 * 5-7   supplier  Aug        next day        —                 —          (2026-Q3)
 * supplier ideas 2 this quarter: at this pace 4, short of 6 (at risk); Q3 had 3 (missed)
 * first answer within 5 working days: worst 5, idea 3 has waited 4 of 5 (at risk)
 * 80 % of accepted ideas decided within 30 days: 1 of 2 (idea 2 pending) = 50 % (at risk)
 * fund 20,000: 13,000 committed, 7,000 remaining, at this pace 14,857 (on track)
 * </pre>
 */
public abstract class CommitmentScenarios {

    static final Instant NOW = LocalDateTime.of(2026, 11, 16, 10, 0).atZone(ZoneId.systemDefault()).toInstant();
    static final Instant JUNE = LocalDateTime.of(2026, 6, 1, 10, 0).atZone(ZoneId.systemDefault()).toInstant();

    @Autowired
    Commitments commitments;
    @Autowired
    CommitmentActuals actuals;
    @Autowired
    CommitmentReview review;
    @Autowired
    InnovationFund fund;
    @Autowired
    Ideas ideas;
    @Autowired
    ProcessSteps steps;
    @Autowired
    SimulatedTime time;
    @Autowired
    Notifications notifications;
    @Autowired
    Partnerships partnerships;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    RelationshipFixture f;

    @BeforeEach
    void partnership() {
        f = new RelationshipFixture(partnerships, accounts, jdbc);
    }

    @AfterEach
    void realTime() {
        time.reset();
    }

    @Test
    void a_commitment_is_in_force_only_once_a_lead_of_each_side_agrees_and_replaces_the_one_before() {
        Commitment proposed = commitments.propose(f.supplierLead, f.prefix, ideasPerQuarter(4));
        assertThat(proposed.state()).isEqualTo(CommitmentState.PROPOSED);
        assertThat(proposed.supplierAgreedBy()).as("proposing is agreeing for one's side").isEqualTo(f.supplierLead);
        assertThat(actuals.of(f.prefix)).as("a proposal does not count").isEmpty();
        assertThat(notifications.latest(f.customerLead, 10)).anyMatch(n -> n.kind() == NoticeKind.COMMITMENT
                && n.subject().contains("waits for your agreement"));

        assertThatThrownBy(() -> commitments.agree(f.supplierLead, proposed.id())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("supplier side has agreed");
        assertThatThrownBy(() -> commitments.agree(f.customerOne, proposed.id())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> commitments.agree(f.outsider, proposed.id())).isInstanceOf(NotFoundException.class);
        Commitment agreed = commitments.agree(f.customerLead, proposed.id());
        assertThat(agreed.state()).isEqualTo(CommitmentState.IN_FORCE);

        Commitment more = commitments.agree(f.supplierLead, commitments.propose(f.customerLead, f.prefix,
                ideasPerQuarter(6)).id());
        assertThat(more.state()).isEqualTo(CommitmentState.IN_FORCE);
        assertThat(commitments.get(agreed.id()).state()).as("replaced by the newer agreement").isEqualTo(CommitmentState.ENDED);
        assertThat(commitments.inForce(f.prefix)).singleElement().extracting(Commitment::target)
                .isEqualTo(new BigDecimal("6.00"));
        assertThat(jdbc.sql("select action from audit_entry where subject like ? order by id")
                .param(f.prefix + " ·%").query(String.class).list()).containsSubsequence("Commitment proposed",
                        "Commitment agreed: in force", "Commitment proposed", "Commitment agreed: in force");
    }

    @Test
    void an_administrators_proposal_needs_both_sides_and_a_side_may_decline_or_the_proposer_withdraw() {
        Commitment byAdmin = commitments.propose("admin", f.prefix, ideasPerQuarter(5));
        assertThat(byAdmin.customerAgreedBy()).isNull();
        assertThat(byAdmin.supplierAgreedBy()).isNull();
        assertThat(commitments.agree(f.customerLead, byAdmin.id()).state()).isEqualTo(CommitmentState.PROPOSED);
        assertThat(commitments.agree(f.supplierLead, byAdmin.id()).state()).isEqualTo(CommitmentState.IN_FORCE);

        Commitment declined = commitments.decline(f.customerLead, commitments.propose(f.supplierLead, f.prefix,
                ideasPerQuarter(9)).id());
        assertThat(declined.state()).isEqualTo(CommitmentState.DECLINED);
        Commitment mine = commitments.propose(f.supplierLead, f.prefix, ideasPerQuarter(8));
        assertThatThrownBy(() -> commitments.withdraw(f.customerOne, mine.id())).isInstanceOf(InvalidInputException.class);
        assertThat(commitments.withdraw(f.supplierLead, mine.id()).state()).isEqualTo(CommitmentState.ENDED);
        assertThat(commitments.inForce(f.prefix)).singleElement().extracting(Commitment::id).isEqualTo(byAdmin.id());
    }

    @Test
    void only_the_leads_and_administrators_propose_and_a_bad_proposal_is_refused_field_by_field() {
        assertThatThrownBy(() -> commitments.propose(f.customerOne, f.prefix, ideasPerQuarter(3)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("innovation leads");
        assertThatThrownBy(() -> commitments.propose(f.outsider, f.prefix, ideasPerQuarter(3)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> commitments.propose(f.supplierLead, f.prefix, new Proposal(
                CommitmentKind.BOARD_DECISION_SHARE, new BigDecimal("120"), null, null, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldProblems())
                        .containsOnlyKeys("target", "withinDays"));
        assertThatThrownBy(() -> commitments.propose(f.supplierLead, f.prefix, new Proposal(
                CommitmentKind.RELATIONSHIP_SCORE, new BigDecimal("7.25"), null, null, LocalDate.now().minusDays(1),
                null))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldProblems())
                        .containsOnlyKeys("target", "targetDate"));
        assertThatThrownBy(() -> commitments.propose(f.supplierLead, f.prefix, new Proposal(
                CommitmentKind.INNOVATION_FUND, new BigDecimal("-5"), null, 1999, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldProblems())
                        .containsOnlyKeys("target", "fundYear"));
        assertThat(commitments.of(f.supplierLead, f.prefix)).as("nothing was written").isEmpty();
    }

    @Test
    void the_actuals_are_computed_live_from_the_ideas_on_a_hand_worked_quarter() {
        knownIdeas();
        agreeAll();

        time.set(NOW);
        assertThat(actuals.of(f.prefix)).extracting(p -> p.commitment().kind(), Progress::actualText, Progress::trend,
                Progress::mark, Progress::why).containsExactlyInAnyOrder(
                        tuple(CommitmentKind.SUPPLIER_IDEAS_PER_QUARTER, "2 ideas from the supplier in 2026-Q4",
                                "3 in 2026-Q3", Mark.AT_RISK, "At this pace about 4 by 31 Dec 2026, short of 6."),
                        tuple(CommitmentKind.FIRST_RESPONSE_DAYS, "The longest wait was 5 working days (4 ideas)",
                                "longest 1 working days in 2026-Q3", Mark.AT_RISK,
                                f.prefix + "-3 has waited 4 of 5 working days for its first answer."),
                        tuple(CommitmentKind.BOARD_DECISION_SHARE, "50% in time (1 of 2)", "none due in 2026-Q3",
                                Mark.AT_RISK, "1 idea was not decided within 30 days; the share is under 80%."),
                        tuple(CommitmentKind.INNOVATION_FUND, "EUR 13,000 committed, EUR 7,000 remaining",
                                "2 ideas approved in 2026", Mark.ON_TRACK, "Within the fund."));
        InnovationFund.Figures figures = fund.figures(f.prefix, 2026);
        assertThat(figures.fund()).isEqualByComparingTo("20000");
        assertThat(figures.committed()).isEqualByComparingTo("13000");
        assertThat(figures.remaining()).isEqualByComparingTo("7000");
    }

    @Test
    void at_risk_is_told_to_both_leads_once_a_period_and_a_missed_quarter_is_recorded_once() {
        knownIdeas();
        agreeAll();

        time.set(NOW);
        review.run();
        review.run();

        List<String> told = notifications.latest(f.customerLead, 50).stream()
                .filter(n -> n.kind() == NoticeKind.COMMITMENT && n.subject().startsWith("A commitment is at risk"))
                .map(n -> n.message()).toList();
        assertThat(told).hasSize(3);
        assertThat(notifications.latest(f.supplierLead, 50)).filteredOn(n -> n.subject().startsWith(
                "A commitment is at risk")).hasSize(3);
        assertThat(notifications.latest(f.customerOne, 50)).noneMatch(n -> n.kind() == NoticeKind.COMMITMENT);
        assertThat(review.misses(f.prefix)).extracting(CommitmentReview.Miss::period, m -> m.target().intValue(),
                m -> m.actual().intValue()).containsExactly(tuple("2026-Q3", 6, 3));
        assertThat(notifications.latest(f.customerLead, 50)).filteredOn(n -> n.subject().startsWith(
                "A commitment was missed in 2026-Q3")).hasSize(1);
    }

    @Test
    void the_fund_goes_below_zero_only_with_both_leads_agreement_and_one_refusal_leaves_the_idea_unfunded() {
        int year = LocalDate.now().getYear();
        commitments.agree(f.customerLead, commitments.propose(f.supplierLead, f.prefix, new Proposal(
                CommitmentKind.INNOVATION_FUND, new BigDecimal(1_000), null, year, null, null)).id());

        Idea refused = approvedByTheBoard("Refused beyond the fund");
        assertThat(steps.assigneesAt(refused.getNumber(), AGREE_OVERDRAFT)).hasSize(2);
        assertThat(status(refused)).isNotEqualTo(IdeaStatus.APPROVED);
        assertThat(fund.shortfall(refused.getId())).isEqualByComparingTo("1000");
        steps.complete(f.customerLead, refused.getNumber(), AGREE_OVERDRAFT, Map.of(Var.OVERDRAFT_DECISION, "REJECT",
                Var.OVERDRAFT_REASON, "The fund is for smaller pilots this year."));
        assertThat(status(refused)).isEqualTo(IdeaStatus.REJECTED);
        assertThat(steps.isWaitingAt(refused.getNumber(), AGREE_OVERDRAFT)).isFalse();

        Idea funded = approvedByTheBoard("Funded beyond the fund");
        steps.complete(f.customerLead, funded.getNumber(), AGREE_OVERDRAFT, Map.of(Var.OVERDRAFT_DECISION, "APPROVE"));
        assertThat(status(funded)).as("one side alone is not enough").isNotEqualTo(IdeaStatus.APPROVED);
        steps.complete(f.supplierLead, funded.getNumber(), AGREE_OVERDRAFT, Map.of(Var.OVERDRAFT_DECISION, "APPROVE"));
        assertThat(status(funded)).isEqualTo(IdeaStatus.APPROVED);
        assertThat(jdbc.sql("select idea_id, amount, customer_agreed_by, supplier_agreed_by from fund_override "
                + "where partnership_id = ?").param(f.partnershipId).query((rs, n) -> List.of(rs.getLong(1),
                rs.getBigDecimal(2).intValue(), rs.getString(3), rs.getString(4))).list())
                .containsExactly(List.of(funded.getId(), 1_000, f.customerLead, f.supplierLead));
        InnovationFund.Figures figures = fund.figures(f.prefix, year);
        assertThat(figures.committed()).isEqualByComparingTo("2000");
        assertThat(figures.remaining()).isEqualByComparingTo("-1000");
        assertThat(actuals.of(f.prefix)).singleElement().extracting(Progress::mark).isEqualTo(Mark.AT_RISK);
    }

    @Test
    void a_member_of_another_partnership_sees_none_of_its_commitments() {
        commitments.propose(f.supplierLead, f.prefix, ideasPerQuarter(4));
        assertThatThrownBy(() -> commitments.of(f.outsider, f.prefix)).isInstanceOf(NotFoundException.class);
        assertThat(commitments.of("admin", f.prefix)).hasSize(1);
    }

    private Idea approvedByTheBoard(String title) {
        Idea idea = ideas.submit(f.partner, new IdeaSubmission(f.prefix, title + " " + System.nanoTime(),
                "Paper forms get lost.", "Scan them at the desk.", null));
        String n = idea.getNumber();
        steps.complete(f.customerLead, n, SCREEN_IDEA, Map.of(Var.SCREENING_DECISION, "ACCEPT"));
        steps.complete(f.customerLead, n, ESTIMATE_CUSTOMER_VALUE, Estimates.typical());
        steps.complete(f.supplierLead, n, ESTIMATE_SUPPLIER_VALUE, Estimates.typical());
        for (String voter : steps.assigneesAt(n, BOARD_VOTE)) {
            steps.complete(voter, n, BOARD_VOTE, Map.of(Var.VOTE, "APPROVE", Var.VOTE_REASON, "Worth it."));
        }
        return idea;
    }

    private IdeaStatus status(Idea idea) {
        return ideas.get(idea.getId()).getStatus();
    }

    private static Proposal ideasPerQuarter(int n) {
        return new Proposal(CommitmentKind.SUPPLIER_IDEAS_PER_QUARTER, BigDecimal.valueOf(n), null, null, null, null);
    }

    /** Agreed in June 2026, so that the whole of the third quarter counts. */
    private void agreeAll() {
        time.set(JUNE);
        for (Proposal p : List.of(ideasPerQuarter(6),
                new Proposal(CommitmentKind.FIRST_RESPONSE_DAYS, BigDecimal.valueOf(5), null, null, null, null),
                new Proposal(CommitmentKind.BOARD_DECISION_SHARE, BigDecimal.valueOf(80), 30, null, null, null),
                new Proposal(CommitmentKind.INNOVATION_FUND, BigDecimal.valueOf(20_000), null, 2026, null, null))) {
            commitments.agree(f.customerLead, commitments.propose(f.supplierLead, f.prefix, p).id());
        }
        time.reset();
    }

    private void knownIdeas() {
        long i1 = f.idea(Side.SUPPLIER, "APPROVED", "APPROVED", at(2026, 10, 5));
        f.moments(i1, at(2026, 10, 7), at(2026, 10, 20), at(2026, 10, 21));
        f.cost(i1, 8_000);
        long i2 = f.idea(Side.SUPPLIER, "IN_REVIEW", "IN_REVIEW", at(2026, 11, 2));
        f.moments(i2, at(2026, 11, 9), null, null);
        f.idea(Side.CUSTOMER, "SUBMITTED", "SUBMITTED", at(2026, 11, 10));
        long i4 = f.idea(Side.CUSTOMER, "APPROVED", "APPROVED", at(2026, 10, 1));
        f.moments(i4, at(2026, 10, 2), at(2026, 11, 10), at(2026, 11, 11));
        f.cost(i4, 5_000);
        for (int day : new int[] {3, 11, 19}) {
            long q3 = f.idea(Side.SUPPLIER, "IN_SCREENING", "IN_SCREENING", at(2026, 8, day));
            f.moments(q3, at(2026, 8, day + 1), null, null);
        }
    }
}
