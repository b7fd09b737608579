package io.fruition.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.fruition.shared.InvalidInputException;

/** Submitted form values the server refuses, with the problems of each field (by field path). */
public class FormRejectedException extends InvalidInputException {

    public FormRejectedException(Map<String, List<String>> fieldErrors) {
        this(fieldErrors, List.of());
    }

    /** With the problems a feature's own rules find in the same input, so that all are told at once. */
    public FormRejectedException(Map<String, List<String>> fieldErrors, List<String> ruleProblems) {
        super(describe(fieldErrors, ruleProblems), fieldErrors);
    }

    public Map<String, List<String>> fieldErrors() {
        return fieldProblems();
    }

    private static List<String> describe(Map<String, List<String>> errors, List<String> ruleProblems) {
        List<String> problems = new ArrayList<>();
        errors.forEach((field, messages) -> messages.forEach(m -> problems.add(field + ": " + m)));
        ruleProblems.stream().filter(p -> !problems.contains(p)).forEach(problems::add);
        return problems.isEmpty() ? List.of("The form is not valid.") : problems;
    }
}
