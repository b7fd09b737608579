package io.fruition.idea;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.fruition.partnership.Membership;
import io.fruition.partnership.Partnership;
import io.fruition.partnership.Partnerships;

/** Submitting ideas and reading them, always within the partnerships the acting user belongs to. */
@Service
@Transactional(readOnly = true)
public class Ideas {

    private final IdeaRepository ideas;
    private final Partnerships partnerships;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Ideas(IdeaRepository ideas, Partnerships partnerships, ApplicationEventPublisher events, Clock clock) {
        this.ideas = ideas;
        this.partnerships = partnerships;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Idea submit(String username, IdeaSubmission submission) {
        List<String> problems = submission.problems();
        if (!problems.isEmpty()) {
            throw new InvalidIdeaException(problems);
        }
        Membership membership = partnerships.membership(username, submission.partnershipPrefix())
                .orElseThrow(() -> new InvalidIdeaException(List.of("You are not a member of that partnership.")));
        Partnership partnership = partnerships.byPrefix(membership.partnershipPrefix()).orElseThrow();
        int seq = partnerships.nextIdeaSequence(partnership.getPrefix());
        Idea idea = ideas.save(new Idea(partnership.getId(), partnership.getPrefix(), seq, submission,
                membership.side(), username, clock.instant()));
        events.publishEvent(new IdeaSubmitted(idea.getId(), idea.getNumber(), partnership.getPrefix(), username));
        return idea;
    }

    /** The idea with this number, if the user is a member of its partnership. */
    public Optional<Idea> find(String username, String number) {
        return ideas.findByNumber(number).filter(i -> partnerships.membership(username, i.getPrefix()).isPresent());
    }

    /** Ideas by number, for callers that have already checked membership (e.g. tasks from a tenant-scoped query). */
    public Map<String, Idea> byNumbers(Collection<String> numbers) {
        Map<String, Idea> result = new java.util.HashMap<>();
        ideas.findByNumberIn(numbers).forEach(i -> result.put(i.getNumber(), i));
        return result;
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

    // Called by the process, which is the source of truth for where an idea stands.

    @Transactional
    public void attachProcess(long ideaId, String processInstanceId) {
        load(ideaId).attachProcess(processInstanceId);
    }

    @Transactional
    public void changeStatus(long ideaId, IdeaStatus status) {
        load(ideaId).moveTo(status, clock.instant());
    }

    public Idea get(long ideaId) {
        return load(ideaId);
    }

    private Idea load(long ideaId) {
        return ideas.findById(ideaId).orElseThrow(() -> new IllegalArgumentException("There is no idea " + ideaId + "."));
    }
}
