package io.fruition.idea;

public class IllegalIdeaTransitionException extends IllegalStateException {

    IllegalIdeaTransitionException(String number, IdeaStatus from, IdeaStatus to) {
        super("Idea " + number + " cannot go from " + from.label() + " to " + to.label() + ".");
    }
}
