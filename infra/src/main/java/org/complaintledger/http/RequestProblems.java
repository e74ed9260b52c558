package org.complaintledger.http;

import static org.complaintledger.http.LedgerProblems.invalid;
import static org.complaintledger.http.LedgerProblems.problem;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.complaintledger.http.LedgerProblems.FieldError;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;

/**
 * Requests that cannot be read as the API takes them, as 400 problem details naming each field or parameter in the
 * API's words (never Spring's or Jackson's, which name Java types), or 413 for a body over the limit (docs/api.md,
 * Limits). Ahead of Spring's own problem details, which would answer these too.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestProblems {

    private static final Pattern DUPLICATE_KEY = Pattern.compile("Duplicate Object property \"(.{0,200})\"");

    /** Every invalid field of a body at once (see {@link CommandBodies}). */
    @ExceptionHandler(InvalidRequest.class)
    ProblemDetail invalidRequest(InvalidRequest e) {
        return invalid(e.errors());
    }

    /** A body that is not one JSON object of at most the size allowed, with each key once. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestLimits.BodyTooLarge || ServerLimits.tooManyTokens(cause)) {
                return problem(HttpStatus.CONTENT_TOO_LARGE, "body-too-large", "The request body is too large",
                        RequestLimits.TOO_LARGE);
            }
            Matcher duplicate = DUPLICATE_KEY.matcher(String.valueOf(cause.getMessage()));
            if (cause instanceof JacksonException parsing && duplicate.find()) {
                return invalid(List.of(new FieldError(duplicatePath(parsing, duplicate.group(1)),
                        "appears more than once in its object")));
            }
        }
        return invalid(List.of(new FieldError("body", "must be one well-formed JSON object")));
    }

    /** The duplicate key by its path in the body ({@code complainant.residentName}), as far as the parser tells. */
    private static String duplicatePath(JacksonException e, String name) {
        if (!(e.processor() instanceof JsonParser parser)) {
            return name;
        }
        Deque<String> steps = new ArrayDeque<>();
        for (TokenStreamContext context = parser.streamReadContext(); context != null; context = context.getParent()) {
            if (context.inArray()) {
                steps.push("[" + context.getCurrentIndex() + "]");
            } else if (context.hasCurrentName()) {
                steps.push(context.currentName());
            }
        }
        StringBuilder path = new StringBuilder();
        steps.forEach(step -> path.append(step.startsWith("[") || path.isEmpty() ? "" : ".").append(step));
        return path.toString().endsWith(name) ? path.toString() : name;
    }

    /** A query parameter or path value that is not of its type. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail parameterMismatch(MethodArgumentTypeMismatchException e) {
        return invalid(List.of(new FieldError(e.getName(), ExpectedValues.rule(e.getRequiredType()))));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail parameterMissing(MissingServletRequestParameterException e) {
        return invalid(List.of(new FieldError(e.getParameterName(), "is required")));
    }
}
