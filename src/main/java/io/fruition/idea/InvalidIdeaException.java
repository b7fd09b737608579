package io.fruition.idea;

import java.util.List;
import java.util.Map;

import io.fruition.shared.InvalidInputException;

/** Bad input for an idea, with one message per problem. */
public class InvalidIdeaException extends InvalidInputException {

    InvalidIdeaException(List<String> problems) {
        super(problems);
    }

    InvalidIdeaException(List<String> problems, Map<String, List<String>> fieldProblems) {
        super(problems, fieldProblems);
    }
}
