package io.fruition.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.fruition.delivery.Deliveries;
import io.fruition.idea.Campaigns;
import io.fruition.idea.Idea;
import io.fruition.idea.IdeaCategory;
import io.fruition.idea.IdeaEngagement;
import io.fruition.idea.Ideas;
import io.fruition.process.history.ProcessHistory;
import io.fruition.process.history.WaitingTimers;
import io.fruition.review.BoardVotes;
import io.fruition.review.Screenings;
import io.fruition.valuation.ValueEstimates;
import io.fruition.wording.Names;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An idea as the API gives it to one member: what its page shows, read from the same sources with the same rules
 * (another side's estimate before both are in, a vote before the board decided, are not there).
 */
@Component
class IdeaDetails {

    private final Ideas ideas;
    private final IdeaEngagement engagement;
    private final Campaigns campaigns;
    private final ValueEstimates estimates;
    private final BoardVotes votes;
    private final Screenings screenings;
    private final Deliveries deliveries;
    private final ProcessHistory history;
    private final WaitingTimers timers;
    private final Names names;

    IdeaDetails(Ideas ideas, IdeaEngagement engagement, Campaigns campaigns, ValueEstimates estimates,
            BoardVotes votes, Screenings screenings, Deliveries deliveries, ProcessHistory history,
            WaitingTimers timers, Names names) {
        this.ideas = ideas;
        this.engagement = engagement;
        this.campaigns = campaigns;
        this.estimates = estimates;
        this.votes = votes;
        this.screenings = screenings;
        this.deliveries = deliveries;
        this.history = history;
        this.timers = timers;
        this.names = names;
    }

    @Schema(description = "A step of the idea's process: done when it has ended.")
    record Step(@Schema(example = "Screen the idea") String name, String stepKey, Person assignee, Instant started,
            Instant ended, Instant due) {
    }

    record Upcoming(@Schema(example = "The benefits review opens") String what, Instant at, String then) {
    }

    record Screening(Person decidedBy, String outcome, String reason, Instant decidedAt) {
    }

    @Schema(description = "One side's value estimate, shown once both sides' are in (your own side's at once).")
    record Estimate(String side, Person estimator, BigDecimal low, BigDecimal likely, BigDecimal high,
            BigDecimal expected, BigDecimal oneOffCost, int effortDays, int monthsToValue, String confidence,
            String rationale, Instant createdAt) {
    }

    @Schema(description = "A board member's vote, shown once the board decided (your own at once).")
    record BoardVote(int round, Person voter, String side, String decision, String reason, Instant castAt) {
    }

    record Milestone(int number, String title, LocalDate dueOn, boolean done, Instant doneAt) {
    }

    record ProgressReport(Person reporter, String rag, int percentComplete, String summary, Instant reportedAt) {
    }

    record Delivery(Person owner, LocalDate targetDate, String note, List<Milestone> milestones,
            List<ProgressReport> reports, Instant acceptedAt, Person acceptedBy) {
    }

    @Schema(description = "The campaign an idea answers.")
    record IdeaCampaign(long id, String title) {
    }

    @Schema(description = "An idea, with everything its page shows you.")
    record IdeaDetail(@Schema(example = "NG-3") String number, @Schema(example = "NG") String partnership,
            String title, String problem, String proposal, String expectedBenefit, IdeaCategory category,
            List<String> tags, IdeaCampaign campaign, @Schema(example = "IN_VALUATION") String status,
            @Schema(example = "In valuation") String statusLabel, String originSide, Person submitter,
            Instant createdAt, Instant statusChangedAt, String priority, BigDecimal mutualValueScore,
            @Schema(description = "The steps that wait now.") List<Step> currentSteps,
            @Schema(description = "What the process waits for next, with its date.") List<Upcoming> upcoming,
            List<Person> supporters, boolean supporting, boolean watching, List<Screening> screening,
            List<Estimate> estimates, List<BoardVote> votes, Delivery delivery,
            @Schema(description = "Every step the idea went through, oldest first.") List<Step> timeline) {
    }

    /**
     * The idea as the reader may see it. Everything is read first; then the names of all the people it mentions in
     * one query (not the whole partnership's members).
     */
    @Transactional(readOnly = true)
    IdeaDetail of(String username, String number) {
        Idea idea = ideas.visible(username, number);
        var priority = estimates.priorityOf(idea.getId());
        var steps = history.stepsOf(idea.getNumber());
        var delivery = deliveries.ofIdea(idea.getId());
        var supporters = engagement.supportersOf(idea);
        var screened = screenings.of(idea.getId());
        var estimated = estimates.visibleTo(idea.getId(), username);
        var voted = votes.visibleTo(idea.getId(), username);

        Set<String> people = new HashSet<>(supporters);
        people.add(idea.getSubmitter());
        steps.forEach(s -> people.add(s.assignee()));
        screened.forEach(s -> people.add(s.decidedBy()));
        estimated.forEach(e -> people.add(e.getEstimator()));
        voted.forEach(v -> people.add(v.voter()));
        delivery.ifPresent(d -> {
            people.add(d.owner());
            people.add(d.acceptedBy());
            d.reports().forEach(r -> people.add(r.reporter()));
        });
        people.remove(null);
        Map<String, String> book = names.of(people);

        List<Step> timeline = steps.stream().map(s -> new Step(s.name(), s.stepKey(), Person.of(book, s.assignee()),
                s.started(), s.ended(), s.due())).toList();
        return new IdeaDetail(idea.getNumber(), idea.getPrefix(), idea.getTitle(), idea.getProblem(),
                idea.getProposal(), idea.getExpectedBenefit(),
                idea.getCategory() == null ? null : IdeaCategory.valueOf(idea.getCategory()), idea.getTags(),
                Optional.ofNullable(idea.getCampaignId()).flatMap(campaigns::find)
                        .map(c -> new IdeaCampaign(c.id(), c.title())).orElse(null),
                idea.getStatus().name(), idea.getStatus().label(), idea.getOriginSide().name(),
                Person.of(book, idea.getSubmitter()), idea.getCreatedAt(),
                idea.getStatusChangedAt(), priority.map(p -> p.priority().name()).orElse(null),
                priority.map(p -> p.value().score()).orElse(null),
                timeline.stream().filter(s -> s.ended() == null).toList(),
                timers.of(idea.getNumber()).stream().map(u -> new Upcoming(u.what(), u.at(), u.then())).toList(),
                supporters.stream().map(u -> Person.of(book, u)).toList(),
                supporters.contains(username), engagement.watches(username, idea.getId()),
                screened.stream().map(s -> new Screening(Person.of(book, s.decidedBy()), s.outcome().name(),
                        s.reason(), s.decidedAt())).toList(),
                estimated.stream().map(e -> new Estimate(e.getSide().name(), Person.of(book, e.getEstimator()),
                        e.getBenefitLow(), e.getBenefitLikely(), e.getBenefitHigh(), e.getExpectedBenefit(),
                        e.getOneOffCost(), e.getEffortDays(), e.getMonthsToValue(), e.getConfidence().name(),
                        e.getRationale(), e.getCreatedAt())).toList(),
                voted.stream().map(v -> new BoardVote(v.round(), Person.of(book, v.voter()), v.side().name(),
                        v.decision().name(), v.reason(), v.castAt())).toList(),
                delivery.map(d -> new Delivery(Person.of(book, d.owner()), d.targetDate(), d.note(),
                        d.milestones().stream().map(m -> new Milestone(m.number(), m.title(), m.dueOn(), m.done(),
                                m.doneAt())).toList(),
                        d.reports().stream().map(r -> new ProgressReport(Person.of(book, r.reporter()),
                                r.rag().name(), r.percentComplete(), r.summary(), r.reportedAt())).toList(),
                        d.acceptedAt(), Person.of(book, d.acceptedBy()))).orElse(null),
                timeline);
    }
}
