package io.fruition.process;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A timer of a pulse round fired because something is due or late; these people should hear of it. {@code what}
 * names the action for an overdue one.
 */
public record PulseDeadlinePassed(Deadline deadline, String partnership, int roundNumber, Set<String> recipients,
        String what) {

    public enum Deadline {
        /** The round closes soon and these members have not answered. */
        ANSWER_REMINDER,
        /** Nobody took the action plan on in time; it went to the supplier's innovation leads. */
        PLAN_NOT_TAKEN_ON,
        /** An agreed action passed its due date. */
        ACTION_OVERDUE
    }

    public PulseDeadlinePassed {
        recipients = Collections.unmodifiableSet(new LinkedHashSet<>(recipients));
    }
}
