package io.fruition.portal.ui;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.modulith.NamedInterface;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import io.fruition.base.ui.Reading;
import io.fruition.delivery.Benefits;
import io.fruition.delivery.Deliveries;
import io.fruition.delivery.DeliveryView;
import io.fruition.idea.Idea;
import io.fruition.idea.IdeaComment;
import io.fruition.idea.IdeaEngagement;
import io.fruition.idea.IdeaProgress;
import io.fruition.partnership.Partnership;
import io.fruition.partnership.Partnerships;
import io.fruition.partnership.Side;
import io.fruition.review.BoardVotes;
import io.fruition.review.ScreeningOutcome;
import io.fruition.review.ScreeningRecord;
import io.fruition.review.Screenings;
import io.fruition.review.SponsorApprovals;
import io.fruition.review.SponsorDecision;
import io.fruition.review.Verdict;
import io.fruition.review.Vote;
import io.fruition.review.VoteDecision;
import io.fruition.valuation.ValueEstimate;
import io.fruition.valuation.ValueEstimates;
import io.fruition.wording.Formats;
import io.fruition.wording.Names;
import com.vaadin.flow.spring.annotation.SpringComponent;

/**
 * What earlier steps decided about an idea, each part as the viewer may see it, in people's names and the
 * partnership's currency: the screening, both sides' values, the board's votes, the sponsors' decisions and the
 * delivery with its milestones, reports, returns and acceptance. The idea page and every task view show the same
 * parts, so a decision is taken with what it needs in view.
 */
@SpringComponent
@NamedInterface("panels")
public class IdeaFacts {

    private final Names names;
    private final Partnerships partnerships;
    private final Screenings screenings;
    private final ValueEstimates estimates;
    private final BoardVotes votes;
    private final SponsorApprovals sponsors;
    private final Deliveries deliveries;
    private final Benefits benefits;
    private final IdeaEngagement engagement;

    IdeaFacts(Names names, Partnerships partnerships, Screenings screenings, ValueEstimates estimates, BoardVotes votes,
            SponsorApprovals sponsors, Deliveries deliveries, Benefits benefits, IdeaEngagement engagement) {
        this.engagement = engagement;
        this.names = names;
        this.partnerships = partnerships;
        this.screenings = screenings;
        this.estimates = estimates;
        this.votes = votes;
        this.sponsors = sponsors;
        this.deliveries = deliveries;
        this.benefits = benefits;
    }

    /** One reading of an idea for one viewer: the names of its partnership are looked up once. */
    public Reader of(Idea idea, String username) {
        String currency = partnerships.byPrefix(idea.getPrefix()).map(Partnership::getCurrency).orElse("");
        return new Reader(idea, username, names.in(idea.getPrefix()), Reading.formats(), currency);
    }

    @NamedInterface("panels")
    public final class Reader {
        private final Idea idea;
        private final String username;
        private final Names.Book people;
        private final Formats formats;
        private final String currency;
        private List<ScreeningRecord> screened;
        private List<ValueEstimate> visibleEstimates;
        private List<Vote> visibleVotes;
        private List<SponsorDecision> sponsorDecisions;
        private Optional<DeliveryView> deliveryView;

        Reader(Idea idea, String username, Names.Book people, Formats formats, String currency) {
            this.idea = idea;
            this.username = username;
            this.people = people;
            this.formats = formats;
            this.currency = currency;
        }

        public Names.Book people() {
            return people;
        }

        public Formats formats() {
            return formats;
        }

        public String currency() {
            return currency;
        }

        // Each record is read once per page: the panels and the timeline share the reading.
        List<ScreeningRecord> screenings() {
            if (screened == null) {
                screened = screenings.of(idea.getId());
            }
            return screened;
        }

        List<ValueEstimate> estimates() {
            if (visibleEstimates == null) {
                visibleEstimates = estimates.visibleTo(idea.getId(), username);
            }
            return visibleEstimates;
        }

        List<Vote> votes() {
            if (visibleVotes == null) {
                visibleVotes = votes.visibleTo(idea.getId(), username);
            }
            return visibleVotes;
        }

