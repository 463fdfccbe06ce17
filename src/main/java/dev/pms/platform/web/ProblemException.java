package dev.pms.platform.web;

import org.springframework.http.HttpStatus;

import java.time.Duration;
import java.util.List;

/**
 * A failure that the client caused or can act on; the advice turns it into RFC 9457 problem details.
 * {@code type} is a stable slug that clients may switch on.
 */
public class ProblemException extends RuntimeException {
    private final HttpStatus status;
    private final String type;
    private final List<FieldProblem> errors;
    private final Duration retryAfter;

    public ProblemException(HttpStatus status, String type, String detail, List<FieldProblem> errors) {
        this(status, type, detail, errors, null);
    }

    private ProblemException(HttpStatus status, String type, String detail, List<FieldProblem> errors, Duration retryAfter) {
        super(detail);
        this.status = status;
        this.type = type;
        this.errors = List.copyOf(errors);
        this.retryAfter = retryAfter;
    }

    public ProblemException(HttpStatus status, String type, String detail) {
        this(status, type, detail, List.of());
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(HttpStatus.NOT_FOUND, "not-found", what + " " + id + " was not found");
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(HttpStatus.FORBIDDEN, "forbidden", detail);
    }

    public static ProblemException conflict(String type, String detail) {
        return new ProblemException(HttpStatus.CONFLICT, type, detail);
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "invalid-input", field + ": " + message,
                List.of(new FieldProblem(field, message)));
    }

    /** 503: PMS is busy now, and the client may try again after {@code retryAfter} (sent as Retry-After). */
    public static ProblemException busy(String type, String detail, Duration retryAfter) {
        return new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, type, detail, List.of(), retryAfter);
    }

    /** 429: the client has too much running at once; it may try again after {@code retryAfter} (sent as Retry-After). */
    public static ProblemException tooManyRequests(String type, String detail, Duration retryAfter) {
        return new ProblemException(HttpStatus.TOO_MANY_REQUESTS, type, detail, List.of(), retryAfter);
    }

    public HttpStatus status() {
        return status;
    }

    public String type() {
        return type;
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    /** When the client may try again; null when waiting would not help. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** One field that failed validation: its name (a JSON path) and what is wrong with it. */
    public record FieldProblem(String field, String message) {
    }
}
