package io.fruition.idea;

import java.util.ArrayList;
import java.util.List;

/** What a member fills in to submit an idea. */
public record IdeaSubmission(String partnershipPrefix, String title, String problem, String proposal,
        String expectedBenefit) {

    static final int TITLE_MAX = 200;
    static final int TEXT_MAX = 4000;

    /** Every problem with this submission, worded for the person who typed it. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (partnershipPrefix == null || partnershipPrefix.isBlank()) {
            problems.add("Choose the partnership the idea is for.");
        }
        required(problems, title, "title", TITLE_MAX);
        required(problems, problem, "problem", TEXT_MAX);
        required(problems, proposal, "proposal", TEXT_MAX);
        if (expectedBenefit != null && expectedBenefit.length() > TEXT_MAX) {
            problems.add("The expected benefit is longer than " + TEXT_MAX + " characters.");
        }
        return problems;
    }

    private static void required(List<String> problems, String value, String name, int max) {
        if (value == null || value.isBlank()) {
            problems.add("The " + name + " is missing.");
        } else if (value.strip().length() > max) {
            problems.add("The " + name + " is longer than " + max + " characters.");
        }
    }
}
