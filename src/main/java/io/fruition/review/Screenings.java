package io.fruition.review;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.fruition.idea.Idea;
import io.fruition.idea.IdeaReviewed;
import io.fruition.partnership.PartnershipRole;
import io.fruition.shared.InvalidInputException;

/** Screening decisions of innovation leads, kept for the idea's timeline. */
@Service
@Transactional(readOnly = true)
public class Screenings {

    private final ReviewAccess access;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Screenings(ReviewAccess access, JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.access = access;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public ScreeningRecord record(long ideaId, String innovationLead, ScreeningOutcome outcome, String reason,
            String duplicateOfNumber, String note) {
        ReviewAccess.Access who = access.of(ideaId, innovationLead);
        Idea idea = who.idea();
        List<String> problems = new ArrayList<>();
        if (!who.member().has(PartnershipRole.INNOVATION_LEAD)) {
            problems.add(innovationLead + " is not an innovation lead of " + idea.getPrefix() + ".");
        }
        String text = reason == null ? "" : reason.strip();
        if (outcome == null) {
            problems.add("Choose a screening decision.");
        } else if (outcome == ScreeningOutcome.REJECT && text.length() < 10) {
            problems.add("A rejection needs a reason of at least 10 characters: the submitter will read it.");
        } else if (outcome == ScreeningOutcome.CLARIFY && text.length() < 10) {
            problems.add("Ask the submitter a question of at least 10 characters.");
        }
        if (text.length() > 2000) {
            problems.add("The reason has at most 2000 characters.");
        }
        if (note != null && note.strip().length() > 2000) {
            problems.add("The note has at most 2000 characters.");
        }
        Idea original = null;
        if (outcome == ScreeningOutcome.DUPLICATE) {
            String number = duplicateOfNumber == null ? "" : duplicateOfNumber.strip().toUpperCase(Locale.ROOT);
            if (number.isEmpty()) {
                problems.add("Name the idea this one duplicates, e.g. " + idea.getPrefix() + "-12.");
            } else {
                original = access.byNumber(innovationLead, number)
                        .filter(o -> o.getPrefix().equals(idea.getPrefix()))
                        .orElse(null);
                if (original == null) {
                    problems.add("There is no idea " + number + " in " + idea.getPrefix() + ".");
                } else if (original.getId().equals(idea.getId())) {
                    problems.add("An idea cannot be a duplicate of itself.");
                }
            }
        }
        InvalidInputException.refuseIf(problems);
        Instant now = clock.instant();
        Long originalId = original == null ? null : original.getId();
        jdbc.sql("""
                insert into screening_decision (idea_id, decided_by, outcome, reason, duplicate_of_id, note, decided_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(ideaId, innovationLead, outcome.name(), text.isEmpty() ? null : text, originalId,
                        note == null || note.isBlank() ? null : note.strip(), Timestamp.from(now))
                .update();
        events.publishEvent(new IdeaReviewed(ideaId, IdeaReviewed.Moment.SCREENED, now));
        return of(ideaId).get(of(ideaId).size() - 1);
    }

    public List<ScreeningRecord> of(long ideaId) {
        return jdbc.sql("""
                select s.*, o.number as duplicate_of_number from screening_decision s
                left join idea o on o.id = s.duplicate_of_id where s.idea_id = ? order by s.decided_at, s.id""")
                .param(ideaId)
                .query((rs, n) -> new ScreeningRecord(rs.getLong("id"), rs.getLong("idea_id"), rs.getString("decided_by"),
                        ScreeningOutcome.valueOf(rs.getString("outcome")), rs.getString("reason"),
                        (Long) rs.getObject("duplicate_of_id", Long.class), rs.getString("duplicate_of_number"),
                        rs.getString("note"), rs.getTimestamp("decided_at").toInstant()))
                .list();
    }
}