        List<SponsorDecision> sponsorDecisions() {
            if (sponsorDecisions == null) {
                sponsorDecisions = sponsors.of(idea.getId());
            }
            return sponsorDecisions;
        }

        Optional<DeliveryView> deliveryView() {
            if (deliveryView == null) {
                deliveryView = deliveries.of(idea.getId(), username);
            }
            return deliveryView;
        }

        public String money(BigDecimal amount) {
            return formats.amount(amount, currency);
        }

        /** "Submitted by Pat Price (customer) on 9 Dec 2026." */
        public String submitted() {
            return "Submitted by " + people.name(idea.getSubmitter()) + " (" + Formats.words(idea.getOriginSide())
                    + ") on " + formats.date(idea.getCreatedAt()) + ".";
        }

        /** The screening decisions, or nothing before the idea was screened. */
        public Component screening() {
            Div box = section("idea-screening", screenings().isEmpty() ? null : "Screening");
            List<IdeaComment> answers = screenings().stream().anyMatch(s -> s.outcome() == ScreeningOutcome.CLARIFY)
                    ? engagement.comments(username, idea.getNumber()).stream()
                            .filter(c -> c.author().equals(idea.getSubmitter()) && c.body().startsWith(IdeaProgress.CLARIFICATION))
                            .toList()
                    : List.of();
            List<ScreeningRecord> records = screenings();
            for (int i = 0; i < records.size(); i++) {
                ScreeningRecord s = records.get(i);
                box.add(new Paragraph(screened(s)));
                if (s.outcome() == ScreeningOutcome.CLARIFY) {
                    // The clarification exchange: the submitter's answer given after this question, before the next.
                    Instant until = i + 1 < records.size() ? records.get(i + 1).decidedAt() : null;
                    answers.stream().filter(c -> !c.createdAt().isBefore(s.decidedAt())
                            && (until == null || c.createdAt().isBefore(until))).findFirst()
                            .ifPresentOrElse(c -> {
                                Paragraph answer = new Paragraph(people.name(c.author()) + " answered: "
                                        + c.body().substring(IdeaProgress.CLARIFICATION.length()));
                                answer.addClassName("clarification-answer");
                                box.add(answer);
                            }, () -> box.add(new Paragraph("No answer yet from " + people.name(idea.getSubmitter()) + ".")));
                }
            }
            return box;
        }

        String screened(ScreeningRecord s) {
            return people.name(s.decidedBy()) + " " + words(s.outcome())
                    + (s.duplicateOfNumber() == null ? "" : " of " + s.duplicateOfNumber())
                    + (s.reason() == null ? "" : ": " + s.reason()) + (s.note() == null ? "" : " (" + s.note() + ")");
        }

        /** Both sides' estimates as far as the viewer may see them, the score with what it means, realised value. */
        public Component values() {
            List<ValueEstimate> visible = estimates();
            Div box = section("idea-values", visible.isEmpty() ? null : "Value for both sides");
            if (visible.isEmpty()) {
                return box;
            }
            Map<Side, BigDecimal> realised = benefits.realisedBySide(idea.getId());
            for (ValueEstimate e : visible) {
                StringBuilder line = new StringBuilder(e.getSide().label() + ": " + formats.perYear(e.getExpectedBenefit(),
                        currency) + " expected (" + money(e.getBenefitLow()) + " to " + money(e.getBenefitHigh())
                        + "), one-off cost " + money(e.getOneOffCost()) + ", confidence "
                        + e.getConfidence().label().toLowerCase() + " — estimated by " + people.name(e.getEstimator()));
                if (realised.containsKey(e.getSide())) {
                    line.append("; realised ").append(formats.perYear(realised.get(e.getSide()), currency));
                }
                Paragraph p = new Paragraph(line.toString());
                p.addClassName("estimate-" + e.getSide().name().toLowerCase());
                box.add(p);
            }
            if (visible.size() < 2) {
                box.add(new Paragraph("The other side's estimate stays hidden until both are in."));
            }
            estimates.priorityOf(idea.getId()).ifPresent(p -> {
                Span score = new Span(formats.score(p.value().score()));
                score.addClassName("score");
                score.getElement().setAttribute("title", Formats.SCORE_EXPLAINED);
                Paragraph line = new Paragraph(new Span("Priority " + p.priority().label() + " · mutual value score "),
                        score, new Span(" · split " + p.value().customerSharePercent() + "% customer / "
                                + p.value().supplierSharePercent() + "% supplier"));
                line.setId("idea-score");
                box.add(line);
                Paragraph explained = new Paragraph(Formats.SCORE_EXPLAINED);
                explained.addClassName("hint");
                box.add(explained);
            });
            return box;
        }

