package io.fruition.idea;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import io.fruition.partnership.Side;

/**
 * A search over the ideas of the user's partnerships: full text over title, problem and proposal, filters and
 * an order. Null or empty filters mean "any".
 */
public record IdeaQuery(String text, Set<IdeaStatus> statuses, Side originSide, Long campaignId, String priority,
        boolean mine, LocalDate from, LocalDate to, String partnership, Sort sort, boolean anyWord) {

    public IdeaQuery(String text, Set<IdeaStatus> statuses, Side originSide, Long campaignId, String priority,
            boolean mine, LocalDate from, LocalDate to, String partnership, Sort sort) {
        this(text, statuses, originSide, campaignId, priority, mine, from, to, partnership, sort, false);
    }

    /** Matches ideas with any of the words instead of all of them (for "similar ideas"). */
    public IdeaQuery matchingAnyWord() {
        return new IdeaQuery(text, statuses, originSide, campaignId, priority, mine, from, to, partnership, sort, true);
    }

    public enum Sort {
        NEWEST, MUTUAL_VALUE, SUPPORTERS, LONGEST_IN_STEP
    }

    public static IdeaQuery all() {
        return new IdeaQuery(null, Set.of(), null, null, null, false, null, null, null, Sort.NEWEST);
    }

    public IdeaQuery withText(String value) {
        return new IdeaQuery(value, statuses, originSide, campaignId, priority, mine, from, to, partnership, sort);
    }

    public IdeaQuery withStatuses(Set<IdeaStatus> value) {
        return new IdeaQuery(text, value == null ? Set.of()
                : value.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet()), originSide, campaignId, priority, mine,
                from, to, partnership, sort);
    }

    public IdeaQuery withOriginSide(Side value) {
        return new IdeaQuery(text, statuses, value, campaignId, priority, mine, from, to, partnership, sort);
    }

    public IdeaQuery withPriority(String value) {
        return new IdeaQuery(text, statuses, originSide, campaignId, value, mine, from, to, partnership, sort);
    }

    public IdeaQuery withCampaign(Long value) {
        return new IdeaQuery(text, statuses, originSide, value, priority, mine, from, to, partnership, sort);
    }

    public IdeaQuery onlyMine(boolean value) {
        return new IdeaQuery(text, statuses, originSide, campaignId, priority, value, from, to, partnership, sort);
    }

    public IdeaQuery between(LocalDate start, LocalDate end) {
        return new IdeaQuery(text, statuses, originSide, campaignId, priority, mine, start, end, partnership, sort);
    }

    public IdeaQuery inPartnership(String value) {
        return new IdeaQuery(text, statuses, originSide, campaignId, priority, mine, from, to, value, sort);
    }

    public IdeaQuery sortedBy(Sort value) {
        return new IdeaQuery(text, statuses, originSide, campaignId, priority, mine, from, to, partnership,
                value == null ? Sort.NEWEST : value);
    }
}
