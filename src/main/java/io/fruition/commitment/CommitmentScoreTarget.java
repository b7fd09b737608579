package io.fruition.commitment;

import java.util.Optional;

import org.springframework.stereotype.Component;

import io.fruition.pulse.ScoreTarget;

/** The pulse's target line: the relationship score both sides agreed to reach. */
@Component
class CommitmentScoreTarget implements ScoreTarget {

    private final Commitments commitments;

    CommitmentScoreTarget(Commitments commitments) {
        this.commitments = commitments;
    }

    @Override
    public Optional<Target> of(String prefix) {
        return commitments.inForce(prefix).stream().filter(c -> c.kind() == CommitmentKind.RELATIONSHIP_SCORE)
                .findFirst().map(c -> new Target(c.target(), c.targetDate()));
    }
}
