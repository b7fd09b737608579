package io.fruition.process.task;

/**
 * What the inbox shows: which tasks ({@link Scope}), filtered by partnership, step, idea and due state, in which
 * order, one page at a time. Null filters mean "any".
 */
public record InboxQuery(Scope scope, String partnership, String stepKey, String ideaNumber, Due due, Sort sort) {

    public enum Scope {
        /** The work I can do now: assigned to me first, then offered to me or my groups. */
        WORK,
        /** Assigned to me. */
        MINE,
        /** Not yet assigned, offered to me or to one of my groups. */
        OFFERED,
        /** Every open task of my partnerships. */
        ALL
    }

    public enum Due {
        ANY, OVERDUE, THIS_WEEK
    }

    public enum Sort {
        DUE, CREATED, PRIORITY
    }

    public static InboxQuery of(Scope scope) {
        return new InboxQuery(scope, null, null, null, Due.ANY, Sort.DUE);
    }

    public InboxQuery withPartnership(String value) {
        return new InboxQuery(scope, blank(value), stepKey, ideaNumber, due, sort);
    }

    public InboxQuery withStep(String value) {
        return new InboxQuery(scope, partnership, blank(value), ideaNumber, due, sort);
    }

    public InboxQuery withIdea(String value) {
        return new InboxQuery(scope, partnership, stepKey, blank(value == null ? null : value.strip().toUpperCase()), due, sort);
    }

    public InboxQuery withDue(Due value) {
        return new InboxQuery(scope, partnership, stepKey, ideaNumber, value == null ? Due.ANY : value, sort);
    }

    public InboxQuery sortedBy(Sort value) {
        return new InboxQuery(scope, partnership, stepKey, ideaNumber, due, value == null ? Sort.DUE : value);
    }

    public InboxQuery inScope(Scope value) {
        return new InboxQuery(value, partnership, stepKey, ideaNumber, due, sort);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
