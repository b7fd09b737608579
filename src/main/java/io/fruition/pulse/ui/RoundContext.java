package io.fruition.pulse.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.annotation.SpringComponent;

import io.fruition.base.ui.FigureTable;
import io.fruition.base.ui.Reading;
import io.fruition.pulse.ActionPlans;
import io.fruition.pulse.PulseResults;
import io.fruition.pulse.PulseResults.RoundResult;
import io.fruition.pulse.PulseRound;
import io.fruition.pulse.PulseRounds;
import io.fruition.pulse.PulseTables;
import io.fruition.wording.Formats;
import io.fruition.wording.Names;

/**
 * What a pulse task shows beside its form: the round it belongs to, and what the person needs to decide — the
 * last round's results for a prediction or an answer, this round's results for a plan, the plan for an action.
 */
@SpringComponent
public class RoundContext {

    private final PulseRounds rounds;
    private final PulseResults results;
    private final ActionPlans plans;
    private final Names names;

    RoundContext(PulseRounds rounds, PulseResults results, ActionPlans plans, Names names) {
        this.rounds = rounds;
        this.results = results;
        this.plans = plans;
        this.names = names;
    }

    public Component of(String username, long roundId) {
        VerticalLayout context = new VerticalLayout();
        context.setPadding(false);
        PulseRound round = rounds.visible(username, roundId);
        Formats formats = Reading.formats();
        H2 title = new H2(round.partnershipName() + " · pulse " + round.label().toLowerCase());
        title.setId("round-title");
        RouterLink page = new RouterLink("Open the pulse page", PulseView.class, RouteParameters.empty());
        page.setQueryParameters(QueryParameters.simple(Map.of("partnership", round.prefix())));
        page.setId("task-pulse-link");
        context.add(title, page);
        if (round.isClosed()) {
            RoundResult result = results.of(username, roundId);
            context.add(new Paragraph(result.answered() + " of " + result.invited() + " asked answered"
                    + (result.shown() ? "; the relationship score is " + PulseResults.plain(result.score()) + "."
                            : "; too few to show scores.")));
            if (result.shown()) {
                context.add(FigureTable.of(PulseTables.dimensions(result), round.prefix()));
            }
            if (!result.comments().isEmpty()) {
                context.add(new H4("What they said"), FigureTable.of(PulseTables.comments(result), round.prefix()));
            }
            plans.ofRound(roundId).filter(p -> !p.actions().isEmpty()).ifPresent(p -> context.add(new H4("The plan"),
                    FigureTable.of(PulseTables.actions(List.of(p), LocalDate.now(), names.in(round.prefix())::name),
                    round.prefix())));
            return context;
        }
        List<RoundResult> history = results.history(username, round.prefix()).stream().filter(RoundResult::shown)
                .toList();
        if (history.isEmpty()) {
            context.add(new Paragraph("This is the partnership's first round: its baseline."));
        } else {
            RoundResult last = history.get(history.size() - 1);
            context.add(new Paragraph("In " + last.round().label().toLowerCase() + " (closed "
                    + formats.date(last.round().closedAt()) + ") the relationship score was "
                    + PulseResults.plain(last.score()) + "."), FigureTable.of(PulseTables.dimensions(last),
                            round.prefix()));
        }
        return context;
    }
}
