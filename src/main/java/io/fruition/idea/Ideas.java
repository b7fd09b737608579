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
import org.springframework.transaction.annotation.Transactional;

import io.fruition.partnership.Membership;
import io.fruition.partnership.Partnership;
import io.fruition.partnership.Partnerships;
import io.fruition.shared.NotFoundException;

/** Submitting ideas and reading them, always within the partnerships the acting user belongs to. */
@Service
@Transactional(readOnly = true)
public class Ideas {

    /** How the submitter's answer to a clarification request begins, among the idea's comments. */
    public static final String CLARIFICATION = "Clarification: ";

    private static final int MAX_COMMENT = 4000;
    private static final Pattern MENTION = Pattern.compile("@([A-Za-z0-9._-]{2,64})");
    private static final int MAX_PROPOSAL = 4000;

    private final IdeaRepository ideas;
    private final Engagement engagement;
    private final Partnerships partnerships;
    private final Campaigns campaigns;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Ideas(IdeaRepository ideas, Engagement engagement, Partnerships partnerships, Campaigns campaigns,
            ApplicationEventPublisher events, Clock clock) {
        this.ideas = ideas;
        this.engagement = engagement;
        this.partnerships = partnerships;
        this.campaigns = campaigns;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Idea submit(String username, IdeaSubmission submission) {
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
        Idea idea = ideas.save(new Idea(partnership.getId(), partnership.getPrefix(), seq, submission,
                membership.side(), username, clock.instant()));
        events.publishEvent(new IdeaSubmitted(idea.getId(), idea.getNumber(), partnership.getPrefix(), username));
        return idea;
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

    // Supporters, watchers and comments

    @Transactional
    public void support(String username, String number) {
        Idea idea = visible(username, number);
        if (idea.getSubmitter().equals(username)) {
            throw new InvalidIdeaException(List.of("You submitted " + idea.getNumber() + "; support counts other members' voices."));
        }
        if (idea.getStatus().isTerminal()) {
            throw new InvalidIdeaException(List.of(idea.getNumber() + " is " + idea.getStatus().label().toLowerCase()
                    + " and takes no more support."));
        }
        engagement.addSupporter(idea.getId(), username, clock.instant());
    }

    @Transactional
    public void withdrawSupport(String username, String number) {
        engagement.removeSupporter(visible(username, number).getId(), username);
    }

    public List<String> supportersOf(String username, String number) {
        return supportersOf(visible(username, number));
    }

    /** The supporters of an idea the caller has just read through {@link #visible} or {@link #find}. */
    public List<String> supportersOf(Idea idea) {
        return engagement.supporters(idea.getId());
    }

    public boolean supports(String username, long ideaId) {
        return engagement.isSupporter(ideaId, username);
    }

    @Transactional
    public void watch(String username, String number, boolean watching) {
        engagement.watch(visible(username, number).getId(), username, watching);
    }

    public boolean watches(String username, long ideaId) {
        return engagement.watchers(ideaId).contains(username);
    }

    /** Who hears about the idea's progress: its submitter, supporters and watchers. */
    public Set<String> followersOf(long ideaId) {
        return engagement.followers(ideaId, load(ideaId).getSubmitter());
    }

    @Transactional
    public IdeaComment comment(String username, String number, String body) {
        Idea idea = visible(username, number);
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new InvalidIdeaException(List.of("A comment needs some text."));
        }
        if (text.length() > MAX_COMMENT) {
            throw new InvalidIdeaException(List.of("A comment has at most " + MAX_COMMENT + " characters; this one has "
                    + text.length() + "."));
        }
        long id = engagement.addComment(idea.getId(), username, text, clock.instant());
        Set<String> mentioned = new LinkedHashSet<>();
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            if (!name.equals(username) && partnerships.membership(name, idea.getPrefix()).isPresent()) {
                mentioned.add(name);
            }
        }
        if (!mentioned.isEmpty()) {
            events.publishEvent(new MembersMentioned(idea.getId(), idea.getNumber(), idea.getTitle(), idea.getPrefix(),
                    username, mentioned, text));
        }
        return new IdeaComment(id, username, text, clock.instant());
    }

    public List<IdeaComment> comments(String username, String number) {
        return engagement.comments(visible(username, number).getId());
    }

    // Called by the process, which is the source of truth for where an idea stands.

    @Transactional
    public void attachProcess(long ideaId, String processInstanceId) {
        load(ideaId).attachProcess(processInstanceId);
    }

    /**
     * Moves the idea to the status its process has reached and tells its followers, in this transaction. A step
     * that sets the status the idea has already (a loop back to screening) changes nothing.
     */
    @Transactional
    public void changeStatus(long ideaId, IdeaStatus status, String reason) {
        Idea idea = load(ideaId);
        IdeaStatus from = idea.getStatus();
        if (from == status) {
            return;
        }
        idea.moveTo(status, clock.instant());
        events.publishEvent(new IdeaStatusChanged(idea.getId(), idea.getNumber(), idea.getTitle(), idea.getPrefix(),
                from, status, followersOf(ideaId), reason));
    }

    @Transactional
    public void changeStatus(long ideaId, IdeaStatus status) {
        changeStatus(ideaId, status, null);
    }

    /** The submitter answers a clarification request; the answer becomes a comment, a new proposal replaces the old. */
    @Transactional
    public void clarify(long ideaId, String username, String answer, String revisedProposal) {
        Idea idea = load(ideaId);
        List<String> problems = new ArrayList<>();
        if (!idea.getSubmitter().equals(username)) {
            problems.add("Only the submitter of " + idea.getNumber() + " answers its clarification request.");
        }
        if (answer == null || answer.strip().length() < 10) {
            problems.add("The answer needs at least 10 characters.");
        } else if (answer.strip().length() > MAX_COMMENT) {
            problems.add("The answer has at most " + MAX_COMMENT + " characters.");
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
    @Transactional
    public void startRevision(long ideaId) {
        Idea idea = load(ideaId);
        idea.startRevision(partnerships.lifecycleOf(idea.getPrefix()).maxRevisionRounds());
    }

    @Transactional
    public void revise(long ideaId, String username, String revisedProposal, String note) {
        Idea idea = load(ideaId);
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
    @Transactional
    public void mergeDuplicate(long duplicateId, long originalId) {
        Idea duplicate = load(duplicateId);
        Idea original = load(originalId);
        duplicate.markDuplicateOf(original);
        Set<String> voices = new LinkedHashSet<>();
        voices.add(duplicate.getSubmitter());
        voices.addAll(engagement.supporters(duplicateId));
        voices.remove(original.getSubmitter());
        voices.forEach(v -> engagement.addSupporter(originalId, v, clock.instant()));
    }

    public Idea get(long ideaId) {
        return load(ideaId);
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

    private Idea load(long ideaId) {
        return ideas.findById(ideaId).orElseThrow(() -> new NotFoundException("There is no idea " + ideaId + "."));
    }
}
