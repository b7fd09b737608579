package io.fruition.api;

import io.fruition.idea.IdeaQuery;
import io.fruition.process.task.InboxQuery;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The lists' choices under names of their own in the contract: the features' enums are nested and share simple
 * names (an idea list's Sort, the inbox's Sort), which would be one schema for a generated client. Each maps to the
 * feature's by name.
 */
final class ApiOrders {

    private ApiOrders() {
    }

    @Schema(description = "The order of a list of ideas: newest first, highest mutual value, most supporters, "
            + "longest in their current step.")
    enum IdeaOrder {
        NEWEST, MUTUAL_VALUE, SUPPORTERS, LONGEST_IN_STEP;

        IdeaQuery.Sort sort() {
            return IdeaQuery.Sort.valueOf(name());
        }
    }

    @Schema(description = "Which tasks: WORK, yours and offered to you; MINE, assigned to you; OFFERED, not yet "
            + "claimed; ALL, every open task of your partnerships.")
    enum TaskScope {
        WORK, MINE, OFFERED, ALL;

        InboxQuery.Scope scope() {
            return InboxQuery.Scope.valueOf(name());
        }
    }

    @Schema(description = "Tasks by due date: any, overdue, due this week.")
    enum TaskDue {
        ANY, OVERDUE, THIS_WEEK;

        InboxQuery.Due due() {
            return InboxQuery.Due.valueOf(name());
        }
    }

    @Schema(description = "The order of a list of tasks: soonest due, newest, highest priority first.")
    enum TaskOrder {
        DUE, CREATED, PRIORITY;

        InboxQuery.Sort sort() {
            return InboxQuery.Sort.valueOf(name());
        }
    }
}
