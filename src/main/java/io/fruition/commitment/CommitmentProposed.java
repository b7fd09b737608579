package io.fruition.commitment;

import java.util.Set;

/** A commitment was proposed, or agreed by one side: these people are asked to agree it. */
public record CommitmentProposed(long commitmentId, String prefix, String what, String proposedBy,
        Set<String> askedToAgree) {

    public CommitmentProposed {
        askedToAgree = Set.copyOf(askedToAgree);
    }
}
