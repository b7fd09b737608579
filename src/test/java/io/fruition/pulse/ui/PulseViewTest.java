package io.fruition.pulse.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;

import io.fruition.base.ui.EChart;
import io.fruition.idea.Ideas;
import io.fruition.pulse.Dimension;
import io.fruition.pulse.PulseAnswers;
import io.fruition.pulse.PulseRound;
import io.fruition.pulse.PulseRounds;
import io.fruition.support.KaribuTest;

/**
 * The pulse page on the demo's NorthGas pulse: three closed rounds (4.2, 5.2, 6.1), round 4 open with two of four
 * answers, action plans in every state.
 */
class PulseViewTest extends KaribuTest {

    @Autowired
    PulseRounds rounds;
    @Autowired
    PulseAnswers answers;
    @Autowired
    Ideas ideas;

    @Test
    void nora_sees_who_may_still_answer_the_open_round_and_that_her_own_answer_waits() {
        login("nora");
        UI.getCurrent().navigate(PulseView.class);

        assertThat(text("pulse-current-state")).startsWith("Round 4 is open until ")
                .endsWith(": 2 of 4 asked have answered (50%).");
        assertThat(text("pulse-still-to-answer")).isEqualTo("Still to answer: Carl Christensen, Nora Nordqvist.");
        _get(HorizontalLayout.class, spec -> spec.withId("pulse-your-answer"));
        assertThat(_find(Button.class, spec -> spec.withId("pulse-start"))).as("a round runs already").isEmpty();
    }

    @Test
    void the_trend_shows_the_relationship_score_by_round_against_the_target_both_sides_agreed() {
        login("carl");
        UI.getCurrent().navigate(PulseView.class);

        assertThat(text("pulse-score-summary")).startsWith("The relationship score is 6.1 out of 10 (round 3), up "
                + "from 5.2 in round 2. Both sides agreed to reach 7 by ");
        EChart chart = (EChart) _get(Div.class, spec -> spec.withId("chart-pulse"));
        assertThat(chart.option()).contains("\"Relationship score\"").contains("[4.2,5.2,6.1]")
                .contains("\"yAxis\":7.0");
        Grid<?> scores = grid("table-relationship-scores-by-round");
        assertThat(GridKt._size(scores)).isEqualTo(3);
        assertThat(GridKt._getFormattedRow(scores, 2)).contains("3", "6.1");
    }

    @Test
    void a_round_in_detail_gives_each_dimensions_median_and_gap_and_comments_named_only_with_consent() {
        login("cathy");
        UI.getCurrent().navigate(PulseView.class);

        Grid<?> dimensions = grid("table-round-3-by-dimension");
        assertThat(GridKt._getFormattedRow(dimensions, 3)).contains("Responsiveness", "6.5", "6–7", "7", "0.5");
        assertThat(GridKt._getFormattedRow(dimensions, 4)).contains("Delivery quality", "5", "4–6", "under 6");
        String comments = _get(VerticalLayout.class,
                spec -> spec.withId("pulse-comments")).getElement().getTextRecursively();
        assertThat(comments).contains("Still no delivery report, months after it was promised.")
                .contains("Nora Nordqvist").contains("The monthly sessions bring real ideas now.");
        assertThat(_find(UnorderedList.class, spec -> spec.withId("pulse-key-contacts")))
                .as("the customer's own members are not shown who is unhappy").isEmpty();
    }

    @Test
    void the_suppliers_leads_see_which_key_contacts_were_unhappy_named_only_with_consent() {
        login("sam");
        UI.getCurrent().navigate(PulseView.class);
        @SuppressWarnings("unchecked")
        Select<Object> round = _get(Select.class, spec -> spec.withId("pulse-round-select"));
        round.setValue(((List<Object>) round.getListDataView().getItems().toList()).get(2));

        String alerts = _get(UnorderedList.class, spec -> spec.withId("pulse-key-contacts")).getElement()
                .getTextRecursively();
        assertThat(alerts).contains("Carl Christensen, a key contact, scored innovation 2 out of 10.")
                .contains("A key contact scored responsiveness 4 out of 10.").doesNotContain("Nora");
        assertThat(text("pulse-round-answered")).contains("4 of 4 asked answered (100%). Relationship score 4.2.");
    }

