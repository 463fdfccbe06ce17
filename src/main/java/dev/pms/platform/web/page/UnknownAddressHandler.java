package dev.pms.platform.web.page;

import dev.pms.platform.web.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address that no controller and no file answers (a typo, a guessed /w/{id}/board): the HTML 404 page for
 * people, problem details under /api. No controller is involved, so {@link PageExceptionHandler}, which applies
 * to page controllers only, never sees these; this advice applies to every handler and comes first.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnknownAddressHandler {
    static final String MESSAGE = "There is no page at this address. Check the link for a typo, or start again from your workspaces.";

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    ModelAndView notFound(HttpServletRequest request, HttpServletResponse response) {
        if (request.getRequestURI().startsWith("/api/")) {
            return new ModelAndView((model, req, res) ->
                    ProblemWriter.write(res, HttpStatus.NOT_FOUND, "not-found", ProblemWriter.NOTHING_HERE));
        }
        return PageExceptionHandler.render(request, response, HttpStatus.NOT_FOUND, MESSAGE);
    }
}