        /** The board's votes the viewer may see. */
        public Component votesPanel() {
            List<Vote> cast = votes();
            Div box = section("idea-votes", cast.isEmpty() ? null : "The board's votes");
            cast.forEach(v -> box.add(new Paragraph("Round " + v.round() + " · " + people.withSide(v.voter()) + ": "
                    + words(v.decision()) + (v.reason() == null ? "" : " — " + v.reason()))));
            return box;
        }

        /** The sponsors' decisions. */
        public Component sponsors() {
            List<SponsorDecision> decided = sponsorDecisions();
            Div box = section("idea-sponsors", decided.isEmpty() ? null : "Sponsors");
            decided.forEach(s -> box.add(new Paragraph(people.name(s.sponsor()) + ", " + Formats.words(s.side())
                    + "-side sponsor: " + words(s.verdict()) + (s.reason() == null ? "" : " — " + s.reason()))));
            return box;
        }

        /** The delivery plan with its milestones, the reports, the returns and the acceptance. */
        public Component delivery() {
            Div box = section("idea-delivery", null);
            deliveryView().ifPresent(d -> fill(box, d));
            return box;
        }

        private void fill(Div box, DeliveryView d) {
            box.add(new H3("Delivery"), new Paragraph("Owner " + people.name(d.owner()) + ", target "
                    + formats.date(d.targetDate()) + (d.accepted() ? ", accepted by " + people.name(d.acceptedBy())
                            + " on " + formats.date(d.acceptedAt()) : "") + "."));
            if (d.note() != null && !d.note().isBlank()) {
                box.add(new Paragraph(d.note()));
            }
            UnorderedList milestones = new UnorderedList();
            milestones.addClassName("milestones");
            d.milestones().forEach(m -> {
                ListItem item = new ListItem((m.done() ? "✔ done: " : "○ open: ") + m.number() + ". " + m.title()
                        + " (due " + formats.date(m.dueOn()) + (m.done() && m.doneAt() != null
                                ? ", finished " + formats.date(m.doneAt()) : "") + ")");
                item.addClassName(m.done() ? "milestone-done" : "milestone-open");
                milestones.add(item);
            });
            if (!d.milestones().isEmpty()) {
                box.add(milestones);
            }
            d.reports().forEach(r -> box.add(new Paragraph(formats.date(r.reportedAt()) + " · " + people.name(r.reporter())
                    + " · " + r.rag().label() + " · " + r.percentComplete() + "% — " + r.summary())));
            d.returns().forEach(r -> box.add(new Paragraph("Sent back by " + people.name(r.by()) + " on "
                    + formats.date(r.at()) + ": " + r.reasons())));
            if (d.acceptanceNote() != null && !d.acceptanceNote().isBlank()) {
                box.add(new Paragraph("Acceptance note: " + d.acceptanceNote()));
            }
        }
    }

    static String words(ScreeningOutcome outcome) {
        return switch (outcome) {
            case ACCEPT -> "accepted it";
            case CLARIFY -> "asked for clarification";
            case REJECT -> "rejected it";
            case DUPLICATE -> "marked it as a duplicate";
            case PARK -> "parked it";
        };
    }

    static String words(VoteDecision decision) {
        return switch (decision) {
            case APPROVE -> "approve";
            case REJECT -> "reject";
            case REVISE -> "revise first";
        };
    }

    static String words(Verdict verdict) {
        return verdict == Verdict.APPROVE ? "approved" : "rejected";
    }

    private static Div section(String id, String heading) {
        Div box = new Div();
        box.setId(id);
        box.addClassName("idea-facts-part");
        if (heading != null) {
            box.add(new H3(heading));
        }
        return box;
    }
}
