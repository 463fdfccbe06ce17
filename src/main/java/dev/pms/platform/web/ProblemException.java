package dev.pms.platform.web;

import org.springframework.http.HttpStatus;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

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

    /** 404 for a thing named in words ("task"), never by its id, which says nothing to a person. */
    public static ProblemException notFound(String thing) {
        return notFoundSaying("This " + thing + " does not exist or was deleted.");
    }

    /** 404 whose detail says more than {@link #notFound(String)} can, e.g. that a workspace may exist for others. */
    public static ProblemException notFoundSaying(String detail) {
        return new ProblemException(HttpStatus.NOT_FOUND, "not-found", detail);
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

    /**
     * What a page shows a person: whole sentences, and for invalid input each field's message without the field's
     * key ("title: …" is for API clients, who also find the key in {@link #errors()}).
     */
    public String forPeople() {
        if (errors.isEmpty()) {
            return sentence(getMessage());
        }
        return errors.stream().map(error -> sentence(error.message())).distinct().collect(Collectors.joining(" "));
    }

    /** Starts with a capital and ends with a full stop, or with the ! ? or … it already has. */
    static String sentence(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            return "Something went wrong.";
        }
        String capital = trimmed.substring(0, 1).toUpperCase(Locale.ROOT) + trimmed.substring(1);
        return capital.matches("(?s).*[.!?…]$") ? capital : capital + ".";
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
