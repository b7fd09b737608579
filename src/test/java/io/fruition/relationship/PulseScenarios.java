package io.fruition.relationship;

import static io.fruition.process.PulseProcess.Element.ACTION_OVERDUE;
import static io.fruition.process.PulseProcess.Element.AGREE_PLAN;
import static io.fruition.process.PulseProcess.Element.CARRY_OUT_ACTION;
import static io.fruition.process.PulseProcess.Element.RATE_PARTNERSHIP;
import static io.fruition.process.PulseProcess.Element.RESPOND_WITH_PLAN;
import static io.fruition.process.PulseProcess.Element.ROUND_CLOSES;
import static io.fruition.relationship.RelationshipFixture.rating;
import static io.fruition.relationship.RelationshipFixture.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fruition.form.FormRejectedException;
import io.fruition.idea.Idea;
import io.fruition.idea.IdeaSubmission;
import io.fruition.notification.NoticeKind;
import io.fruition.notification.Notifications;
import io.fruition.partnership.Partnerships;
import io.fruition.process.task.ProcessSteps;
import io.fruition.process.PulseProcess.Var;
import io.fruition.process.task.TaskForms;
import io.fruition.pulse.ActionPlans;
import io.fruition.pulse.ActionPlans.PlanView;
import io.fruition.pulse.Dimension;
import io.fruition.pulse.PlanState;
import io.fruition.pulse.PulseAnswers;
import io.fruition.pulse.PulseIdeas;
import io.fruition.pulse.PulseResults;
import io.fruition.pulse.PulseResults.DimensionResult;
import io.fruition.pulse.PulseResults.RoundResult;
import io.fruition.pulse.PulseRound;
import io.fruition.pulse.PulseRounds;
import io.fruition.pulse.RoundState;
import io.fruition.security.UserAccounts;
import io.fruition.shared.InvalidInputException;
import io.fruition.shared.NotFoundException;
import io.fruition.support.WebhookReceiver;
import io.fruition.webhook.Flavour;
import io.fruition.webhook.WebhookEvent;
import io.fruition.webhook.Webhooks;
import io.fruition.support.Http;

/**
 * The relationship pulse through the real process, services and database, on a hand-worked round: four customer
 * members answer, two supplier members predicted. Each test has a partnership of its own.
 *
 * <pre>
 *                    lead  board  one  two | median range | lead-pred manager-pred → median | gap
 * overall value        4     6     5    8  |   5.5   4–8  |    7          8             7.5   | 2
 * innovation           5     6     7    6  |   6     5–7  |    6          7             6.5   | 0.5
 * understanding        6     7     6    5  |   6     5–7  |    6          6             6     | 0
 * responsiveness       3     4     5    4  |   4     3–5  |    6          7             6.5   | 2.5
 * delivery quality     7     8     6    7  |   7     6–8  |    7          8             7.5   | 0.5
 * relationship score (mean of the medians) 5.7; predicted 6.8
 * </pre>
 */
public abstract class PulseScenarios {

    static final int[] LEAD = {4, 5, 6, 3, 7};
    static final int[] BOARD = {6, 6, 7, 4, 8};
    static final int[] ONE = {5, 7, 6, 5, 6};
    static final int[] TWO = {8, 6, 5, 4, 7};

    @Autowired
    PulseRounds rounds;
    @Autowired
    PulseResults results;
    @Autowired
    PulseAnswers answers;
    @Autowired
    ActionPlans plans;
    @Autowired
    PulseIdeas pulseIdeas;
    @Autowired
    ProcessSteps steps;
    @Autowired
    TaskForms forms;
    @Autowired
    TaskService tasks;
    @Autowired
    Notifications notifications;
    @Autowired
    Partnerships partnerships;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Webhooks webhooks;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    RelationshipFixture f;

    @BeforeEach
    void partnership() {
        f = new RelationshipFixture(partnerships, accounts, jdbc);
    }

    private PulseRound opened() {
        return f.opened(rounds, steps, s(7, 6, 6, 6, 7), s(8, 7, 6, 7, 8));
    }

