package io.fruition.pulse.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ClassPathResource;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import io.fruition.base.ui.Problems;
import io.fruition.base.ui.Reading;
import io.fruition.form.FeelEvaluator;
import io.fruition.form.FormSchema;
import io.fruition.form.FormValidator;
import io.fruition.form.ui.FormRenderer;
import io.fruition.form.ui.RenderedForm;
import io.fruition.partnership.Membership;
import io.fruition.partnership.Partnerships;
import io.fruition.pulse.ActionPlans;
import io.fruition.pulse.Dimension;
import io.fruition.pulse.PulseAccess;
import io.fruition.pulse.PulseAnswers;
import io.fruition.pulse.PulseAnswers.Answer;
import io.fruition.pulse.PulseIdeas;
import io.fruition.pulse.PulseResults;
import io.fruition.pulse.PulseResults.CurrentRound;
import io.fruition.pulse.PulseRound;
import io.fruition.pulse.PulseRounds;
import io.fruition.pulse.RatingForm;
import io.fruition.pulse.RoundState;
import io.fruition.pulse.ScoreTarget;
import io.fruition.security.CurrentUser;
import io.fruition.shared.InvalidInputException;
import io.fruition.wording.Formats;
import io.fruition.wording.Names;

/**
 * Whether the relationship is getting better: the round running now (who may still answer), the relationship
 * score by round against the target, the supplier's predictions beside the customer's answers (the perception
 * gap), the comments the customer allowed to be shown, and every action plan with its actions.
 */
@Route("pulse")
@PageTitle("Pulse · Fruition")
@PermitAll
public class PulseView extends VerticalLayout implements BeforeEnterObserver {

    private final String username;
    private final Partnerships partnerships;
    private final List<Membership> memberships;
    private final PulseRounds rounds;
    private final PulseResults results;
    private final PulseAnswers answers;
    private final ActionPlans plans;
    private final PulseIdeas ideas;
    private final PulseAccess access;
    private final Optional<ScoreTarget> target;
    private final FeelEvaluator feel;
    private final FormValidator validator;
    private final Names names;
    private final Clock clock;

    final Select<Membership> partnership = new Select<>();
    final Div content = new Div();
    private boolean restoring;

