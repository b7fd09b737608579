package io.fruition.idea.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

import io.fruition.shared.InvalidInputException;
import io.fruition.shared.NotFoundException;
import io.fruition.shared.Outages;

/**
 * Refusals of the JSON API as RFC 9457 problem details: 400 with one entry per field for bad input, 404 for
 * what the caller may not see — never a stack trace, never a 500 for bad input.
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
        e.fieldProblems().forEach((field, messages) -> messages.forEach(m -> errors.add(Map.of("field", field, "message", m))));
        if (errors.isEmpty()) {
            e.problems().forEach(m -> errors.add(Map.of("message", m)));
        }
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request body is not valid JSON for this request.");
        problem.setTitle("Unreadable request");
        return problem;
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail mediaType(HttpMediaTypeNotSupportedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Send the body as application/json.");
        problem.setTitle("Unsupported media type");
        return problem;
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
        problem.setProperty("errors", List.of(Map.of("field", e.getName(), "message", "'" + e.getValue() + "' is not valid")));
        return problem;
    }
}
