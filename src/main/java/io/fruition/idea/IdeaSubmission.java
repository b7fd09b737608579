package io.fruition.idea;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** What a member fills in to submit an idea. */
public record IdeaSubmission(String partnershipPrefix, String title, String problem, String proposal,
        String expectedBenefit, IdeaCategory category, List<String> tags, Long campaignId) {

    static final int MAX_TAGS = 8;
    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} _-]{0,29}");

    public IdeaSubmission(String partnershipPrefix, String title, String problem, String proposal, String expectedBenefit) {
        this(partnershipPrefix, title, problem, proposal, expectedBenefit, null, List.of(), null);
    }

    public IdeaSubmission {
        tags = tags == null ? List.of() : tags.stream().filter(t -> t != null && !t.isBlank()).map(String::strip)
                .distinct().toList();
    }

    static final int TITLE_MAX = 200;
    static final int TEXT_MAX = 4000;

    /** Every problem with this submission, worded for the person who typed it. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        fieldProblems().values().forEach(problems::addAll);
        return problems;
    }

    /** The same problems by field: partnership, title, problem, proposal, expectedBenefit. */
    public Map<String, List<String>> fieldProblems() {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        if (partnershipPrefix == null || partnershipPrefix.isBlank()) {
            problems.put("partnership", List.of("Choose the partnership the idea is for."));
        }
        required(problems, title, "title", "title", TITLE_MAX);
        required(problems, problem, "problem", "problem", TEXT_MAX);
        required(problems, proposal, "proposal", "proposal", TEXT_MAX);
        if (expectedBenefit != null && expectedBenefit.length() > TEXT_MAX) {
            problems.put("expectedBenefit", List.of("The expected benefit is longer than " + TEXT_MAX + " characters."));
        }
        if (tags.size() > MAX_TAGS) {
            problems.put("tags", List.of("An idea has at most " + MAX_TAGS + " tags; this one has " + tags.size() + "."));
        } else {
            List<String> bad = tags.stream().filter(t -> !TAG.matcher(t).matches()).toList();
            if (!bad.isEmpty()) {
                problems.put("tags", List.of("A tag is a word or two of letters and digits, at most 30 characters: "
                        + String.join(", ", bad) + "."));
            }
        }
        return problems;
    }

    private static void required(Map<String, List<String>> problems, String value, String field, String name, int max) {
        if (value == null || value.isBlank()) {
            problems.put(field, List.of("The " + name + " is missing."));
        } else if (value.strip().length() > max) {
            problems.put(field, List.of("The " + name + " is longer than " + max + " characters."));
        }
    }
}
