package io.fruition.process.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.annotation.Priority;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

import io.fruition.security.SignInThrottledException;
import io.fruition.shared.InvalidInputException;
import io.fruition.shared.Outages;

/**
 * Every error of the engine's REST API as RFC 9457 problem details: the right 4xx for what the caller got wrong
 * (missing → 404, someone else holds it → 409, wrong content type → 415, bad input → 400 with one entry per field),
 * 403 for what their role does not allow, 503 while the database is away, and never a Java class name or a stack
 * trace. {@code message} repeats {@code detail} for clients written against Camunda's own error format.
 */
public class EngineProblems implements ExceptionMapper<Throwable> {

    static final MediaType PROBLEM = MediaType.valueOf("application/problem+json");
    private static final Logger LOG = LoggerFactory.getLogger(EngineProblems.class);
    /** A Java class name or a stack frame in an exception's message: the caller must not see those. */
    private static final Pattern INTERNALS = Pattern.compile(
            "(\\b[a-z][a-z0-9_]*\\.){2,}[A-Z]\\w*|\\bat [\\w.$]+\\(|Exception\\b|\\bnull\\b");

    private static final String RETRY_AFTER = "retryAfter";
    /** How the engine's tenant check words a refusal (ENGINE-13034 and its kin). */
    private static final String NO_TENANT = "belongs to no authenticated tenant";

    @Override
    public Response toResponse(Throwable thrown) {
        Map<String, Object> problem = problemFor(thrown);
        Response.ResponseBuilder response = Response.status((int) problem.get("status")).type(PROBLEM).entity(problem);
        if (problem.containsKey(RETRY_AFTER)) {
            response.header("Retry-After", problem.get(RETRY_AFTER));
        }
        return response.build();
    }

