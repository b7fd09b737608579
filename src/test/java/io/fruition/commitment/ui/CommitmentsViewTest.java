package io.fruition.commitment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.QueryParameters;

import io.fruition.commitment.Commitment;
import io.fruition.commitment.CommitmentActuals;
import io.fruition.commitment.CommitmentKind;
import io.fruition.commitment.CommitmentState;
import io.fruition.commitment.Commitments;
import io.fruition.support.KaribuTest;

/** The commitments page on the demo: NorthGas's five commitments (one at risk), the fund, proposals waiting. */
class CommitmentsViewTest extends KaribuTest {

    @Autowired
    Commitments commitments;

    @Test
    void each_commitment_in_force_shows_its_actual_trend_and_a_clear_mark() {
        login("nora");
        UI.getCurrent().navigate(CommitmentsView.class);

        @SuppressWarnings("unchecked")
        Grid<CommitmentActuals.Progress> grid = _get(Grid.class, spec -> spec.withId("commitments-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(5);
        assertThat(GridKt._get(grid, 0).what()).isNotBlank();
        assertThat(IntStream.range(0, 5).mapToObj(i -> GridKt._get(grid, i)).map(p -> p.commitment().kind()))
                .containsExactlyInAnyOrder(CommitmentKind.values());
        // The demo's pat has waited since nine days ago for a first answer: more than 5 working days.
        assertThat(IntStream.range(0, 5).mapToObj(i -> GridKt._get(grid, i)))
                .anySatisfy(p -> {
                    assertThat(p.commitment().kind()).isEqualTo(CommitmentKind.FIRST_RESPONSE_DAYS);
                    assertThat(p.mark().name()).isEqualTo("AT_RISK");
                    assertThat(p.why()).contains("has waited");
                });

        assertThat(_get(Paragraph.class, spec -> spec.withId("commitments-fund-figures")).getText())
                .startsWith("EUR 400,000 agreed; ").contains(" committed by ");

        login("ivan");
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate(CommitmentsView.class);
        @SuppressWarnings("unchecked")
        Grid<CommitmentActuals.Progress> initech = _get(Grid.class, spec -> spec.withId("commitments-grid"));
        assertThat(IntStream.range(0, GridKt._size(initech)).mapToObj(i -> GridKt._get(initech, i)))
                .as("Initech's score falls while its target is 7.5").anySatisfy(p -> {
                    assertThat(p.commitment().kind()).isEqualTo(CommitmentKind.RELATIONSHIP_SCORE);
                    assertThat(p.mark().name()).isEqualTo("AT_RISK");
                });
    }

    @Test
    void a_proposal_waits_for_the_other_sides_lead_who_agrees_it_and_it_is_in_force() {
        Commitment waiting = commitments.of("ivan", "IR").stream().filter(c -> c.state() == CommitmentState.PROPOSED)
                .findFirst().orElseThrow();
        login("iris");
        UI.getCurrent().navigate("commitments", QueryParameters.simple(Map.of("partnership", "IR")));
        assertThat(_find(Button.class, spec -> spec.withId("commitment-agree-" + waiting.id())))
                .as("iris proposed it: her side agreed").isEmpty();
        _get(Button.class, spec -> spec.withId("commitment-withdraw-" + waiting.id()));

        login("ivan");
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("commitments", QueryParameters.simple(Map.of("partnership", "IR")));
        _click(_get(Button.class, spec -> spec.withId("commitment-agree-" + waiting.id())));

        assertThat(commitments.get(waiting.id()).state()).isEqualTo(CommitmentState.IN_FORCE);
        assertThat(_find(Button.class, spec -> spec.withId("commitment-agree-" + waiting.id()))).isEmpty();
    }

    @Test
    void a_member_who_is_no_lead_proposes_nothing_and_a_bad_proposal_is_refused_on_its_fields() {
        login("carl");
        UI.getCurrent().navigate(CommitmentsView.class);
        assertThat(_find(Button.class, spec -> spec.withId("commitment-propose"))).isEmpty();

        login("nora");
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate(CommitmentsView.class);
        long before = commitments.of("nora", "NG").size();
        @SuppressWarnings("unchecked")
        ComboBox<CommitmentKind> kind = _get(ComboBox.class, spec -> spec.withId("commitment-kind"));
        kind.setValue(CommitmentKind.FIRST_RESPONSE_DAYS);
        _get(BigDecimalField.class, spec -> spec.withId("commitment-target")).setValue(new BigDecimal("0.5"));
        _click(_get(Button.class, spec -> spec.withId("commitment-propose")));

        assertThat(_get(BigDecimalField.class, spec -> spec.withId("commitment-target")).isInvalid()).isTrue();
        assertThat(commitments.of("nora", "NG")).hasSize((int) before);
    }

    @Test
    void a_member_of_initech_sees_nothing_of_northgas_commitments() {
        login("ines");
        UI.getCurrent().navigate("commitments", QueryParameters.simple(Map.of("partnership", "NG")));

        assertThat(_get(VerticalLayout.class, spec -> spec.withId("commitments")).getElement().getTextRecursively())
                .contains("Initech").doesNotContain("NorthGas").doesNotContain("EUR");
    }
}
