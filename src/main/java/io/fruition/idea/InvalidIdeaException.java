package io.fruition.idea;

import java.util.List;

/** Bad input for an idea, with one message per problem. */
public class InvalidIdeaException extends IllegalArgumentException {

    private final List<String> problems;

    InvalidIdeaException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