    /** The hand-worked round: everyone answers, the lead's comment anonymous, the board member's quotable. */
    private PulseRound answered() {
        PulseRound round = opened();
        steps.complete(f.customerLead, f.key(round), RATE_PARTNERSHIP, rating(LEAD, false,
                Dimension.RESPONSIVENESS, "Requests wait a week."));
        steps.complete(f.customerBoard, f.key(round), RATE_PARTNERSHIP, rating(BOARD, true,
                Dimension.INNOVATION, "Ideas come only when we ask."));
        steps.complete(f.customerOne, f.key(round), RATE_PARTNERSHIP, rating(ONE, false));
        steps.complete(f.customerTwo, f.key(round), RATE_PARTNERSHIP, rating(TWO, false));
        return rounds.get(round.id());
    }

    @Test
    void a_closed_round_shows_each_dimensions_median_range_and_gap_and_the_relationship_score() {
        PulseRound round = answered();
        assertThat(round.state()).as("everyone answered: the round closed").isEqualTo(RoundState.CLOSED);

        RoundResult r = results.of(f.customerOne, round.id());
        assertThat(r.invited()).isEqualTo(4);
        assertThat(r.answered()).isEqualTo(4);
        assertThat(r.shown()).isTrue();
        assertThat(r.dimensions()).extracting(DimensionResult::dimension, d -> d.median().toPlainString(),
                d -> d.low() + "-" + d.high(), d -> d.predicted().toPlainString(), d -> d.gap().toPlainString())
                .containsExactly(
                        tuple(Dimension.OVERALL_VALUE, "5.5", "4-8", "7.5", "2.0"),
                        tuple(Dimension.INNOVATION, "6.0", "5-7", "6.5", "0.5"),
                        tuple(Dimension.UNDERSTANDING, "6.0", "5-7", "6.0", "0.0"),
                        tuple(Dimension.RESPONSIVENESS, "4.0", "3-5", "6.5", "2.5"),
                        tuple(Dimension.DELIVERY_QUALITY, "7.0", "6-8", "7.5", "0.5"));
        assertThat(r.score()).isEqualByComparingTo("5.7");
        assertThat(r.predictedScore()).isEqualByComparingTo("6.8");
        assertThat(r.byRole()).as("neither group has three answers: no breakdown").isEmpty();
        assertThat(results.accuracy(f.customerOne, f.prefix)).extracting(a -> a.predictor(),
                a -> a.averageMiss().toPlainString(), a -> a.bias().toPlainString())
                .containsExactlyInAnyOrder(tuple(f.supplierLead, "0.7", "0.7"),
                        tuple(f.accountManager, "1.5", "1.5"));
    }

    @Test
    void a_dimension_under_the_threshold_or_misread_by_two_gives_the_account_manager_an_action_plan_to_make() {
        PulseRound round = answered();

        RoundResult r = results.of(f.supplierLead, round.id());
        assertThat(r.concerns()).containsExactly(
                "Overall value: the customer's median is 5.5, under the threshold of 6.",
                "Overall value: the supplier predicted 7.5, the customer's median is 5.5 (a gap of 2).",
                "Responsiveness: the customer's median is 4, under the threshold of 6.",
                "Responsiveness: the supplier predicted 6.5, the customer's median is 4 (a gap of 2.5).");
        PlanView plan = plans.ofRound(round.id()).orElseThrow();
        assertThat(plan.state()).isEqualTo(PlanState.DRAFTING);
        String task = steps.taskIdAt(f.key(round), RESPOND_WITH_PLAN);
        assertThat(tasks.getIdentityLinksForTask(task)).extracting(IdentityLink::getGroupId)
                .containsExactly(f.prefix + "-ACCOUNT_MANAGER-SUPPLIER");
        assertThat(steps.isOpenTo(f.accountManager, f.key(round), RESPOND_WITH_PLAN)).isTrue();
        assertThat(steps.isOpenTo(f.customerLead, f.key(round), RESPOND_WITH_PLAN)).isFalse();
    }

