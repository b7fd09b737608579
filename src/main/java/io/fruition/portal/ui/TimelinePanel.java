package io.fruition.portal.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import io.fruition.idea.Idea;
import io.fruition.process.IdeaProcess;
import io.fruition.process.history.ProcessHistory;
import io.fruition.process.history.WaitingTimers;
import io.fruition.review.ScreeningRecord;
import io.fruition.valuation.ValueEstimate;

/**
 * What happened to an idea and who did it, one entry per event with its decision and reason, and what is coming
 * (the waiting timers with their dates), showing only what the viewer may see (an estimate or a vote appears once
 * the viewer may read it). A step whose decision the domain records (screening, estimates, votes, sponsors,
 * delivery) is told by that record, not a second time as "completed".
 */
final class TimelinePanel {

    /** Steps told by their own records below; their completion alone would say the same thing twice. */
    private static final Set<String> TOLD_BY_RECORDS = Set.of(IdeaProcess.Element.SCREEN_IDEA,
            IdeaProcess.Element.ESTIMATE_CUSTOMER_VALUE, IdeaProcess.Element.ESTIMATE_SUPPLIER_VALUE,
            IdeaProcess.Element.BOARD_VOTE, IdeaProcess.Element.SPONSOR_APPROVAL,
            IdeaProcess.DeliveryElement.PLAN_DELIVERY, IdeaProcess.DeliveryElement.REPORT_PROGRESS,
            IdeaProcess.DeliveryElement.ACCEPT_DELIVERY);

    private TimelinePanel() {
    }

    /** One event; its text ends as one sentence, whether or not the reason quoted in it ended with a stop. */
    record Entry(Instant at, String text, boolean upcoming) {
        Entry {
            String t = text.strip();
            text = t.isEmpty() || ".!?…".indexOf(t.charAt(t.length() - 1)) >= 0 ? t : t + ".";
        }
    }

    static Component of(Idea idea, IdeaFacts.Reader reader, List<ProcessHistory.Step> steps,
            List<WaitingTimers.Upcoming> upcoming) {
        List<Entry> entries = entries(idea, reader, steps, upcoming);
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        list.setId("idea-timeline");
        for (Entry e : entries) {
            Span when = new Span(e.upcoming() ? reader.formats().date(e.at()) : reader.formats().dateTime(e.at()));
            when.addClassName("timeline-when");
            Paragraph p = new Paragraph(when, new Span(e.text()));
            p.addClassName("timeline-entry");
            if (e.upcoming()) {
                p.addClassName("timeline-upcoming");
            }
            list.add(p);
        }
        return list;
    }

    static List<Entry> entries(Idea idea, IdeaFacts.Reader reader, List<ProcessHistory.Step> steps,
            List<WaitingTimers.Upcoming> upcoming) {
        var people = reader.people();
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(idea.getCreatedAt(), people.name(idea.getSubmitter()) + " submitted the idea.", false));
        for (ScreeningRecord s : reader.screenings()) {
            entries.add(new Entry(s.decidedAt(), reader.screened(s), false));
        }
        for (ValueEstimate e : reader.estimates()) {
            entries.add(new Entry(e.getCreatedAt(), people.name(e.getEstimator()) + " estimated the value for the "
                    + e.getSide().label().toLowerCase() + ": " + reader.formats().perYear(e.getExpectedBenefit(),
                            reader.currency()) + " expected.", false));
        }
        reader.votes().forEach(v -> entries.add(new Entry(v.castAt(), people.withSide(v.voter())
                + " voted " + IdeaFacts.words(v.decision()) + (v.reason() == null ? "" : ": " + v.reason()), false)));
        reader.sponsorDecisions().forEach(s -> entries.add(new Entry(s.decidedAt(), people.name(s.sponsor()) + " "
                + IdeaFacts.words(s.verdict()) + " the investment as " + s.side().label().toLowerCase() + "-side sponsor"
                + (s.reason() == null ? "" : ": " + s.reason()), false)));
        reader.deliveryView().ifPresent(d -> {
            entries.add(new Entry(d.plannedAt(), people.name(d.owner()) + " planned the delivery: "
                    + d.milestones().size() + (d.milestones().size() == 1 ? " milestone" : " milestones") + ", target "
                    + reader.formats().date(d.targetDate()) + ".", false));
            d.reports().forEach(r -> entries.add(new Entry(r.reportedAt(), people.name(r.reporter())
                    + " reported progress: " + r.rag().label() + ", " + r.percentComplete() + "% — " + r.summary(), false)));
            d.returns().forEach(r -> entries.add(new Entry(r.at(), people.name(r.by()) + " sent the delivery back: "
                    + r.reasons(), false)));
            if (d.accepted()) {
                entries.add(new Entry(d.acceptedAt(), people.name(d.acceptedBy()) + " accepted the delivery"
                        + (d.acceptanceNote() == null || d.acceptanceNote().isBlank() ? "." : ": " + d.acceptanceNote()),
                        false));
            }
        });
        for (ProcessHistory.Step step : steps) {
            if (step.ended() != null && step.assignee() != null && !TOLD_BY_RECORDS.contains(step.stepKey())) {
                entries.add(new Entry(step.ended(), people.name(step.assignee()) + " completed “" + step.name() + "”.",
                        false));
            }
        }
        entries.removeIf(e -> e.at() == null);
        entries.sort(Comparator.comparing(Entry::at));
        for (WaitingTimers.Upcoming next : upcoming) {
            entries.add(new Entry(next.at(), "Coming: " + next.what()
                    + (next.then() == null ? "." : "; then " + next.then() + "."), true));
        }
        return entries;
    }
}
