package io.fruition.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.fruition.shared.InvalidInputException;

/** Submitted form values the server refuses, with the problems of each field (by field path). */
public class FormRejectedException extends InvalidInputException {

    public FormRejectedException(Map<String, List<String>> fieldErrors) {
        super(describe(fieldErrors), fieldErrors);
    }

    public Map<String, List<String>> fieldErrors() {
        return fieldProblems();
    }

    private static List<String> describe(Map<String, List<String>> errors) {
        List<String> problems = new ArrayList<>();
        errors.forEach((field, messages) -> messages.forEach(m -> problems.add(field + ": " + m)));
        return problems.isEmpty() ? List.of("The form is not valid.") : problems;
    }
}
