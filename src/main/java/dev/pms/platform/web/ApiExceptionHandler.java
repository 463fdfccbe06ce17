package dev.pms.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.List;

/** Maps every failure to problem details: client mistakes to 4xx with a useful detail, never a stack trace. */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> problem(ProblemException e, HttpServletResponse response) {
        ProblemWriter.retryAfter(response, e);
        return respond(Problems.of(e.status(), e.type(), e.getMessage(), e.errors()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        String detail = "'" + e.getValue() + "' is not a valid value for " + e.getName();
        return respond(Problems.of(HttpStatus.BAD_REQUEST, "invalid-input", detail,
                List.of(new ProblemException.FieldProblem(e.getName(), "invalid value"))));
    }

    /** A multipart body cut short or not well formed (an upload too large is MaxUploadSizeExceededException: 413). */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> unreadableUpload(MultipartException e) {
        return respond(Problems.of(HttpStatus.BAD_REQUEST, "unreadable-upload",
                "The upload could not be read: its body ended early or is not valid multipart/form-data; nothing was stored"));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e) {
        log.info("Integrity violation answered with 409: {}", e.getMostSpecificCause().getMessage());
        return respond(Problems.of(HttpStatus.CONFLICT, "conflict",
                "The change conflicts with data stored meanwhile; reload and try again"));
    }

    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessException.class,
            CannotCreateTransactionException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable(Exception e) {
        if (e instanceof PessimisticLockingFailureException) {
            return respond(Problems.of(HttpStatus.CONFLICT, "conflict", "Another change to the same data won; try again"));
        }
        if (e instanceof CannotCreateTransactionException && !DatabaseFailures.isUnavailable(e)) {
            return unexpected(e);
        }
        log.warn("Database unavailable: {}", e.getMessage());
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable",
                "The database is not reachable right now; try again shortly");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5").body(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (DatabaseFailures.isUnavailable(e)) {
            return databaseUnavailable(new DataAccessResourceFailureException(e.getMessage(), e));
        }
        log.error("Unexpected failure", e);
        return respond(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "Something went wrong on our side; it has been logged"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<ProblemException.FieldProblem> errors = e.getBindingResult().getFieldErrors().stream()
                .map(ApiExceptionHandler::fieldProblem).collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
        e.getBindingResult().getGlobalErrors().forEach(g ->
                errors.add(new ProblemException.FieldProblem(g.getObjectName(), g.getDefaultMessage())));
        return problemResponse(Problems.of(HttpStatus.BAD_REQUEST, "invalid-input", describe(errors), errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e, HttpHeaders headers,
                                                                            HttpStatusCode status, WebRequest request) {
        List<ProblemException.FieldProblem> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err -> new ProblemException.FieldProblem(
                        r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
                .toList();
        return problemResponse(Problems.of(HttpStatus.BAD_REQUEST, "invalid-input", describe(errors), errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        return problemResponse(Problems.of(HttpStatus.BAD_REQUEST, "unreadable-body", JsonErrors.describe(e)));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
            problem.setType(java.net.URI.create(Problems.TYPE_PREFIX + slug(status)));
        }
        return response;
    }

    private static String slug(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "error" : known.name().toLowerCase().replace('_', '-');
    }

    private static ProblemException.FieldProblem fieldProblem(FieldError error) {
        String message = error.isBindingFailure()
                ? "'" + error.getRejectedValue() + "' is not a valid value" : error.getDefaultMessage();
        return new ProblemException.FieldProblem(error.getField(), message);
    }

    private static String describe(List<ProblemException.FieldProblem> errors) {
        return errors.isEmpty() ? "The request is invalid" : errors.stream()
                .map(p -> p.field() + ": " + p.message()).reduce((a, b) -> a + "; " + b).orElseThrow();
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    private static ResponseEntity<Object> problemResponse(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
