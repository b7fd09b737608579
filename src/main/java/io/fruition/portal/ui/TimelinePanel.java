package io.fruition.portal.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import io.fruition.idea.Idea;
import io.fruition.process.ProcessHistory;
import io.fruition.review.ScreeningRecord;
import io.fruition.review.Screenings;
import io.fruition.valuation.ValueEstimate;
import io.fruition.valuation.ValueEstimates;

/**
 * What happened to an idea and who did it, from the engine's history and the domain's records, showing only what
 * the viewer may see (an estimate appears once the viewer may read it).
 */
final class TimelinePanel {

    private TimelinePanel() {
    }

    static Component of(Idea idea, String username, Screenings screenings, ProcessHistory history,
            ValueEstimates estimates) {
        record Entry(Instant at, String text) {
        }
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(idea.getCreatedAt(), idea.getSubmitter() + " submitted the idea."));
        for (ScreeningRecord s : screenings.of(idea.getId())) {
            entries.add(new Entry(s.decidedAt(), s.decidedBy() + " screened it: " + s.outcome().name().toLowerCase()
                    + (s.reason() == null ? "" : " — " + s.reason())
                    + (s.duplicateOfNumber() == null ? "" : " (duplicate of " + s.duplicateOfNumber() + ")")));
        }
        for (ProcessHistory.Step step : history.stepsOf(idea.getNumber())) {
            if (step.ended() != null && step.assignee() != null) {
                entries.add(new Entry(step.ended(), step.assignee() + " completed “" + step.name() + "”."));
            }
        }
        for (ValueEstimate e : estimates.visibleTo(idea.getId(), username)) {
            entries.add(new Entry(e.getCreatedAt(), e.getEstimator() + " estimated the " + e.getSide().label().toLowerCase()
                    + " side's value."));
        }
        entries.sort(Comparator.comparing(Entry::at));
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        list.setId("idea-timeline");
        for (Entry e : entries) {
            Span when = new Span(IdeaView.DATE_TIME.format(e.at().atZone(ZoneId.systemDefault())));
            when.addClassName("timeline-when");
            Paragraph p = new Paragraph(when, new Span(e.text()));
            p.addClassName("timeline-entry");
            list.add(p);
        }
        return list;
    }

}
