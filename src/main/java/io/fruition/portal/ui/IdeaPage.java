package io.fruition.portal.ui;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.fruition.idea.Attachments;
import io.fruition.idea.Campaigns;
import io.fruition.idea.Idea;
import io.fruition.idea.IdeaEngagement;
import io.fruition.idea.IdeaOrigin;
import io.fruition.idea.IdeaStatus;
import io.fruition.idea.Ideas;
import io.fruition.process.IdeaWithdrawal;
import io.fruition.process.history.ProcessDiagram;
import io.fruition.process.history.ProcessHistory;
import io.fruition.process.history.WaitingTimers;
import io.fruition.pulse.Dimension;
import io.fruition.pulse.PulseRounds;
import io.fruition.review.BoardVotes;

/**
 * The idea page's read model: everything the page shows of one idea to one member, read in one place and as the
 * rules allow (through {@link IdeaFacts}), and the page's few actions. The view only lays it out.
 */
@Component
class IdeaPage {

    /** One idea as one member may see it now. */
    record Page(Idea idea, IdeaFacts.Reader reader, List<ProcessHistory.Step> steps,
            List<WaitingTimers.Upcoming> upcoming, Optional<ProcessDiagram.Drawing> drawing,
            Optional<String> boardProgress, Optional<String> campaign, Optional<String> origin, boolean supporting,
            boolean watching, List<String> supporters) {
    }

    private final Ideas ideas;
    private final IdeaEngagement engagement;
    private final IdeaFacts facts;
    private final ProcessHistory history;
    private final WaitingTimers timers;
    private final ProcessDiagram diagram;
    private final BoardVotes votes;
    private final Campaigns campaigns;
    private final IdeaWithdrawal withdrawal;
    private final Attachments attachments;
    private final PulseRounds rounds;

    IdeaPage(Ideas ideas, IdeaEngagement engagement, IdeaFacts facts, ProcessHistory history, WaitingTimers timers,
            ProcessDiagram diagram, BoardVotes votes, Campaigns campaigns, IdeaWithdrawal withdrawal,
            Attachments attachments, PulseRounds rounds) {
        this.ideas = ideas;
        this.engagement = engagement;
        this.facts = facts;
        this.history = history;
        this.timers = timers;
        this.diagram = diagram;
        this.votes = votes;
        this.campaigns = campaigns;
        this.withdrawal = withdrawal;
        this.attachments = attachments;
        this.rounds = rounds;
    }

    /** The idea with this number in one of the member's partnerships, or nothing. */
    Optional<Page> of(String username, String number) {
        return ideas.find(username, number.toUpperCase()).map(idea -> new Page(idea, facts.of(idea, username),
                history.stepsOf(idea.getNumber()), timers.of(idea.getNumber()), diagram.drawingOf(idea.getNumber()),
                idea.getStatus() == IdeaStatus.IN_REVIEW ? votes.progress(idea.getId()) : Optional.empty(),
                Optional.ofNullable(idea.getCampaignId()).flatMap(campaigns::find).map(c -> c.title()),
                idea.getOrigin().map(origin -> origin(username, origin)),
                engagement.supports(username, idea.getId()), engagement.watches(username, idea.getId()),
                engagement.supportersOf(idea)));
    }

    /** The pulse round whose comment the idea came from, in words. */
    private String origin(String username, IdeaOrigin origin) {
        return "From pulse round " + rounds.visible(username, origin.pulseRoundId()).number() + ": a comment on "
                + Dimension.valueOf(origin.dimension()).label().toLowerCase();
    }

    void support(String username, String number, boolean support) {
        if (support) {
            engagement.support(username, number);
        } else {
            engagement.withdrawSupport(username, number);
        }
    }

    void watch(String username, String number, boolean watching) {
        engagement.watch(username, number, watching);
    }

    void withdraw(String username, String number) {
        withdrawal.withdraw(username, number);
    }

    Attachments attachments() {
        return attachments;
    }

    IdeaEngagement engagement() {
        return engagement;
    }
}
