package io.fruition.process.identity;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.impl.Page;

/** The engine's query semantics (exact, "in", SQL LIKE with %, paging) applied to in-memory lists. */
final class Matching {

    private Matching() {
    }

    static boolean eq(String expected, String actual) {
        return expected == null || expected.equals(actual);
    }

    static boolean in(String[] expected, String actual) {
        return expected == null || Arrays.asList(expected).contains(actual);
    }

    /** SQL LIKE: % is any run of characters, _ any one character; case does not matter. */
    static boolean like(String pattern, String actual) {
        if (pattern == null) {
            return true;
        }
        if (actual == null) {
            return false;
        }
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            switch (c) {
                case '%' -> regex.append(".*");
                case '_' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(actual).matches();
    }

    static <T> List<T> page(List<T> all, Page page) {
        if (page == null) {
            return all;
        }
        int from = Math.min(page.getFirstResult(), all.size());
        int to = (int) Math.min((long) from + page.getMaxResults(), all.size());
        return all.subList(from, to);
    }
}
