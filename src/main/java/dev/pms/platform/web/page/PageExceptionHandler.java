package dev.pms.platform.web.page;

import dev.pms.platform.web.ProblemException;
import dev.pms.platform.web.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one place where page failures become HTML: a full error page, or for htmx a message swapped into
 * the page's flash area. API controllers keep their problem details (this advice applies to pages only).
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

    @ExceptionHandler(ProblemException.class)
    ModelAndView problem(ProblemException e, HttpServletRequest request, HttpServletResponse response) {
        ProblemWriter.retryAfter(response, e);
        return render(request, response, e.status(), e.forPeople());
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class, BindException.class})
    ModelAndView badInput(Exception e, HttpServletRequest request, HttpServletResponse response) {
        return render(request, response, HttpStatus.BAD_REQUEST, "This address has a value PMS cannot read; check the link.");
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ModelAndView integrity(DataIntegrityViolationException e, HttpServletRequest request, HttpServletResponse response) {
        log.info("Integrity violation on a page: {}", e.getMostSpecificCause().getMessage());
        return render(request, response, HttpStatus.CONFLICT, "Someone changed the same data meanwhile. Reload and try again.");
    }

    /** The client hung up (an event stream's page was closed), or a stream ended with the server: nobody to answer. */
    @ExceptionHandler({AsyncRequestNotUsableException.class, AsyncRequestTimeoutException.class})
    void clientGone() {
        // nothing to write
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) {
        log.error("Unexpected failure on a page", e);
        return render(request, response, HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side. It has been logged; please try again.");
    }

    static ModelAndView render(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String message) {
        response.setStatus(status.value());
        ErrorView view = new ErrorView(Layouts.of(heading(status)), status.value(), heading(status), message);
        if (Htmx.isHtmx(request)) {
            response.setHeader("HX-Retarget", "#flash");
            response.setHeader("HX-Reswap", "innerHTML");
            return Htmx.page("platform/flash", view);
        }
        return Htmx.page("platform/error", view);
    }

    private static String heading(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "Not found";
            case FORBIDDEN -> "Not allowed";
            case CONFLICT -> "Changed meanwhile";
            case BAD_REQUEST -> "That did not work";
            case UNAUTHORIZED -> "Please sign in";
            default -> status.is5xxServerError() ? "Something went wrong" : status.getReasonPhrase();
        };
    }
}
