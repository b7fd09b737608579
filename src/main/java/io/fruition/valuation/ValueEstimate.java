package io.fruition.valuation;

import java.math.BigDecimal;
import java.time.Instant;

import io.fruition.partnership.Side;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One side's value estimate of one idea. */
@Entity
@Table(name = "value_estimate")
public class ValueEstimate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "idea_id")
    private long ideaId;

    @Enumerated(EnumType.STRING)
    private Side side;

    private String estimator;

    @Column(name = "benefit_low")
    private BigDecimal benefitLow;

    @Column(name = "benefit_likely")
    private BigDecimal benefitLikely;

    @Column(name = "benefit_high")
    private BigDecimal benefitHigh;

    @Column(name = "expected_benefit")
    private BigDecimal expectedBenefit;

    @Column(name = "one_off_cost")
    private BigDecimal oneOffCost;

    @Column(name = "effort_days")
    private int effortDays;

    @Column(name = "months_to_value")
    private int monthsToValue;

    @Enumerated(EnumType.STRING)
    private Confidence confidence;

    private String rationale;

    @Column(name = "created_at")
    private Instant createdAt;

    protected ValueEstimate() {
    }

    ValueEstimate(long ideaId, Side side, String estimator, EstimateInput input, Instant now) {
        this.ideaId = ideaId;
        this.side = side;
        this.estimator = estimator;
        this.benefitLow = input.benefitLow();
        this.benefitLikely = input.benefitLikely();
        this.benefitHigh = input.benefitHigh();
        this.expectedBenefit = Pert.expected(input.benefitLow(), input.benefitLikely(), input.benefitHigh());
        this.oneOffCost = input.oneOffCost();
        this.effortDays = input.effortDays();
        this.monthsToValue = input.monthsToValue();
        this.confidence = input.confidence();
        this.rationale = input.rationale().strip();
        this.createdAt = now;
    }

    public long getIdeaId() {
        return ideaId;
    }

    public Side getSide() {
        return side;
    }

    public String getEstimator() {
        return estimator;
    }

    public BigDecimal getBenefitLow() {
        return benefitLow;
    }

    public BigDecimal getBenefitLikely() {
        return benefitLikely;
    }

    public BigDecimal getBenefitHigh() {
        return benefitHigh;
    }

    public BigDecimal getExpectedBenefit() {
        return expectedBenefit;
    }

    public BigDecimal getOneOffCost() {
        return oneOffCost;
    }

    public int getEffortDays() {
        return effortDays;
    }

    public int getMonthsToValue() {
        return monthsToValue;
    }

    public Confidence getConfidence() {
        return confidence;
    }

    public String getRationale() {
        return rationale;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
