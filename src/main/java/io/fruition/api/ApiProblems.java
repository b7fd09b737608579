package io.fruition.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.fruition.idea.Attachments;
import io.fruition.idea.IllegalIdeaTransitionException;
import io.fruition.process.task.TaskActions.TaskNotAvailableException;

import io.fruition.shared.InvalidInputException;
import io.fruition.shared.NotFoundException;
import io.fruition.shared.Outages;

/**
 * Refusals of the JSON API as RFC 9457 problem details: 400 with one entry per field for bad input, 404 for
 * what the caller may not see, 409 for a state that has moved on, 413 for a file too large, 415 for a body of
 * another kind — never a stack trace, never a 500 for bad input.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid input");
        problem.setType(URI.create("https://fruition.io/problems/invalid-input"));
        List<Map<String, String>> errors = new ArrayList<>();
        e.fieldProblems().forEach((field, messages) -> messages.forEach(m -> errors.add(field.isEmpty()
                ? Map.of("message", m) : Map.of("field", field, "message", m))));
        if (errors.isEmpty()) {
            e.problems().forEach(m -> errors.add(Map.of("message", m)));
        }
        problem.setProperty("errors", errors);
        return problem;
    }

    /**
     * A body that is not JSON, or JSON that does not fit the request: a property the contract does not have (they
     * are refused, not ignored, so that a misspelt field is not silently lost), or a value of the wrong kind (a word
     * for a number, a category that does not exist) is named by its path.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("");
            String message;
            if (mismatch instanceof UnrecognizedPropertyException unknown) {
                message = "There is no property '" + unknown.getPropertyName() + "' here"
                        + (unknown.getKnownPropertyIds() == null || unknown.getKnownPropertyIds().isEmpty() ? "."
                                : "; the properties are " + unknown.getKnownPropertyIds().stream().map(String::valueOf)
                                        .sorted().collect(Collectors.joining(", ")) + ".");
            } else if (mismatch instanceof InvalidFormatException invalid
                    && invalid.getTargetType() != null && invalid.getTargetType().isEnum()) {
                message = "'" + invalid.getValue() + "' is not one of " + Arrays.stream(invalid.getTargetType()
                        .getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", ")) + ".";
            } else {
                message = "This value is not of the right kind" + kind(mismatch.getTargetType()) + ".";
            }
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, field + ": " + message);
            problem.setTitle("Invalid input");
            problem.setType(URI.create("https://fruition.io/problems/invalid-input"));
            problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
            return problem;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request body is not valid JSON for this request.");
        problem.setTitle("Unreadable request");
        return problem;
    }

    private static String kind(Class<?> type) {
        if (type == null) {
            return "";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return " (a number)";
        }
        if (type == String.class) {
            return " (a text)";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return " (a list)";
        }
        if (type == Boolean.class || type == boolean.class) {
            return " (true or false)";
        }
        return "";
    }

    /** A task taken or done meanwhile, an idea that has moved on: the request was fine, the state is not. */
    @ExceptionHandler({TaskNotAvailableException.class, IllegalIdeaTransitionException.class})
    ProblemDetail conflict(IllegalStateException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Conflict");
        return problem;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                "A file may have at most " + Attachments.MAX_BYTES / (1024 * 1024) + " MB.");
        problem.setTitle("Too large");
        problem.setProperty("errors", List.of(Map.of("field", "file", "message", problem.getDetail())));
        return problem;
    }

    @ExceptionHandler({MissingServletRequestPartException.class, MultipartException.class})
    ProblemDetail missingPart(Exception e) {
        String detail = "Send the file as multipart/form-data in a part named 'file'.";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid input");
        problem.setProperty("errors", List.of(Map.of("field", "file", "message", detail)));
        return problem;
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        String wanted = e.getSupportedMediaTypes().isEmpty() ? "application/json"
                : e.getSupportedMediaTypes().stream().map(Object::toString).collect(Collectors.joining(" or "));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Send the body as " + wanted + ".");
        problem.setTitle("Unsupported media type");
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).headers(e.getHeaders()).body(problem);
    }

    /**
     * Anything else: 503 while the database is away (nothing was saved, try again shortly), otherwise 500 without
     * any detail of the server; the details go to the log.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (e instanceof ErrorResponse spring) {
            // Spring's own client errors (405, 406, 404 ...) keep their answers and headers.
            return ResponseEntity.status(spring.getStatusCode()).headers(spring.getHeaders()).body(spring.getBody());
        }
        if (Outages.databaseUnavailable(e)) {
            LOG.warn("The database is not reachable: {}", e.toString());
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    "The database is not reachable just now; nothing was saved. Try again shortly.");
            problem.setTitle("Service unavailable");
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "30").body(problem);
        }
        LOG.error("The JSON API failed", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on the server; it has been logged.");
        problem.setTitle("Internal error");
        return ResponseEntity.internalServerError().body(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "'" + e.getValue() + "' is not a valid value for " + e.getName() + ".");
        problem.setTitle("Invalid input");
        String message = e.getRequiredType() != null && e.getRequiredType().isEnum()
                ? "'" + e.getValue() + "' is not one of " + Arrays.stream(e.getRequiredType().getEnumConstants())
                        .map(String::valueOf).collect(Collectors.joining(", ")) + "."
                : "'" + e.getValue() + "' is not valid" + kind(e.getRequiredType()) + ".";
        problem.setProperty("errors", List.of(Map.of("field", e.getName(), "message", message)));
        return problem;
    }
}
