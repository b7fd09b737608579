package io.fruition.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Input a service refuses, with one plain-language message per problem. Nothing has been changed when it is
 * thrown: services validate before they write, and the transaction rolls back otherwise. The UI shows the
 * messages as they are; the API turns them into problem details.
 */
public class InvalidInputException extends IllegalArgumentException {

    private final List<String> problems;
    private final Map<String, List<String>> fieldProblems;

    public InvalidInputException(List<String> problems) {
        this(problems, Map.of());
    }

    /** A refusal whose problems belong to named fields (a form, a JSON body); the field map may be empty. */
    public InvalidInputException(List<String> problems, Map<String, List<String>> fieldProblems) {
        super(String.join(" ", problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("An invalid-input refusal needs at least one problem.");
        }
        this.problems = List.copyOf(problems);
        // In the order the fields were checked, which is the order they appear in.
        this.fieldProblems = Collections.unmodifiableMap(new LinkedHashMap<>(fieldProblems));
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

    /** The problems by field, where the input had fields; empty otherwise. */
    public Map<String, List<String>> fieldProblems() {
        return fieldProblems;
    }
}
