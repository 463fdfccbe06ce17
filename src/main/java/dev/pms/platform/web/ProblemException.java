package dev.pms.platform.web;

import org.springframework.http.HttpStatus;

import java.util.List;

/**
 * A failure that the client caused or can act on; the advice turns it into RFC 9457 problem details.
 * {@code type} is a stable slug that clients may switch on.
 */
public class ProblemException extends RuntimeException {
    private final HttpStatus status;
    private final String type;
    private final List<FieldProblem> errors;

    public ProblemException(HttpStatus status, String type, String detail, List<FieldProblem> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.errors = List.copyOf(errors);
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

    public HttpStatus status() {
        return status;
    }

    public String type() {
        return type;
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    /** One field that failed validation: its name (a JSON path) and what is wrong with it. */
    public record FieldProblem(String field, String message) {
    }
}
