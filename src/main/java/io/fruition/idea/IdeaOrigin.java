package io.fruition.idea;

/** Where an idea came from: a customer's comment in a round of the relationship pulse, on one dimension. */
public record IdeaOrigin(long pulseRoundId, String dimension) {
}