    @Test
    void a_key_contact_scoring_five_or_less_is_told_to_the_suppliers_leads_named_only_with_consent() {
        answered();

        List<String> alerts = notices(f.accountManager, NoticeKind.ESCALATION);
        assertThat(alerts).hasSize(1);
        assertThat(alerts.get(0))
                .contains("A key contact scored responsiveness 3 out of 10.")
                .contains("Colin Board " + f.prefix.substring(1) + ", a key contact, scored responsiveness 4 out of 10.")
                .doesNotContain("Carla");
        assertThat(notices(f.supplierLead, NoticeKind.ESCALATION)).hasSize(1);
        assertThat(notices(f.customerOne, NoticeKind.ESCALATION)).as("the customer's members are not told").isEmpty();
    }

    @Test
    void comments_show_without_their_authors_name_unless_the_author_allowed_quoting() {
        PulseRound round = answered();

        RoundResult r = results.of(f.supplierLead, round.id());
        assertThat(r.comments()).extracting(PulseResults.Comment::text, PulseResults.Comment::by)
                .containsExactlyInAnyOrder(tuple("Requests wait a week.", null),
                        tuple("Ideas come only when we ask.",
                                "Colin Board " + f.prefix.substring(1)));
    }

    @Test
    void with_fewer_than_three_answers_nothing_per_dimension_shows_and_the_round_counts_as_a_risk() {
        PulseRound round = opened();
        steps.complete(f.customerLead, f.key(round), RATE_PARTNERSHIP, rating(LEAD, true, Dimension.INNOVATION,
                "Too quiet."));
        steps.complete(f.customerOne, f.key(round), RATE_PARTNERSHIP, rating(ONE, false));
        steps.fireTimer(f.key(round), ROUND_CLOSES);

        RoundResult r = results.of(f.customerTwo, round.id());
        assertThat(r.answered()).isEqualTo(2);
        assertThat(r.shown()).isFalse();
        assertThat(r.dimensions()).isEmpty();
        assertThat(r.score()).isNull();
        assertThat(r.comments()).as("a comment could tell whose it is").isEmpty();
        assertThat(r.concerns()).containsExactly("Only 2 of 4 asked answered: too few to show scores without making "
                + "someone recognisable. Find out why the others did not answer.");
        assertThat(plans.ofRound(round.id())).as("even so, it is answered").isPresent();
        assertThat(results.scores(f.prefix)).as("no score joins the trend").isEmpty();
    }

    @Test
    void a_round_nobody_answered_is_a_risk_not_a_blank() {
        PulseRound round = opened();
        steps.fireTimer(f.key(round), ROUND_CLOSES);

        RoundResult r = results.of(f.customerLead, round.id());
        assertThat(r.answered()).isZero();
        assertThat(r.concerns()).singleElement().asString().startsWith("Nobody answered (0 of 4 asked)");
        assertThat(plans.ofRound(round.id())).isPresent();
    }

