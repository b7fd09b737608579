package io.fruition.idea;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import io.fruition.partnership.Side;

@Entity
public class Idea {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "partnership_id", updatable = false)
    private Long partnershipId;

    @Column(updatable = false)
    private int seq;

    @Column(updatable = false)
    private String number;

    private String title;
    private String problem;
    private String proposal;

    @Column(name = "expected_benefit")
    private String expectedBenefit;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin_side", updatable = false)
    private Side originSide;

    @Column(updatable = false)
    private String submitter;

    @Enumerated(EnumType.STRING)
    private IdeaStatus status;

    @Column(name = "status_changed_at")
    private Instant statusChangedAt;

    /** The furthest stage of the main line the idea reached; the portfolio's funnel counts it. */
    @Enumerated(EnumType.STRING)
    @Column(name = "reached_stage")
    private IdeaStatus reachedStage = IdeaStatus.SUBMITTED;

    private String category;
    private String tags;

    @Column(name = "campaign_id")
    private Long campaignId;

    @Column(name = "duplicate_of_id")
    private Long duplicateOfId;

    @Column(name = "revision_rounds")
    private int revisionRounds;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    /** When it was approved: its one-off cost draws on that year's innovation fund. */
    @Column(name = "approved_at")
    private Instant approvedAt;

    /** The pulse round whose comment it came from, if it did, and the dimension the comment was about. */
    @Column(name = "pulse_round_id", updatable = false)
    private Long pulseRoundId;

    @Column(name = "pulse_dimension", updatable = false)
    private String pulseDimension;

    @Version
    private int version;

    protected Idea() {
    }

    Idea(Long partnershipId, String prefix, int seq, IdeaSubmission submission, Side originSide, String submitter,
            Instant now) {
        this.partnershipId = partnershipId;
        this.seq = seq;
        this.number = prefix + "-" + seq;
        this.title = submission.title().strip();
        this.problem = submission.problem().strip();
        this.proposal = submission.proposal().strip();
        this.expectedBenefit = submission.expectedBenefit() == null || submission.expectedBenefit().isBlank() ? null
                : submission.expectedBenefit().strip();
        this.originSide = originSide;
        this.submitter = submitter;
        this.category = submission.category() == null ? null : submission.category().name();
        this.tags = submission.tags().isEmpty() ? null : String.join(",", submission.tags());
        this.campaignId = submission.campaignId();
        this.status = IdeaStatus.SUBMITTED;
        this.statusChangedAt = now;
        this.createdAt = now;
    }

    /** Moves the idea on, refusing any change the lifecycle does not allow. */
    void moveTo(IdeaStatus next, Instant now) {
        if (!status.canMoveTo(next)) {
            throw new IllegalIdeaTransitionException(number, status, next);
        }
        status = next;
        statusChangedAt = now;
        if (next == IdeaStatus.APPROVED && approvedAt == null) {
            approvedAt = now;
        }
        IdeaStatus stage = next.stage();
        if (stage.ordinal() > reachedStage.ordinal()) {
            reachedStage = stage;
        }
    }

    public IdeaStatus getReachedStage() {
        return reachedStage;
    }

    /** Opens a revision round, refusing one more than the partnership allows. */
    void startRevision(int maxRounds) {
        if (revisionRounds >= maxRounds) {
            throw new InvalidIdeaException(List.of(number + " has been revised " + revisionRounds
                    + (revisionRounds == 1 ? " time" : " times") + " already; the partnership allows " + maxRounds
                    + ", so another revision is refused."));
        }
        revisionRounds++;
    }

    void reviseProposal(String proposal) {
        this.proposal = proposal.strip();
    }

    void markDuplicateOf(Idea original) {
        if (original.id.equals(id) || !original.partnershipId.equals(partnershipId)) {
            throw new InvalidIdeaException(List.of(number + " cannot be a duplicate of " + original.number + "."));
        }
        this.duplicateOfId = original.id;
    }

    void cameFrom(IdeaOrigin origin) {
        this.pulseRoundId = origin.pulseRoundId();
        this.pulseDimension = origin.dimension();
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public Long getId() {
        return id;
    }

    public Long getPartnershipId() {
        return partnershipId;
    }

    public String getNumber() {
        return number;
    }

    public String getPrefix() {
        return number.substring(0, number.indexOf('-'));
    }

    public String getTitle() {
        return title;
    }

    public String getProblem() {
        return problem;
    }

    public String getProposal() {
        return proposal;
    }

    public String getExpectedBenefit() {
        return expectedBenefit;
    }

    public Side getOriginSide() {
        return originSide;
    }

    public String getSubmitter() {
        return submitter;
    }

    public IdeaStatus getStatus() {
        return status;
    }

    public Instant getStatusChangedAt() {
        return statusChangedAt;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getCategory() {
        return category;
    }

    public List<String> getTags() {
        return tags == null || tags.isBlank() ? List.of() : List.of(tags.split(","));
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public Long getDuplicateOfId() {
        return duplicateOfId;
    }

    public int getRevisionRounds() {
        return revisionRounds;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    /** Where it came from, when it was not simply submitted: a comment of a pulse round. */
    public Optional<IdeaOrigin> getOrigin() {
        return pulseRoundId == null ? Optional.empty()
                : Optional.of(new IdeaOrigin(pulseRoundId, pulseDimension));
    }
}
