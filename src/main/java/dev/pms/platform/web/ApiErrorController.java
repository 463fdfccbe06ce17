package dev.pms.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.Map;

/**
 * The servlet container's own error answers (a request it could not read: a body shorter than its
 * Content-Length, a bad chunked encoding) in our one error format, problem details, instead of Spring Boot's
 * JSON. Error pages for browsers stay as they are.
 */
class ApiErrorController extends BasicErrorController {

    ApiErrorController(ErrorAttributes attributes, ErrorProperties properties, List<ErrorViewResolver> resolvers) {
        super(attributes, properties, resolvers);
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        if (status == HttpStatus.NO_CONTENT) {
            return ResponseEntity.noContent().build();
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemWriter.body(status, slug(status), detail(status)));
    }

    private static String detail(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "The request is not well-formed HTTP (for example its body is shorter than its"
                    + " Content-Length, or it has both Content-Length and Transfer-Encoding).";
            case NOT_FOUND -> ProblemWriter.NOTHING_HERE;
            default -> status.is5xxServerError() ? "Something went wrong on our side; it has been logged." : status.getReasonPhrase() + ".";
        };
    }

    private static String slug(HttpStatus status) {
        return status == HttpStatus.BAD_REQUEST ? "malformed-request" : status.name().toLowerCase().replace('_', '-');
    }
}
