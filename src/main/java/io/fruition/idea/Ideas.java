package io.fruition.idea;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import io.fruition.partnership.Membership;
import io.fruition.partnership.Partnership;
import io.fruition.partnership.Partnerships;
import io.fruition.shared.NotFoundException;

/**
 * Submitting ideas and reading them, always within the partnerships the acting user belongs to. Support, watching
 * and comments are {@link IdeaEngagement}'s; where the idea stands, as its process moves it, is {@link IdeaProgress}'s.
 */
@Service
@Transactional(readOnly = true)
public class Ideas {

    private final IdeaRepository ideas;
    private final Engagement engagement;
    private final Partnerships partnerships;
    private final Campaigns campaigns;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;

    Ideas(IdeaRepository ideas, Engagement engagement, Partnerships partnerships, Campaigns campaigns,
            ApplicationEventPublisher events, Clock clock, TransactionTemplate transaction) {
        this.transaction = transaction;
        this.ideas = ideas;
        this.engagement = engagement;
        this.partnerships = partnerships;
        this.campaigns = campaigns;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.SUPPORTS)
    public Idea submit(String username, IdeaSubmission submission) {
        return submit(username, submission, null);
    }

    /**
     * Submits an idea that came from somewhere the caller has checked (a comment of a pulse round the user may
     * read); the idea records where.
     * <p>
     * The idea's number is taken from its partnership's counter in a short transaction of its own (when the caller
     * has none), so that concurrent submissions to one partnership wait for each other only as long as that takes,
     * not while each starts its process; the idea, its process and what they announce then commit together. A
     * submission that fails after its number was taken (the database went away) leaves that number unused.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Idea submit(String username, IdeaSubmission submission, IdeaOrigin origin) {
        List<String> problems = submission.problems();
        if (!problems.isEmpty()) {
            throw new InvalidIdeaException(problems, submission.fieldProblems());
        }
        Membership membership = partnerships.membership(username, submission.partnershipPrefix())
                .orElseThrow(() -> new InvalidIdeaException(List.of("You are not a member of that partnership."),
                        Map.of("partnership", List.of("You are not a member of a partnership '"
                                + submission.partnershipPrefix() + "'."))));
        Partnership partnership = partnerships.byPrefix(membership.partnershipPrefix()).orElseThrow();
        if (!partnership.isActive()) {
            throw new InvalidIdeaException(List.of(partnership.getName() + " is archived: it takes no new ideas."),
                    Map.of("partnership", List.of(partnership.getName() + " is archived: it takes no new ideas.")));
        }
        if (submission.campaignId() != null && campaigns.openFor(username, partnership.getPrefix()).stream()
                .noneMatch(c -> c.id() == submission.campaignId())) {
            throw new InvalidIdeaException(List.of("That campaign is not open to your side of " + partnership.getName() + "."),
                    Map.of("campaign", List.of("That campaign is not open to your side.")));
        }
        int seq = partnerships.nextIdeaSequence(partnership.getPrefix());
        return transaction.execute(status -> {
            Idea fresh = new Idea(partnership.getId(), partnership.getPrefix(), seq, submission, membership.side(),
                    username, clock.instant());
            if (origin != null) {
                fresh.cameFrom(origin);
            }
            Idea idea = ideas.save(fresh);
            events.publishEvent(new IdeaSubmitted(idea.getId(), idea.getNumber(), partnership.getPrefix(), username));
            return idea;
        });
    }

    /** The idea with this number, if the user is a member of its partnership. */
    public Optional<Idea> find(String username, String number) {
        if (number == null || number.length() > 40 || number.chars().anyMatch(Character::isISOControl)) {
            return Optional.empty(); // no idea has such a number; PostgreSQL could not even be asked about it
        }
        return ideas.findByNumber(number).filter(i -> partnerships.membership(username, i.getPrefix()).isPresent());
    }

    /** Ideas by number, for callers that have already checked membership (e.g. tasks from a tenant-scoped query). */
    public Map<String, Idea> byNumbers(Collection<String> numbers) {
        Map<String, Idea> result = new HashMap<>();
        ideas.findByNumberIn(numbers).forEach(i -> result.put(i.getNumber(), i));
        return result;
    }

    /** Ideas the user supports, newest first. */
    public List<Idea> supportedBy(String username) {
        List<Long> ids = engagement.supportedBy(username);
        return ids.isEmpty() ? List.of() : ideas.findAllById(ids).stream()
                .filter(i -> partnerships.membership(username, i.getPrefix()).isPresent())
                .sorted(Comparator.comparing(Idea::getCreatedAt).reversed()).toList();
    }

    public List<Idea> submittedBy(String username) {
        List<Long> partnershipIds = partnerships.membershipsOf(username).stream()
                .map(m -> partnerships.byPrefix(m.partnershipPrefix()).orElseThrow().getId())
                .toList();
        if (partnershipIds.isEmpty()) {
            return List.of();
        }
        return ideas.findTop20BySubmitterAndPartnershipIdInOrderByCreatedAtDesc(username, partnershipIds);
    }

    /** Idea counts by status of one partnership, for a member of it; every status is present. */
    public Map<IdeaStatus, Long> countsByStatus(String username, String prefix) {
        partnerships.membership(username, prefix)
                .orElseThrow(() -> new IllegalArgumentException("You are not a member of that partnership."));
        Partnership partnership = partnerships.byPrefix(prefix).orElseThrow();
        Map<IdeaStatus, Long> counts = new EnumMap<>(IdeaStatus.class);
        for (IdeaStatus status : IdeaStatus.values()) {
            counts.put(status, 0L);
        }
        ideas.countByStatus(partnership.getId()).forEach(c -> counts.put(c.getStatus(), c.getCount()));
        return counts;
    }

    /**
     * The user's place in the partnership of an idea. An idea of a partnership the user is not in is reported
     * exactly like a missing one, so that nothing leaks across partnerships.
     */
    public Membership membershipFor(long ideaId, String username) {
        Idea idea = load(ideaId);
        return partnerships.membership(username, idea.getPrefix())
                .orElseThrow(() -> new NotFoundException("There is no idea " + idea.getNumber() + " in your partnerships."));
    }

    /** The idea with this number in one of the user's partnerships, or a refusal that reveals nothing. */
    public Idea visible(String username, String number) {
        return find(username, number).orElseThrow(() -> new NotFoundException(
                "There is no idea " + (number == null ? "" : number.strip()) + " in your partnerships."));
    }

    /**
     * Checks that the user may withdraw the idea: only its submitter, and only before it is approved. The
     * process then ends the idea's lifecycle, which sets the status.
     */
    public Idea checkWithdrawable(String username, String number) {
        Idea idea = visible(username, number);
        if (!idea.getSubmitter().equals(username)) {
            throw new InvalidIdeaException(List.of("Only " + idea.getSubmitter() + ", who submitted " + idea.getNumber()
                    + ", can withdraw it."));
        }
        if (!idea.getStatus().canMoveTo(IdeaStatus.WITHDRAWN)) {
            throw new InvalidIdeaException(List.of(idea.getNumber() + " is " + idea.getStatus().label().toLowerCase()
                    + "; it can be withdrawn only before it is approved."));
        }
        return idea;
    }

    public Idea get(long ideaId) {
        return load(ideaId);
    }

    Idea load(long ideaId) {
        return ideas.findById(ideaId).orElseThrow(() -> new NotFoundException("There is no idea " + ideaId + "."));
    }
}
