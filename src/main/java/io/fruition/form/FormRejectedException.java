package io.fruition.form;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.fruition.shared.InvalidInputException;

/** Submitted form values the server refuses, with the problems of each field (by field path). */
public class FormRejectedException extends InvalidInputException {

    public FormRejectedException(Map<String, List<String>> fieldErrors) {
        super(describe(fieldErrors), fieldErrors);
    }

    /**
     * The form's problems and a feature's own rules' problems with the same input, told at once, by field in the
     * order of the form. Where a rule speaks of a field, its words ("The one-off cost cannot be negative") replace
     * the form's generic ones ("Field must have minimum value of 0."); a rule's problem with the input as a whole
     * stays under "".
     */
    public static FormRejectedException together(FormSchema schema, Map<String, List<String>> formErrors,
            Map<String, List<String>> ruleProblems) {
        List<String> order = schema.fields().stream().map(FormSchema.Field::path).toList();
        Set<String> paths = new LinkedHashSet<>(formErrors.keySet());
        paths.addAll(ruleProblems.keySet());
        Map<String, List<String>> errors = new LinkedHashMap<>();
        paths.stream().sorted(Comparator.comparingInt(p -> order.contains(p) ? order.indexOf(p) : order.size()))
                .forEach(p -> errors.put(p, ruleProblems.containsKey(p) ? ruleProblems.get(p) : formErrors.get(p)));
        return new FormRejectedException(errors);
    }

    public Map<String, List<String>> fieldErrors() {
        return fieldProblems();
    }

    /** Every message once (a rule relating two fields stands on both), with the field it first concerns. */
    private static List<String> describe(Map<String, List<String>> errors) {
        List<String> problems = new ArrayList<>();
        Set<String> told = new LinkedHashSet<>();
        errors.forEach((field, messages) -> messages.stream().filter(told::add)
                .forEach(m -> problems.add(field.isEmpty() ? m : field + ": " + m)));
        return problems.isEmpty() ? List.of("The form is not valid.") : problems;
    }
}
