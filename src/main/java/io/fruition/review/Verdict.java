package io.fruition.review;

/** A chair's or sponsor's decision. */
public enum Verdict {
    APPROVE, REJECT
}