    static Map<String, Object> problemFor(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (String.valueOf(cause.getMessage()).contains(NO_TENANT)) {
                // Another partnership's instance or job: reported like a missing one, so its existence does not leak.
                return problem(404, "Not found", "There is nothing with that id in your partnerships.");
            }
        }
        InvalidInputException invalid = find(thrown, InvalidInputException.class);
        if (invalid != null) {
            Map<String, Object> problem = problem(400, "Invalid input", invalid.getMessage());
            List<Map<String, String>> errors = new ArrayList<>();
            invalid.fieldProblems().forEach((field, messages) -> messages
                    .forEach(m -> errors.add(Map.of("field", field, "message", m))));
            if (errors.isEmpty()) {
                invalid.problems().forEach(m -> errors.add(Map.of("message", m)));
            }
            problem.put("errors", errors);
            return problem;
        }
        SignInThrottledException throttled = find(thrown, SignInThrottledException.class);
        if (throttled != null) {
            Map<String, Object> problem = problem(429, "Too many sign-in attempts", throttled.getMessage());
            problem.put(RETRY_AFTER, throttled.retryAfterSeconds());
            return problem;
        }
        if (thrown instanceof EngineRefusal refusal) {
            return problem(refusal.status(), refusal.status() == 409 ? "Conflict" : "Refused", refusal.getMessage());
        }
        if (thrown instanceof AuthorizationException denied) {
            // In words, without the engine's resource ids: what the caller lacks, not where it is kept.
            String needs = denied.getMissingAuthorizations().stream()
                    .map(m -> "'" + m.getViolatedPermissionName() + "' on " + m.getResourceType())
                    .distinct().collect(Collectors.joining(" or "));
            // A refusal without missing authorizations is one of ours, already in words.
            return problem(403, "Forbidden", needs.isEmpty() ? thrown.getMessage()
                    : "You are not allowed to do this: it needs " + needs + ".");
        }
        if (thrown instanceof MismatchingMessageCorrelationException) {
            // The same answer whether no instance waits or one waits in another partnership.
            return problem(400, "Bad request", "No process in your partnerships waits for this message with these keys.");
        }
        if (thrown instanceof NotFoundException) {
            return problem(404, "Not found", thrown.getMessage());
        }
        if (thrown instanceof TaskAlreadyClaimedException || thrown instanceof OptimisticLockingException) {
            return problem(409, "Conflict", thrown instanceof OptimisticLockingException
                    ? "Someone changed this at the same moment; read it again and retry." : thrown.getMessage());
        }
        if (thrown instanceof NullValueException && String.valueOf(thrown.getMessage()).startsWith("Cannot find")) {
            return problem(404, "Not found", thrown.getMessage());
        }
        if (thrown instanceof BadUserRequestException || thrown instanceof NullValueException) {
            return problem(400, "Bad request", thrown.getMessage());
        }
        if (thrown instanceof RestException rest) {
            // The REST resources wrap the engine's exception (often as a 500); the engine's exception says what it is.
            ProcessEngineException cause = find(rest.getCause(), ProcessEngineException.class);
            if (cause != null) {
                return problemFor(cause);
            }
            if (rest.getStatus() != null && rest.getStatus().getStatusCode() < 500) {
                return problem(rest.getStatus().getStatusCode(), rest.getStatus().getReasonPhrase(), rest.getMessage());
            }
        }
        if (thrown instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            return problem(status, Response.Status.fromStatusCode(status) == null ? "Bad request"
                    : Response.Status.fromStatusCode(status).getReasonPhrase(), webMessage(status));
        }
        if (thrown instanceof IllegalArgumentException) {
            // The REST layer's own checks of what it was sent (a typed value it cannot build, an unknown type).
            return problem(400, "Bad request", thrown.getMessage());
        }
        if (failedReadingTheRequest(thrown)) {
            // A body of null, a type name of "": the REST layer trips over what it was sent before the engine is
            // asked anything. The caller's mistake, so a 400; logged in case it was ours after all.
            LOG.warn("The engine's REST layer could not read a request: {}", thrown.toString());
            return problem(400, "Bad request", "The request is not valid for this resource.");
        }
        if (find(thrown, JsonProcessingException.class) != null) {
            return problem(400, "Bad request", "The request body is not valid JSON for this request.");
        }
        if (Outages.databaseUnavailable(thrown)) {
            LOG.warn("The database did not answer a REST request: {}", thrown.toString());
            return problem(503, "Service unavailable", "The database is not reachable just now; try again shortly.");
        }
        LOG.error("The engine's REST API failed", thrown);
        return problem(500, "Internal error", "Something went wrong on the server; it has been logged.");
    }

    /**
     * Whether a programming error (a null, an index, a cast, a number) was raised in the REST layer's own classes,
     * where requests are turned into the engine's calls, rather than in the engine or in our code.
     */
    static boolean failedReadingTheRequest(Throwable thrown) {
        if (!(thrown instanceof NullPointerException || thrown instanceof IndexOutOfBoundsException
                || thrown instanceof ClassCastException || thrown instanceof UnsupportedOperationException)) {
            return false;
        }
        for (StackTraceElement frame : thrown.getStackTrace()) {
            String type = frame.getClassName();
            if (type.startsWith("org.camunda.bpm.engine.rest.")) {
                return true;
            }
            if (type.startsWith("org.camunda.") || type.startsWith("io.fruition.")) {
                return false;
            }
        }
        return false;
    }

    private static String webMessage(int status) {
        return switch (status) {
            case 404 -> "There is no such resource.";
            case 405 -> "This resource does not take that method.";
            case 406 -> "This resource cannot answer in the format asked for.";
            case 415 -> "This resource does not take that content type; send application/json.";
            default -> "The request is not valid.";
        };
    }

    private static Map<String, Object> problem(int status, String title, String detail) {
        String shown = detail == null || detail.isBlank() || INTERNALS.matcher(detail).find()
                ? title + "." : detail;
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", shown);
        problem.put("message", shown);
        return problem;
    }

    /**
     * Jersey's Jackson support answers unreadable JSON itself, as text with Jackson's message; these take
     * precedence over it for exactly those exceptions and answer like every other error.
     */
    @Priority(1)
    public static class UnreadableJson implements ExceptionMapper<JsonParseException> {
        @Override
        public Response toResponse(JsonParseException thrown) {
            return new EngineProblems().toResponse(thrown);
        }
    }

    @Priority(1)
    public static class UnmappableJson implements ExceptionMapper<JsonMappingException> {
        @Override
        public Response toResponse(JsonMappingException thrown) {
            return new EngineProblems().toResponse(thrown);
        }
    }

    private static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }
}
