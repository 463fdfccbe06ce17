package dev.pms.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import java.io.IOException;

/**
 * Refuses JSON bodies larger than any valid request (a task's 100,000-character description fits well
 * within 2 MB) before reading them. File uploads are multipart and have their own limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class BodySizeLimitFilter extends HttpFilter {
    static final long MAX_JSON_BYTES = 2 * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        boolean multipart = type != null && type.toLowerCase().startsWith("multipart/");
        if (!multipart && request.getContentLengthLong() > MAX_JSON_BYTES) {
            ProblemWriter.write(response, HttpStatus.CONTENT_TOO_LARGE, "body-too-large",
                    "The request body is larger than " + MAX_JSON_BYTES / 1024 / 1024 + " MB");
            return;
        }
        chain.doFilter(request, response);
    }
}
