package io.fruition.idea;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.fruition.partnership.Partnerships;

/**
 * Where an idea stands, as its process moves it (the process is the source of truth): its status, the submitter's
 * clarification and revisions, closing it as a duplicate, and the moments of its review ({@link IdeaReviewed}).
 */
@Service
@Transactional
public class IdeaProgress {

    /** How the submitter's answer to a clarification request begins, among the idea's comments. */
    public static final String CLARIFICATION = "Clarification: ";

    private static final int MAX_PROPOSAL = 4000;

    private final Ideas ideas;
    private final Engagement engagement;
    private final Partnerships partnerships;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    IdeaProgress(Ideas ideas, Engagement engagement, Partnerships partnerships, ApplicationEventPublisher events,
            JdbcClient jdbc, Clock clock) {
        this.ideas = ideas;
        this.engagement = engagement;
        this.partnerships = partnerships;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void attachProcess(long ideaId, String processInstanceId) {
        ideas.load(ideaId).attachProcess(processInstanceId);
    }

    /**
     * Moves the idea to the status its process has reached and tells its followers, in this transaction. A step
     * that sets the status the idea has already (a loop back to screening) changes nothing.
     */
    public void changeStatus(long ideaId, IdeaStatus status, String reason) {
        Idea idea = ideas.load(ideaId);
        IdeaStatus from = idea.getStatus();
        if (from == status) {
            return;
        }
        idea.moveTo(status, clock.instant());
        events.publishEvent(new IdeaStatusChanged(idea.getId(), idea.getNumber(), idea.getTitle(), idea.getPrefix(),
                from, status, followersOf(idea), reason));
    }

    public void changeStatus(long ideaId, IdeaStatus status) {
        changeStatus(ideaId, status, null);
    }

    /** Who hears about the idea's progress: its submitter, supporters and watchers. */
    private Set<String> followersOf(Idea idea) {
        return engagement.followers(idea.getId(), idea.getSubmitter());
    }

    /** The submitter answers a clarification request; the answer becomes a comment, a new proposal replaces the old. */
    public void clarify(long ideaId, String username, String answer, String revisedProposal) {
        Idea idea = ideas.load(ideaId);
        List<String> problems = new ArrayList<>();
        if (!idea.getSubmitter().equals(username)) {
            problems.add("Only the submitter of " + idea.getNumber() + " answers its clarification request.");
        }
        if (answer == null || answer.strip().length() < 10) {
            problems.add("The answer needs at least 10 characters.");
        } else if (answer.strip().length() > IdeaEngagement.MAX_COMMENT) {
            problems.add("The answer has at most " + IdeaEngagement.MAX_COMMENT + " characters.");
        }
        checkProposal(revisedProposal, false, problems);
        if (!problems.isEmpty()) {
            throw new InvalidIdeaException(problems);
        }
        engagement.addComment(ideaId, username, CLARIFICATION + answer.strip(), clock.instant());
        if (revisedProposal != null && !revisedProposal.isBlank()) {
            idea.reviseProposal(revisedProposal);
        }
    }

    /** Opens a revision round requested by the board; a round beyond the partnership's limit is refused. */
    public void startRevision(long ideaId) {
        Idea idea = ideas.load(ideaId);
        idea.startRevision(partnerships.lifecycleOf(idea.getPrefix()).maxRevisionRounds());
    }

    public void revise(long ideaId, String username, String revisedProposal, String note) {
        Idea idea = ideas.load(ideaId);
        List<String> problems = new ArrayList<>();
        if (!idea.getSubmitter().equals(username)) {
            problems.add("Only the submitter of " + idea.getNumber() + " revises it.");
        }
        checkProposal(revisedProposal, true, problems);
        if (note != null && note.strip().length() > 2000) {
            problems.add("The revision note has at most 2000 characters.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidIdeaException(problems);
        }
        idea.reviseProposal(revisedProposal);
        engagement.addComment(ideaId, username, "Revised for round " + (idea.getRevisionRounds() + 1)
                + " of the board" + (note == null || note.isBlank() ? "." : ": " + note.strip()), clock.instant());
    }

    /** Closes an idea as a duplicate: its submitter and supporters join the original as supporters. */
    public void mergeDuplicate(long duplicateId, long originalId) {
        Idea duplicate = ideas.load(duplicateId);
        Idea original = ideas.load(originalId);
        duplicate.markDuplicateOf(original);
        Set<String> voices = new LinkedHashSet<>();
        voices.add(duplicate.getSubmitter());
        voices.addAll(engagement.supporters(duplicateId));
        voices.remove(original.getSubmitter());
        voices.forEach(v -> engagement.addSupporter(originalId, v, clock.instant()));
    }

    /** The first screening decision and the board's first decision, from which the portfolio measures waits. */
    @EventListener
    void on(IdeaReviewed reviewed) {
        String column = switch (reviewed.moment()) {
            case SCREENED -> "first_screened_at";
            case BOARD_DECIDED -> "board_decided_at";
        };
        jdbc.sql("update idea set " + column + " = ? where id = ? and " + column + " is null")
                .params(Timestamp.from(reviewed.at()), reviewed.ideaId()).update();
    }

    private static void checkProposal(String proposal, boolean required, List<String> problems) {
        if (proposal == null || proposal.isBlank()) {
            if (required) {
                problems.add("The revised proposal is missing.");
            }
        } else if (proposal.strip().length() < 10) {
            problems.add("The revised proposal needs at least 10 characters.");
        } else if (proposal.strip().length() > MAX_PROPOSAL) {
            problems.add("The proposal has at most " + MAX_PROPOSAL + " characters.");
        }
    }
}
