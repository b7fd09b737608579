package io.fruition.process.engine;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;

import io.fruition.shared.InvalidInputException;

/**
 * A request to the engine that Fruition's rules refuse, with the HTTP status it means. It is a
 * {@link BadUserRequestException}, so that Camunda's own webapps answer it as a client error (400) too; the
 * engine's REST API answers it with its own status ({@link EngineProblems}).
 */
public class EngineRefusal extends BadUserRequestException {

    private final int status;

    EngineRefusal(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** Input the task's form or a feature's rules refuse; the refusal keeps the problems of each field. */
    static EngineRefusal invalid(InvalidInputException refusal) {
        return new EngineRefusal(400, refusal.getMessage(), refusal);
    }

    /** The task exists, but someone else holds it. */
    static EngineRefusal conflict(String message) {
        return new EngineRefusal(409, message, null);
    }

    public int status() {
        return status;
    }

    /**
     * A step's bean refused the input: the engine wraps that refusal (an expression's exception becomes a
     * {@link ProcessEngineException}); the refusal itself says what is wrong.
     */
    public static RuntimeException unwrap(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof EngineRefusal refusal) {
                return refusal;
            }
            if (cause instanceof InvalidInputException refusal) {
                return refusal;
            }
        }
        return e;
    }
}
