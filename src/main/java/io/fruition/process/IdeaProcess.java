package io.fruition.process;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The idea lifecycle process (bpmn/idea-lifecycle.bpmn): its key, the ids of the elements code refers to and
 * its variables, each named once and read with its type.
 */
public final class IdeaProcess {

    public static final String KEY = "idea-lifecycle";

    /** Element ids referred to from code and tests. */
    public static final class Element {
        public static final String SUBMITTED = "StartEvent_IdeaSubmitted";
        public static final String SCREEN_IDEA = "UserTask_ScreenIdea";
        public static final String SCREENING_DECISION = "Gateway_ScreeningDecision";
        public static final String ACCEPTED = "EndEvent_AcceptedForValuation";
        public static final String REJECTED = "EndEvent_Rejected";

        private Element() {
        }
    }

    /** Variable names. */
    public static final class Var {
        public static final String IDEA_ID = "ideaId";
        public static final String IDEA_NUMBER = "ideaNumber";
        public static final String IDEA_TITLE = "ideaTitle";
        public static final String PARTNERSHIP = "partnership";
        public static final String SUBMITTER = "submitter";
        public static final String SCREENING_DECISION = "screeningDecision";
        public static final String REJECTION_REASON = "rejectionReason";
        public static final String SCREENING_NOTE = "screeningNote";

        private Var() {
        }
    }

    /** The values the screening form offers for {@link Var#SCREENING_DECISION}. */
    public enum ScreeningDecision {
        ACCEPT, REJECT
    }

    private IdeaProcess() {
    }

    public static long ideaId(VariableScope scope) {
        Object value = scope.getVariable(Var.IDEA_ID);
        if (value instanceof Number number) {
            return number.longValue();
        }
        throw new IllegalStateException("The process has no idea id.");
    }

    public static String partnership(VariableScope scope) {
        return (String) scope.getVariable(Var.PARTNERSHIP);
    }
}