    @Test
    void the_action_plans_show_every_state_and_the_overdue_action() {
        login("nils");
        UI.getCurrent().navigate(PulseView.class);

        assertThat(section("pulse-plan-1")).contains("Done");
        assertThat(section("pulse-plan-2")).contains("Agreed: actions under way")
                .contains("A monthly delivery quality report to NorthGas").contains("overdue, escalated")
                .contains("The customer asked for changes").doesNotContain("Nobody took it on");
        assertThat(section("pulse-plan-3")).contains("Changes asked for by the customer");

        UI.getCurrent().navigate("pulse", QueryParameters.simple(Map.of("partnership", "IR")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("pulse-intro")).getText()).as("nils is not in IR")
                .contains("NorthGas");
    }

    @Test
    void initech_shows_a_plan_nobody_took_on_and_one_waiting_for_agreement_and_nothing_of_northgas() {
        login("ivan");
        UI.getCurrent().navigate("pulse", QueryParameters.simple(Map.of("partnership", "NG")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("pulse-intro")).getText()).contains("Initech")
                .doesNotContain("NorthGas");
        assertThat(section("pulse-plan-2")).contains("Being drafted by the supplier").contains("Nobody took it on");
        assertThat(section("pulse-plan-3")).contains("Waiting for the customer's agreement");
        assertThat(_get(VerticalLayout.class, spec -> spec.withId("pulse"))
                .getElement().getTextRecursively()).doesNotContain("NorthGas").doesNotContain("Nora");
    }

    @Test
    void a_member_who_answered_changes_their_answer_while_the_round_is_open_and_a_bad_score_is_refused() {
        login("nils");
        UI.getCurrent().navigate(PulseView.class);
        PulseRound open = rounds.running("NG").orElseThrow();

        _get(Details.class, spec -> spec.withId("pulse-amend")).setOpened(true);
        NumberField delivery = _get(NumberField.class, spec -> spec.withLabel("Delivery quality"));
        delivery.setValue(11.0);
        _click(_get(Button.class, spec -> spec.withId("pulse-amend-save")));
        assertThat(delivery.isInvalid()).isTrue();
        assertThat(answers.ownAnswer("nils", open.id()).orElseThrow().scores()).containsEntry(
                Dimension.DELIVERY_QUALITY, 6);

        delivery.setValue(7.0);
        _click(_get(Button.class, spec -> spec.withId("pulse-amend-save")));
        assertThat(answers.ownAnswer("nils", open.id()).orElseThrow().scores()).containsEntry(
                Dimension.DELIVERY_QUALITY, 7);
    }

    @Test
    void a_comment_becomes_an_idea_in_one_click_that_records_the_round_it_came_from() {
        login("steve");
        UI.getCurrent().navigate(PulseView.class);

        Button make = _find(Button.class, spec -> spec.withText("Make it an idea")).get(0);
        _click(make);
        assertThat(_get(TextArea.class, spec -> spec.withId("pulse-idea-problem")).getValue()).isNotBlank();
        _click(_get(Button.class, spec -> spec.withId("pulse-idea-submit")));

        String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        assertThat(path).startsWith("ideas/NG-");
        var idea = ideas.find("steve", path.substring("ideas/".length())).orElseThrow();
        assertThat(idea.getOrigin()).hasValueSatisfying(o -> assertThat(o.pulseRoundId())
                .isEqualTo(rounds.byNumber("NG", 3).orElseThrow().id()));
        assertThat(text("idea-facts")).as("the idea page says where it came from")
                .contains("From pulse round 3: a comment on ");
    }

    private static String text(String id) {
        return _get(Paragraph.class, spec -> spec.withId(id)).getText();
    }

    private static String section(String id) {
        return _get(VerticalLayout.class, spec -> spec.withId(id)).getElement()
                .getTextRecursively();
    }

    private static Grid<?> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }
}
