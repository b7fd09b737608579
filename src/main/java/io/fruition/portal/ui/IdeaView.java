package io.fruition.portal.ui;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import io.fruition.delivery.Benefits;
import io.fruition.delivery.Deliveries;
import io.fruition.delivery.DeliveryView;
import io.fruition.delivery.RealisedBenefitView;
import io.fruition.idea.Idea;
import io.fruition.idea.IdeaStatus;
import io.fruition.idea.Ideas;
import io.fruition.partnership.Side;
import io.fruition.process.IdeaWithdrawal;
import io.fruition.process.ProcessDiagram;
import io.fruition.process.ProcessHistory;
import io.fruition.review.BoardVotes;
import io.fruition.review.Screenings;
import io.fruition.review.SponsorApprovals;
import io.fruition.review.Vote;
import io.fruition.security.CurrentUser;
import io.fruition.shared.InvalidInputException;
import io.fruition.valuation.ValueEstimate;
import io.fruition.valuation.ValueEstimates;
import jakarta.annotation.security.PermitAll;

/**
 * One idea, followed to fruition: where it stands in plain words, the process diagram with the path taken and
 * the current step, both sides' values, the board's decision, delivery, realised value, supporters, comments
 * and a timeline of who did what — each part visible as the rules allow.
 */
@Route("ideas/:number")
@PageTitle("Idea · Fruition")
@PermitAll
public class IdeaView extends VerticalLayout implements BeforeEnterObserver {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);

    private final String username;
    private final Ideas ideas;
    private final IdeaWithdrawal withdrawal;
    private final ProcessDiagram diagram;
    private final ProcessHistory history;
    private final ValueEstimates estimates;
    private final BoardVotes votes;
    private final Screenings screenings;
    private final SponsorApprovals sponsors;
    private final Deliveries deliveries;
    private final Benefits benefits;
    private final io.fruition.idea.Campaigns campaigns;
    private final io.fruition.idea.Attachments attachments;
    String number;
    Idea idea;

    public IdeaView(CurrentUser currentUser, Ideas ideas, IdeaWithdrawal withdrawal, ProcessDiagram diagram,
            ProcessHistory history, ValueEstimates estimates, BoardVotes votes, Screenings screenings,
            SponsorApprovals sponsors, Deliveries deliveries, Benefits benefits, io.fruition.idea.Campaigns campaigns,
            io.fruition.idea.Attachments attachments) {
        this.username = currentUser.require();
        this.ideas = ideas;
        this.withdrawal = withdrawal;
        this.diagram = diagram;
        this.history = history;
        this.estimates = estimates;
        this.votes = votes;
        this.screenings = screenings;
        this.sponsors = sponsors;
        this.deliveries = deliveries;
        this.benefits = benefits;
        this.campaigns = campaigns;
        this.attachments = attachments;
        addClassName("idea-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        number = event.getRouteParameters().get("number").orElse("");
        show();
        // The shell keeps the scroll position between pages: a newly opened idea starts at its title.
        getChildren().findFirst().ifPresent(first -> first.getElement().executeJs("this.scrollIntoView({block: 'start'})"));
    }

    void show() {
        removeAll();
        Optional<Idea> found = ideas.find(username, number.toUpperCase());
        if (found.isEmpty()) {
            Paragraph missing = new Paragraph("There is no idea " + number + " in your partnerships.");
            missing.setId("idea-missing");
            add(new H2("Idea not found"), missing);
            return;
        }
        idea = found.get();
        H2 title = new H2(idea.getNumber() + " · " + idea.getTitle());
        title.setId("idea-title");
        Span status = new Span(idea.getStatus().label());
        status.addClassName("status-badge");
        status.setId("idea-status");
        Paragraph where = new Paragraph(whereItStands());
        where.setId("idea-where");
        add(title, new HorizontalLayout(status), where, actions());
        diagram.svgOf(idea.getNumber()).ifPresent(svg -> {
            // innerHTML, not an Html component: the browser's own parser puts <svg> in the SVG namespace.
            Div frame = new Div();
            frame.getElement().setProperty("innerHTML", svg);
            frame.addClassName("diagram-frame");
            frame.setId("idea-diagram");
            add(new H3("Where it is in the process"), frame);
        });
        FlexLayout columns = new FlexLayout(details(), followers());
        columns.addClassName("idea-columns");
        add(columns);
    }

    /** The status and the step in plain words, e.g. "In review: waiting for the joint review board (3 of 4 votes cast), due 1 Dec 2026." */
    String whereItStands() {
        List<ProcessHistory.Step> open = history.stepsOf(idea.getNumber()).stream().filter(ProcessHistory.Step::open)
                .toList();
        StringBuilder text = new StringBuilder(idea.getStatus().label());
        if (open.isEmpty()) {
            text.append(idea.getStatus().isTerminal() ? ": this idea's lifecycle has ended." : ".");
            if (idea.getStatus() == IdeaStatus.DELIVERED) {
                text.setLength(0);
                text.append("Delivered: the benefits review follows 90 days after acceptance.");
            }
            if (idea.getStatus() == IdeaStatus.PARKED) {
                text.setLength(0);
                text.append("Parked: it comes back to the innovation leads after the parking period.");
            }
            return text.toString();
        }
        text.append(": waiting for ");
        List<String> steps = new ArrayList<>();
        open.stream().map(ProcessHistory.Step::name).distinct().map(n -> "“" + n + "”").forEach(steps::add);
        text.append(String.join(", ", steps));
        if (idea.getStatus() == IdeaStatus.IN_REVIEW) {
            votes.progress(idea.getId()).ifPresent(p -> text.append(" (").append(p).append(")"));
        }
        open.stream().map(ProcessHistory.Step::due).filter(java.util.Objects::nonNull).min(Comparator.naturalOrder())
                .ifPresent(due -> text.append(", due ").append(DATE.format(due.atZone(ZoneId.systemDefault()))));
        return text.append('.').toString();
    }

    private Component actions() {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        if (!idea.getSubmitter().equals(username)) {
            boolean supporting = ideas.supports(username, idea.getId());
            Button support = new Button(supporting ? "Withdraw my support" : "Support this idea", e -> {
                run(() -> {
                    if (supporting) {
                        ideas.withdrawSupport(username, idea.getNumber());
                    } else {
                        ideas.support(username, idea.getNumber());
                    }
                });
            });
            support.setId("support-toggle");
            if (!supporting) {
                support.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            support.setEnabled(!idea.getStatus().isTerminal());
            bar.add(support);
        }
        Checkbox watch = new Checkbox("Watch (notify me of every change)", ideas.watches(username, idea.getId()));
        watch.setId("watch-toggle");
        watch.addValueChangeListener(e -> run(() -> ideas.watch(username, idea.getNumber(), e.getValue())));
        bar.add(watch);
        if (idea.getSubmitter().equals(username) && idea.getStatus().canMoveTo(IdeaStatus.WITHDRAWN)) {
            Button withdraw = new Button("Withdraw idea", e -> {
                ConfirmDialog confirm = new ConfirmDialog("Withdraw " + idea.getNumber() + "?",
                        "The idea leaves the pipeline; its supporters are told. This cannot be undone.", "Withdraw",
                        ok -> run(() -> withdrawal.withdraw(username, idea.getNumber())));
                confirm.setCancelable(true);
                confirm.setConfirmButtonTheme("error primary");
                confirm.open();
            });
            withdraw.setId("withdraw-idea");
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            bar.add(withdraw);
        }
        return bar;
    }

    private Component details() {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.add(section("Problem", idea.getProblem()), section("Proposal", idea.getProposal()));
        if (idea.getExpectedBenefit() != null) {
            box.add(section("Expected benefit", idea.getExpectedBenefit()));
        }
        box.add(new Paragraph("Submitted by " + idea.getSubmitter() + " (" + idea.getOriginSide().label().toLowerCase()
                + " side) on " + DATE.format(idea.getCreatedAt().atZone(ZoneId.systemDefault())) + "."));
        List<String> facts = new ArrayList<>();
        if (idea.getCategory() != null) {
            facts.add("Category: " + io.fruition.idea.IdeaCategory.valueOf(idea.getCategory()).label());
        }
        if (!idea.getTags().isEmpty()) {
            facts.add("Tags: " + String.join(", ", idea.getTags()));
        }
        if (idea.getCampaignId() != null) {
            campaigns.find(idea.getCampaignId()).ifPresent(c -> facts.add("Campaign: " + c.title()));
        }
        if (!facts.isEmpty()) {
            Paragraph about = new Paragraph(String.join(" · ", facts));
            about.setId("idea-facts");
            box.add(about);
        }
        box.add(values());
        List<Vote> cast = votes.visibleTo(idea.getId(), username);
        if (!cast.isEmpty()) {
            box.add(new H3("The board's votes"));
            cast.forEach(v -> box.add(new Paragraph("Round " + v.round() + " · " + v.voter() + " (" + v.side().label()
                    .toLowerCase() + "): " + v.decision().name().toLowerCase() + " — " + v.reason())));
        }
        sponsors.of(idea.getId()).forEach(s -> box.add(new Paragraph("Sponsor " + s.sponsor() + " (" + s.side().label()
                .toLowerCase() + "): " + s.verdict().name().toLowerCase() + (s.reason() == null ? "" : " — " + s.reason()))));
        deliveries.of(idea.getId(), username).ifPresent(d -> box.add(delivery(d)));
        return box;
    }

    /** Both sides' estimates side by side (once both are in), the score and split, and realised next to estimated. */
    private Component values() {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setId("idea-values");
        List<ValueEstimate> visible = estimates.visibleTo(idea.getId(), username);
        if (visible.isEmpty()) {
            return box;
        }
        box.add(new H3("Value for both sides"));
        Map<Side, BigDecimal> realised = benefits.realisedBySide(idea.getId());
        for (ValueEstimate e : visible) {
            StringBuilder line = new StringBuilder(e.getSide().label() + ": " + money(e.getExpectedBenefit())
                    + " a year expected (" + money(e.getBenefitLow()) + " – " + money(e.getBenefitHigh()) + "), one-off cost "
                    + money(e.getOneOffCost()) + ", confidence " + e.getConfidence().label().toLowerCase());
            if (realised.containsKey(e.getSide())) {
                line.append("; realised ").append(money(realised.get(e.getSide()))).append(" a year");
            }
            Paragraph p = new Paragraph(line.toString());
            p.addClassName("estimate-" + e.getSide().name().toLowerCase());
            box.add(p);
        }
        if (visible.size() < 2) {
            box.add(new Paragraph("The other side's estimate stays hidden until both are in."));
        }
        estimates.priorityOf(idea.getId()).ifPresent(p -> {
            Paragraph score = new Paragraph("Priority " + p.priority().label() + " · mutual value score "
                    + money(p.value().score()) + " · split " + p.value().customerSharePercent() + "% customer / "
                    + p.value().supplierSharePercent() + "% supplier");
            score.setId("idea-score");
            box.add(score);
        });
        return box;
    }

    private Component delivery(DeliveryView d) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setId("idea-delivery");
        box.add(new H3("Delivery"), new Paragraph("Owner " + d.owner() + ", target " + DATE.format(d.targetDate())
                + (d.accepted() ? ", accepted by " + d.acceptedBy() : "") + "."));
        d.milestones().forEach(m -> box.add(new Paragraph((m.done() ? "✔ " : "○ ") + m.number() + ". " + m.title()
                + " (due " + DATE.format(m.dueOn()) + ")")));
        d.reports().forEach(r -> box.add(new Paragraph(DATE.format(r.reportedAt().atZone(ZoneId.systemDefault())) + " · "
                + r.rag().label() + " · " + r.percentComplete() + "% — " + r.summary())));
        d.returns().forEach(r -> box.add(new Paragraph("Sent back by " + r.by() + ": " + r.reasons())));
        return box;
    }

    private Component followers() {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        List<String> supporters = ideas.supportersOf(idea);
        Paragraph who = new Paragraph(supporters.isEmpty() ? "No supporters yet."
                : supporters.size() + (supporters.size() == 1 ? " supporter: " : " supporters: ") + String.join(", ", supporters));
        who.setId("idea-supporters");
        box.add(new H3("Supporters"), who, AttachmentsPanel.of(attachments, username, idea.getNumber(), this::show),
                new H3("Timeline"), TimelinePanel.of(idea, username, screenings, history, estimates),
                CommentsPanel.of(ideas, username, idea.getNumber(), this::show));
        return box;
    }

    private void run(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            Notification.show(String.join(" ", e.problems()), 5000, Notification.Position.BOTTOM_START);
        }
        show();
    }

    private static Component section(String heading, String text) {
        Div section = new Div(new H3(heading), new Paragraph(text));
        section.addClassName("idea-section");
        return section;
    }

    static String money(BigDecimal amount) {
        return amount == null ? "" : java.text.NumberFormat.getNumberInstance(java.util.Locale.UK).format(amount);
    }
}
