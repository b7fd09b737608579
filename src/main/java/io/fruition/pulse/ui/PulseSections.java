package io.fruition.pulse.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

import io.fruition.base.ui.EChart;
import io.fruition.base.ui.FigureTable;
import io.fruition.partnership.Membership;
import io.fruition.partnership.PartnershipRole;
import io.fruition.partnership.PulseSettings;
import io.fruition.partnership.Side;
import io.fruition.pulse.ActionPlans.ActionView;
import io.fruition.pulse.ActionPlans.PlanView;
import io.fruition.pulse.Dimension;
import io.fruition.pulse.PlanState;
import io.fruition.pulse.PulseResults;
import io.fruition.pulse.PulseResults.Accuracy;
import io.fruition.pulse.PulseResults.Comment;
import io.fruition.pulse.PulseResults.RoundResult;
import io.fruition.pulse.PulseResults.Verdict;
import io.fruition.pulse.PulseTables;
import io.fruition.pulse.ScoreTarget;
import io.fruition.wording.Formats;

/** The pulse page's sections: the trend, a round in detail, the perception gap, the action plans. */
final class PulseSections {

    /** A comment that may become an idea. */
    record CommentRef(long roundId, int roundNumber, String prefix, Dimension dimension, String text) {
    }

    private PulseSections() {
    }

    static VerticalLayout section(String id, String title) {
        VerticalLayout section = new VerticalLayout(new H3(title));
        section.setId(id);
        section.addClassName("pulse-section");
        section.setPadding(false);
        return section;
    }

    /** The relationship score and each dimension by round, against the target both sides agreed. */
    static Component trend(List<RoundResult> history, Optional<ScoreTarget.Target> target, PulseSettings settings,
            String prefix, Formats formats) {
        VerticalLayout section = section("pulse-trend", "Is it getting better?");
        List<RoundResult> shown = history.stream().filter(RoundResult::shown).toList();
        Paragraph summary = new Paragraph(summary(shown, target, formats));
        summary.setId("pulse-score-summary");
        section.add(summary);
        String lineLabel = target.map(t -> "Target " + PulseResults.plain(t.score()) + " by " + formats.date(t.by()))
                .orElse("Threshold " + settings.threshold());
        if (!shown.isEmpty()) {
            section.add(new EChart("chart-pulse", "Line chart of the relationship score and each dimension by round, "
                    + "with the supplier's prediction and the " + lineLabel.toLowerCase(),
                    PulseChart.option(history, target.map(ScoreTarget.Target::score)
                            .orElse(BigDecimal.valueOf(settings.threshold())), lineLabel), "340px", null));
        }
        section.add(FigureTable.of(PulseTables.scores(history), prefix));
        return section;
    }

    private static String summary(List<RoundResult> shown, Optional<ScoreTarget.Target> target, Formats formats) {
        if (shown.isEmpty()) {
            return "No closed round had enough answers to show a score yet.";
        }
        RoundResult last = shown.get(shown.size() - 1);
        StringBuilder text = new StringBuilder("The relationship score is " + PulseResults.plain(last.score())
                + " out of 10 (" + last.round().label().toLowerCase() + ")");
        if (shown.size() > 1) {
            RoundResult before = shown.get(shown.size() - 2);
            int compared = last.score().compareTo(before.score());
            text.append(compared > 0 ? ", up from " : compared < 0 ? ", down from " : ", the same as ")
                    .append(PulseResults.plain(before.score())).append(" in ").append(before.round().label()
                            .toLowerCase());
        }
        text.append('.');
        target.ifPresent(t -> text.append(" Both sides agreed to reach ").append(PulseResults.plain(t.score()))
                .append(" by ").append(formats.date(t.by())).append('.'));
        return text.toString();
    }

    /** A closed round in detail, chosen among the rounds: by dimension, by role, comments, verdicts on actions. */
    static Component rounds(List<RoundResult> history, Membership viewer, String username, String prefix,
            Consumer<CommentRef> makeIdea) {
        VerticalLayout section = section("pulse-round", "A round in detail");
        Select<RoundResult> which = new Select<>();
        which.setLabel("Round");
        which.setId("pulse-round-select");
        List<RoundResult> newestFirst = new ArrayList<>(history);
        Collections.reverse(newestFirst);
        which.setItems(newestFirst);
        which.setItemLabelGenerator(r -> r.round().label());
        Div detail = new Div();
        detail.setId("pulse-round-detail");
        detail.setWidthFull();
        which.addValueChangeListener(e -> {
            detail.removeAll();
            if (e.getValue() != null) {
                detail.add(round(e.getValue(), viewer, prefix, makeIdea));
            }
        });
        which.setValue(history.get(history.size() - 1));
        section.add(which, detail);
        return section;
    }