    @Test
    void nothing_of_an_open_round_is_shown_but_who_may_still_answer_and_predictions_are_locked_once_it_opens() {
        PulseRound round = opened();
        steps.complete(f.customerOne, f.key(round), RATE_PARTNERSHIP, rating(ONE, false));

        var current = results.current(f.supplierLead, f.prefix).orElseThrow();
        assertThat(current.answered()).isEqualTo(1);
        assertThat(current.stillToAnswer()).hasSize(3).noneMatch(n -> n.startsWith("Cora One"));
        assertThatThrownBy(() -> results.of(f.supplierLead, round.id())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("still open");
        assertThatThrownBy(() -> answers.predict(round.id(), f.supplierLead, Map.of(), "HIGH"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("locked");
    }

    @Test
    void a_member_answers_once_and_changes_only_their_own_answer_while_the_round_is_open() {
        PulseRound round = opened();
        steps.complete(f.customerOne, f.key(round), RATE_PARTNERSHIP, rating(ONE, false));
        PulseAnswers.Answer again = new PulseAnswers.Answer(Map.of(Dimension.OVERALL_VALUE, 9, Dimension.INNOVATION, 9,
                Dimension.UNDERSTANDING, 9, Dimension.RESPONSIVENESS, 9, Dimension.DELIVERY_QUALITY, 9), Map.of(),
                true, null);

        assertThatThrownBy(() -> answers.answer(round.id(), f.customerOne, again))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("answered");
        answers.amend(round.id(), f.customerOne, again);
        assertThat(answers.ownAnswer(f.customerOne, round.id()).orElseThrow().scores()).containsValue(9);

        // Nobody changes another's score, an administrator included: there is no answer of theirs to change.
        PulseAnswers.Answer low = new PulseAnswers.Answer(Map.of(Dimension.OVERALL_VALUE, 1, Dimension.INNOVATION, 1,
                Dimension.UNDERSTANDING, 1, Dimension.RESPONSIVENESS, 1, Dimension.DELIVERY_QUALITY, 1), Map.of(),
                false, null);
        assertThatThrownBy(() -> answers.amend(round.id(), "admin", low)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> answers.amend(round.id(), f.customerTwo, low)).isInstanceOf(InvalidInputException.class);
        assertThat(answers.ownAnswer(f.customerOne, round.id()).orElseThrow().scores().values()).containsOnly(9);

        steps.fireTimer(f.key(round), ROUND_CLOSES);
        assertThatThrownBy(() -> answers.amend(round.id(), f.customerOne, low))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("closed");
        assertThat(jdbc.sql("select action from audit_entry where actor = ? and subject like ? order by id")
                .params(f.customerOne, f.prefix + "%").query(String.class).list())
                .containsExactly("Pulse answer given", "Pulse answer amended");
        assertThat(jdbc.sql("select coalesce(before_text, '') || coalesce(after_text, '') from audit_entry where actor = ?")
                .param(f.customerOne).query(String.class).list()).as("the audit log keeps no score")
                .noneMatch(text -> text.contains(": 9"));
    }

    @Test
    void scores_outside_one_to_ten_are_refused_field_by_field_in_the_task_view_and_the_engines_rest_api() {
        PulseRound round = opened();
        String task = steps.taskIdOf(f.customerOne, f.key(round), RATE_PARTNERSHIP);
        steps.claim(f.customerOne, f.key(round), RATE_PARTNERSHIP);
        Map<String, Object> bad = rating(s(11, 0, 5, 5, 5), false);

        assertThatThrownBy(() -> forms.complete(f.customerOne, task, bad)).isInstanceOfSatisfying(
                FormRejectedException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("valueScore",
                        "innovationScore"));
        Http.Response rest = new Http(port).post(f.customerOne, "/engine-rest/task/" + task + "/complete",
                "{\"variables\":{\"valueScore\":{\"value\":12,\"type\":\"Long\"},\"innovationScore\":{\"value\":5,"
                        + "\"type\":\"Long\"},\"understandingScore\":{\"value\":5,\"type\":\"Long\"},"
                        + "\"responsivenessScore\":{\"value\":5,\"type\":\"Long\"},\"deliveryScore\":{\"value\":5,"
                        + "\"type\":\"Long\"}}}");
        assertThat(rest.status()).isEqualTo(400);
        assertThat(rest.body()).contains("valueScore");
        assertThat(tasks.createTaskQuery().taskId(task).count()).as("the task waits still").isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from pulse_answer where round_id = ?").param(round.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void the_engine_keeps_no_score_no_prediction_and_no_comment() {
        PulseRound round = opened();
        steps.complete(f.customerOne, f.key(round), RATE_PARTNERSHIP, rating(s(2, 2, 2, 2, 2), false,
                Dimension.DELIVERY_QUALITY, "Probe comment Zq81 for the engine's tables."));

        for (String table : List.of("ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL")) {
            assertThat(jdbc.sql("select count(*) from " + table + " where TEXT_ like ?").param("%Zq81%")
                    .query(Long.class).single()).as(table).isZero();
            assertThat(jdbc.sql("select count(*) from " + table + " where NAME_ in ('valueScore', 'predictionConfidence')")
                    .query(Long.class).single()).as(table + " scores").isZero();
        }
    }

    @Test
    void an_answer_is_told_to_the_partnerships_webhooks_without_who_gave_it_or_what_it_says() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            webhooks.create(f.supplierLead, f.prefix, new Webhooks.Draft("Account desk", receiver.url("/pulse"),
                    Flavour.CLOUDEVENTS, EnumSet.of(WebhookEvent.PULSE_ANSWERED), true));
            PulseRound round = opened();

            steps.complete(f.customerOne, f.key(round), RATE_PARTNERSHIP, rating(ONE, true,
                    Dimension.RESPONSIVENESS, "Requests wait a week."));
            WebhookReceiver.Received answered = receiver.awaitAt("/pulse", r -> true);

            JsonNode event = new ObjectMapper().readTree(answered.body());
            assertThat(event.path("type").asText()).isEqualTo("io.fruition.pulse.answered");
            assertThat(event.path("source").asText()).endsWith("/partnerships/" + f.prefix);
            assertThat(event.path("data").path("round").path("number").asInt()).isEqualTo(round.number());
            assertThat(answered.body()).as("never who answered, never what they said, even when quotable")
                    .doesNotContain(f.customerOne).doesNotContain("Cora One").doesNotContain("Requests wait")
                    .doesNotContainIgnoringCase("score");
            assertThat(event.path("data").fieldNames()).toIterable().as("the round, and nothing of the answer")
                    .containsExactlyInAnyOrder("partnership", "text", "link", "round", "amended");
        }
    }

    @Test
    void a_member_of_another_partnership_sees_nothing_of_this_pulse() {
        PulseRound round = answered();

        assertThatThrownBy(() -> rounds.of(f.outsider, f.prefix)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> results.history(f.outsider, f.prefix)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> results.of(f.outsider, round.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> plans.of(f.outsider, f.prefix)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> rounds.startEarly(f.outsider, f.prefix)).isInstanceOf(NotFoundException.class);
        Http http = new Http(port);
        assertThat(http.get(f.outsider, "/engine-rest/task?processInstanceBusinessKey=" + f.key(round)).body())
                .isEqualTo("[]");
        assertThat(http.get(f.outsider, "/engine-rest/process-instance?businessKey=" + f.key(round)).body())
                .isEqualTo("[]");
    }

    @Test
    void the_plan_is_sent_back_then_agreed_each_action_is_followed_and_the_next_round_asks_whether_it_worked() {
        PulseRound round = answered();
        String key = f.key(round);
        LocalDate today = LocalDate.now();

        assertThatThrownBy(() -> steps.complete(f.accountManager, key, RESPOND_WITH_PLAN, plan(
                row("Call the depots weekly", f.outsider, today.plusDays(10)))))
                .as("an owner from outside the partnership").isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> steps.complete(f.accountManager, key, RESPOND_WITH_PLAN, plan(
                row("Call the depots weekly", f.supplierLead, today.minusDays(1)))))
                .as("a due date in the past").isInstanceOf(RuntimeException.class);
        assertThat(plans.ofRound(round.id()).orElseThrow().state()).isEqualTo(PlanState.DRAFTING);

        steps.complete(f.accountManager, key, RESPOND_WITH_PLAN, plan(
                row("A named responder for every request", f.supplierLead, today.plusDays(10)),
                row("Monthly ideas session", f.accountManager, today.plusDays(20))));
        steps.complete(f.customerLead, key, AGREE_PLAN, Map.of(Var.PLAN_AGREEMENT, "CHANGES",
                Var.REQUESTED_CHANGES, "Say who from our side joins the sessions."));
        assertThat(plans.ofRound(round.id()).orElseThrow().state()).isEqualTo(PlanState.CHANGES_REQUESTED);
        steps.complete(f.accountManager, key, RESPOND_WITH_PLAN, plan(
                row("A named responder for every request", f.supplierLead, today.plusDays(10)),
                row("Monthly ideas session with Cora", f.accountManager, today.plusDays(20))));
        steps.complete(f.customerLead, key, AGREE_PLAN, Map.of(Var.PLAN_AGREEMENT, "AGREE"));

        PlanView agreed = plans.ofRound(round.id()).orElseThrow();
        assertThat(agreed.state()).isEqualTo(PlanState.AGREED);
        assertThat(agreed.revision()).isEqualTo(2);
        assertThat(steps.assigneesAt(key, CARRY_OUT_ACTION)).containsExactlyInAnyOrder(f.supplierLead, f.accountManager);

        steps.fireTimer(key, ACTION_OVERDUE);
        assertThat(notices(f.supplierLead, NoticeKind.ESCALATION)).anyMatch(n -> n.contains("is past its due date"));
        steps.complete(f.supplierLead, key, CARRY_OUT_ACTION, Map.of(Var.ACTION_NOTE, "Dana answers every request."));
        steps.complete(f.accountManager, key, CARRY_OUT_ACTION, Map.of(Var.ACTION_NOTE, "First session held with Cora."));
        assertThat(plans.ofRound(round.id()).orElseThrow().state()).isEqualTo(PlanState.DONE);
        assertThat(notices(f.customerLead, NoticeKind.PULSE)).anyMatch(n -> n.contains("Every action answering"));

        PulseRound next = f.opened(rounds, steps, s(7, 7, 7, 7, 7), s(7, 7, 7, 7, 7));
        List<Long> asked = answers.askedAbout(next.id()).stream().map(ActionPlans.ActionView::id).toList();
        assertThat(asked).hasSize(2);
        for (String member : f.customers()) {
            Map<String, Object> values = rating(s(7, 7, 7, 7, 7), false);
            values.put(Var.ACTIONS_THAT_WORKED, member.equals(f.customerTwo) ? List.of()
                    : List.of(String.valueOf(asked.get(0))));
            steps.complete(member, f.key(next), RATE_PARTNERSHIP, values);
        }
        assertThat(results.of(f.customerOne, next.id()).verdicts()).extracting(v -> v.action().id(),
                PulseResults.Verdict::worked, PulseResults.Verdict::judged).containsExactlyInAnyOrder(
                        tuple(asked.get(0), 3, 4),
                        tuple(asked.get(1), 0, 4));
    }

    @Test
    void a_comment_becomes_an_idea_that_records_its_round_and_a_made_up_comment_does_not() {
        PulseRound round = answered();

        Idea idea = pulseIdeas.fromComment(f.customerTwo, round.id(), Dimension.INNOVATION,
                "Ideas come only when we ask.", new IdeaSubmission(f.prefix, "Bring ideas unasked",
                        "Ideas come only when we ask.", "A monthly ideas letter.", null));
        assertThat(idea.getOrigin()).hasValueSatisfying(o -> {
            assertThat(o.pulseRoundId()).isEqualTo(round.id());
            assertThat(o.dimension()).isEqualTo("INNOVATION");
        });
        assertThatThrownBy(() -> pulseIdeas.fromComment(f.customerTwo, round.id(), Dimension.INNOVATION,
                "A comment nobody made.", new IdeaSubmission(f.prefix, "Made up", "Made up.", "Made up.", null)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> pulseIdeas.fromComment(f.outsider, round.id(), Dimension.INNOVATION,
                "Ideas come only when we ask.", new IdeaSubmission("NG", "Stolen", "Stolen.", "Stolen.", null)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_round_starts_early_only_for_a_lead_and_not_while_another_runs() {
        assertThatThrownBy(() -> rounds.startEarly(f.customerOne, f.prefix)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("innovation leads");
        PulseRound round = rounds.startEarly(f.customerLead, f.prefix);
        assertThat(round.state()).isEqualTo(RoundState.PREDICTING);
        assertThatThrownBy(() -> rounds.startEarly(f.supplierLead, f.prefix)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("still");
        assertThat(rounds.due(LocalDate.now())).as("a running round is never due").doesNotContain(f.prefix);
    }

    private List<String> notices(String username, NoticeKind kind) {
        return notifications.latest(username, 50).stream().filter(n -> n.kind() == kind)
                .map(n -> n.subject() + "\n" + n.message()).toList();
    }

    @SafeVarargs
    private static Map<String, Object> plan(Map<String, Object>... rows) {
        return Map.of(Var.PLAN_SUMMARY, "We heard you and will answer faster.", Var.PLAN_ACTIONS, List.of(rows));
    }

    private static Map<String, Object> row(String title, String owner, LocalDate due) {
        return Map.of("title", title, "owner", owner, "dueOn", due.toString());
    }
}
