package io.fruition.pulse;

/** Every action of the plan answering a round is done. */
public record ActionPlanDone(long planId, String prefix, int roundNumber, String author) {
}
