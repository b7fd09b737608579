package io.fruition.commitment;

/** Where a commitment stands between proposal and end. */
public enum CommitmentState {
    /** Proposed; waits for the side that has not agreed yet. */
    PROPOSED("Proposed"),
    /** Both sides agreed: it counts. */
    IN_FORCE("In force"),
    /** The other side declined the proposal. */
    DECLINED("Declined"),
    /** Replaced by a newer agreement of the same kind, or withdrawn. */
    ENDED("Ended");

    private final String label;

    CommitmentState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