    public PulseView(CurrentUser currentUser, Partnerships partnerships, PulseRounds rounds, PulseResults results,
            PulseAnswers answers, ActionPlans plans, PulseIdeas ideas, PulseAccess access,
            ObjectProvider<ScoreTarget> target, FeelEvaluator feel, FormValidator validator, Names names, Clock clock) {
        this.names = names;
        this.username = currentUser.require();
        this.partnerships = partnerships;
        this.memberships = partnerships.membershipsOf(username);
        this.rounds = rounds;
        this.results = results;
        this.answers = answers;
        this.plans = plans;
        this.ideas = ideas;
        this.access = access;
        this.target = Optional.ofNullable(target.getIfAvailable());
        this.feel = feel;
        this.validator = validator;
        this.clock = clock;
        addClassName("pulse-view");
        setId("pulse");
        partnership.setLabel("Partnership");
        partnership.setId("pulse-partnership");
        partnership.setItems(memberships);
        partnership.setItemLabelGenerator(Membership::partnershipName);
        partnership.setVisible(memberships.size() > 1);
        partnership.addValueChangeListener(e -> {
            if (!restoring) {
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location("pulse",
                        QueryParameters.simple(Map.of("partnership", e.getValue().partnershipPrefix())))));
                refresh();
            }
        });
        content.setId("pulse-content");
        content.setWidthFull();
        add(new H2("Relationship pulse"), partnership, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (memberships.isEmpty()) {
            content.removeAll();
            Paragraph none = new Paragraph("You are not a member of any partnership yet, so there is no pulse to show. "
                    + "An administrator adds you to a partnership under Administration.");
            none.addClassName("empty-state");
            none.setId("pulse-no-partnership");
            content.add(none);
            return;
        }
        List<String> asked = event.getLocation().getQueryParameters().getParameters().get("partnership");
        String prefix = asked == null || asked.isEmpty() ? null : asked.get(0);
        restoring = true;
        partnership.setValue(memberships.stream().filter(m -> m.partnershipPrefix().equals(prefix)).findFirst()
                .orElse(memberships.get(0)));
        restoring = false;
        refresh();
    }

    void refresh() {
        content.removeAll();
        Membership member = partnership.getValue();
        if (member == null) {
            return;
        }
        String prefix = member.partnershipPrefix();
        Formats formats = Reading.formats();
        Paragraph intro = new Paragraph("How " + member.partnershipName() + " looks from the customer's side. Every "
                + "member of the customer rates the partnership from 1 to 10 on five dimensions; the relationship "
                + "score is the average of the five medians. Before each round the supplier predicts the answers: "
                + "the difference is the perception gap. Scores show once a round has closed and only where at "
                + "least " + PulseResults.MIN_ANSWERS + " answered, so no one's answer can be recognised.");
        intro.setId("pulse-intro");
        content.add(intro, currentRound(member, formats));
        List<PulseResults.RoundResult> history = results.history(username, prefix);
        if (history.isEmpty()) {
            return;
        }
        Optional<ScoreTarget.Target> agreed = target.flatMap(t -> t.of(prefix));
        content.add(PulseSections.trend(history, agreed, history.get(history.size() - 1).settings(), prefix, formats));
        content.add(PulseSections.rounds(history, member, username, prefix, this::makeIdea));
        content.add(PulseSections.gap(history, results.accuracy(username, prefix), prefix));
        Names.Book book = names.in(prefix);
        content.add(PulseSections.plans(plans.of(username, prefix), prefix, LocalDate.now(clock), formats,
                book::name));
    }

    private VerticalLayout currentRound(Membership member, Formats formats) {
        VerticalLayout section = PulseSections.section("pulse-current", "This round");
        String prefix = member.partnershipPrefix();
        Optional<CurrentRound> current = results.current(username, prefix);
        if (current.isEmpty()) {
            boolean never = rounds.of(username, prefix).isEmpty();
            Paragraph none = new Paragraph(never
                    ? "No round has run yet. The first one starts the morning after the partnership opens and is the "
                            + "baseline everything is measured against."
                    : "No round is running. The next one starts "
                            + nextRound(prefix, formats) + ", or earlier if a lead starts it.");
            none.setId("pulse-no-round");
            section.add(none);
            if (access.mayStartRound(username, prefix)) {
                Problems problems = new Problems("pulse-start-problems");
                Button start = new Button("Start a round now", e -> {
                    if (problems.attempt(() -> rounds.startEarly(username, prefix))) {
                        Problems.saved("The round has started: the supplier predicts first, then the customer is "
                                + "asked.");
                        refresh();
                    }
                });
                start.setId("pulse-start");
                start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                section.add(problems, start);
            }
            return section;
        }
        CurrentRound c = current.get();
        PulseRound round = c.round();
        Paragraph state = new Paragraph();
        state.setId("pulse-current-state");
        if (round.state() == RoundState.PREDICTING) {
            state.setText(round.label() + " has started: the supplier predicts what the customer will say ("
                    + c.predicted() + " of " + c.predictors() + " predictions in). The customer's members are asked "
                    + "once the predictions are locked.");
            section.add(state);
            return section;
        }
        state.setText(round.label() + " is open until " + formats.date(round.closesAt()) + ": " + c.answered()
                + " of " + c.invited() + " asked have answered (" + c.responseRate() + "%).");
        section.add(state);
        if (!c.stillToAnswer().isEmpty()) {
            Paragraph waiting = new Paragraph("Still to answer: " + String.join(", ", c.stillToAnswer()) + ".");
            waiting.setId("pulse-still-to-answer");
            section.add(waiting);
        }
        if (c.youAreAsked() && !c.youAnswered()) {
            HorizontalLayout yours = new HorizontalLayout(new Paragraph("Your answer is waiting: it takes five "
                    + "minutes and it is confidential."), new Anchor("tasks", "Open your tasks"));
            yours.setAlignItems(FlexComponent.Alignment.BASELINE);
            yours.setId("pulse-your-answer");
            section.add(yours);
        } else if (c.youAnswered()) {
            section.add(amend(round));
        }
        return section;
    }

    private String nextRound(String prefix, Formats formats) {
        return rounds.of(username, prefix).stream().reduce((a, b) -> b).map(last -> formats.date(
                LocalDate.ofInstant(last.startedAt(), clock.getZone()).plusMonths(
                        partnerships.pulseOf(prefix).cadenceMonths()))).orElse("soon");
    }

    /** The member's own answer, which they may change while the round is open. */
    private Details amend(PulseRound round) {
        Answer own = answers.ownAnswer(username, round.id()).orElseThrow();
        FormSchema schema = ratingForm();
        Map<String, Object> values = new HashMap<>();
        values.put("partnershipName", round.partnershipName());
        values.put("roundNumber", round.number());
        Formats formats = Reading.formats();
        values.put(RatingForm.CLOSED_ACTIONS, answers.askedAbout(round.id()).stream().map(a -> Map.of("value",
                String.valueOf(a.id()), "label", a.title() + " (done " + formats.date(a.doneAt()) + ")")).toList());
        own.scores().forEach((d, s) -> values.put(d.scoreKey(), s));
        own.comments().forEach((d, c) -> values.put(d.commentKey(), c));
        values.put(RatingForm.MAY_QUOTE, own.mayQuote());
        values.put(RatingForm.ACTIONS_THAT_WORKED, own.actionsThatWorked().stream().map(String::valueOf).toList());
        RenderedForm form = new FormRenderer(feel).render(schema, values);
        form.setId("pulse-amend-form");
        Div problems = new Div();
        problems.addClassName("form-problems");
        problems.setId("pulse-amend-problems");
        Button save = new Button("Save my changed answer", e -> {
            problems.removeAll();
            Map<String, Object> submitted = form.values();
            FormValidator.Result checked = validator.validate(schema, submitted, values);
            if (!checked.valid()) {
                form.showErrors(checked.errors());
                problems.add(new Div("Please correct the marked fields."));
                return;
            }
            try {
                answers.amend(round.id(), username, answerFrom(checked.values()));
                Problems.saved("Your answer is changed.");
                refresh();
            } catch (InvalidInputException refused) {
                form.showErrors(refused.fieldProblems()).forEach(p -> problems.add(new Div(p)));
                if (refused.fieldProblems().isEmpty()) {
                    refused.problems().forEach(p -> problems.add(new Div(p)));
                }
            }
        });
        save.setId("pulse-amend-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Details details = new Details("You have answered. Change your answer until the round closes",
                new VerticalLayout(problems, form, save));
        details.setId("pulse-amend");
        return details;
    }

    static Answer answerFrom(Map<String, Object> values) {
        Map<Dimension, Integer> scores = new EnumMap<>(Dimension.class);
        Map<Dimension, String> comments = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            if (values.get(d.scoreKey()) instanceof Number n) {
                scores.put(d, n.intValue());
            }
            if (values.get(d.commentKey()) instanceof String c && !c.isBlank()) {
                comments.put(d, c);
            }
        }
        Object worked = values.get(RatingForm.ACTIONS_THAT_WORKED);
        return new Answer(scores, comments, Boolean.TRUE.equals(values.get(RatingForm.MAY_QUOTE)),
                PulseAnswers.ids(worked instanceof Collection<?> list ? list : List.of()));
    }

    private static FormSchema ratingForm() {
        try (InputStream in = new ClassPathResource(RatingForm.RATING_FORM).getInputStream()) {
            return FormSchema.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("The rating form is missing from the application.", e);
        }
    }

    private void makeIdea(PulseSections.CommentRef ref) {
        CommentToIdea.open(ideas, username, ref, number -> getUI().ifPresent(ui -> ui.navigate("ideas/" + number)));
    }
}
