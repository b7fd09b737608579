package io.fruition.shared;

import java.util.List;

/**
 * Input a service refuses, with one plain-language message per problem. Nothing has been changed when it is
 * thrown: services validate before they write, and the transaction rolls back otherwise. The UI shows the
 * messages as they are; the API turns them into problem details.
 */
public class InvalidInputException extends IllegalArgumentException {

    private final List<String> problems;

    public InvalidInputException(List<String> problems) {
        super(String.join(" ", problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("An invalid-input refusal needs at least one problem.");
        }
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String problem) {
        this(List.of(problem));
    }

    /** Throws when there are problems; does nothing otherwise. */
    public static void refuseIf(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    public List<String> problems() {
        return problems;
    }
}