    private static Component round(RoundResult r, Membership viewer, String prefix, Consumer<CommentRef> makeIdea) {
        VerticalLayout round = new VerticalLayout();
        round.setPadding(false);
        Paragraph answered = new Paragraph(r.answered() + " of " + r.invited() + " asked answered ("
                + r.responseRate() + "%)." + (r.shown() ? " Relationship score " + PulseResults.plain(r.score()) + "."
                        : r.answered() == 0 ? " Nobody answered: silence is a risk, not a blank."
                                : " Too few answered to show scores without making someone recognisable."));
        answered.setId("pulse-round-answered");
        round.add(answered);
        if (!r.concerns().isEmpty()) {
            round.add(new H4("What calls for an answer"), list("pulse-concerns", r.concerns()));
        }
        boolean supplierLead = viewer.side() == Side.SUPPLIER && (viewer.has(PartnershipRole.INNOVATION_LEAD)
                || viewer.has(PartnershipRole.ACCOUNT_MANAGER));
        if (supplierLead && !r.keyContactAlerts().isEmpty()) {
            round.add(new H4("Key contacts who are unhappy"), list("pulse-key-contacts", r.keyContactAlerts()));
        }
        if (!r.shown()) {
            return round;
        }
        round.add(FigureTable.of(PulseTables.dimensions(r), prefix));
        if (!r.byRole().isEmpty()) {
            round.add(list("pulse-by-role", r.byRole().stream().map(b -> b.group() + ": "
                    + PulseResults.plain(b.score()) + " (" + b.answered() + " answered)").toList()));
        }
        if (!r.verdicts().isEmpty()) {
            round.add(new H4("Did the actions work?"), list("pulse-verdicts", r.verdicts().stream()
                    .map(PulseSections::verdict).toList()));
        }
        round.add(new H4("Comments"));
        if (r.comments().isEmpty()) {
            round.add(new Paragraph("No comment in this round."));
        } else {
            VerticalLayout comments = new VerticalLayout();
            comments.setId("pulse-comments");
            comments.setPadding(false);
            for (Comment c : r.comments()) {
                Div line = new Div(new Span(c.dimension().label() + ": "), new Span("\u201c" + c.text() + "\u201d"),
                        new Span(" — " + (c.by() == null ? "a customer member" : c.by())));
                line.addClassName("pulse-comment");
                Button idea = new Button("Make it an idea", e -> makeIdea.accept(new CommentRef(r.round().id(),
                        r.round().number(), prefix, c.dimension(), c.text())));
                idea.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                idea.addClassName("pulse-make-idea");
                line.add(idea);
                comments.add(line);
            }
            round.add(comments, FigureTable.of(PulseTables.comments(r), prefix));
        }
        return round;
    }

    private static String verdict(Verdict v) {
        return "\u201c" + v.action().title() + "\u201d (round " + v.action().roundNumber() + "): " + v.worked() + " of "
                + v.judged() + " say it worked.";
    }

    /** The gap by round, and how well each predictor reads the customer. */
    static Component gap(List<RoundResult> history, List<Accuracy> accuracy, String prefix) {
        VerticalLayout section = section("pulse-gap", "Perception gap");
        section.add(new Paragraph("The supplier's prediction minus the customer's median, by dimension: above zero "
                + "the supplier thinks better of the partnership than the customer does. A gap of "
                + history.get(history.size() - 1).settings().gapThreshold()
                + " or more calls for an answer, like a score under the threshold."));
        section.add(FigureTable.of(PulseTables.gaps(history), prefix));
        if (!accuracy.isEmpty()) {
            section.add(FigureTable.of(PulseTables.accuracy(accuracy), prefix));
        }
        return section;
    }

    /** Every action plan: its state, what it answers, its actions with owner, due date and status. */
    static Component plans(List<PlanView> plans, String prefix, LocalDate today, Formats formats,
            Function<String, String> names) {
        VerticalLayout section = section("pulse-plans", "Action plans");
        if (plans.isEmpty()) {
            section.add(new Paragraph("No round has called for an action plan yet."));
            return section;
        }
        section.add(new Paragraph("Every concern the customer raises gets an answer: the supplier's plan, agreed by "
                + "the customer's innovation lead, and its actions followed until they are done."));
        for (PlanView p : plans) {
            VerticalLayout plan = new VerticalLayout();
            plan.setPadding(false);
            plan.addClassName("pulse-plan");
            plan.setId("pulse-plan-" + p.roundNumber());
            Span state = new Span(p.state().label());
            state.addClassName("status-badge");
            if (p.state() == PlanState.DONE) {
                state.getElement().getThemeList().add("badge success");
            }
            plan.add(new H4("Round " + p.roundNumber()), state);
            if (p.escalatedAt() != null && p.state() == PlanState.DRAFTING) {
                plan.add(new Paragraph("Nobody took it on in time: escalated to the supplier's innovation leads on "
                        + formats.date(p.escalatedAt()) + "."));
            }
            plan.add(new Paragraph("It answers: " + p.concerns().replace("\n", " ")));
            if (p.summary() != null) {
                plan.add(new Paragraph("The supplier's answer: " + p.summary()));
            }
            if (p.changesRequested() != null) {
                plan.add(new Paragraph("The customer asked for changes: " + p.changesRequested()));
            }
            if (!p.actions().isEmpty()) {
                plan.add(list(null, p.actions().stream().map(a -> action(p, a, today, formats, names)).toList()));
            }
            section.add(plan);
        }
        section.add(FigureTable.of(PulseTables.actions(plans, today, names), prefix));
        return section;
    }

    private static String action(PlanView p, ActionView a, LocalDate today, Formats formats,
            Function<String, String> names) {
        return a.title() + " — " + names.apply(a.owner()) + ", due " + formats.date(a.dueOn()) + ": "
                + PulseTables.status(p, a, today).toLowerCase();
    }

    private static UnorderedList list(String id, List<String> items) {
        UnorderedList list = new UnorderedList();
        items.forEach(i -> list.add(new ListItem(i)));
        if (id != null) {
            list.setId(id);
        }
        return list;
    }
}
