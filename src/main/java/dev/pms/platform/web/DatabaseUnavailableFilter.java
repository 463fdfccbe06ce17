package dev.pms.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import java.io.IOException;

/**
 * Sessions, API tokens and rate limits are read from PostgreSQL in filters, before Spring MVC and its
 * advice. While the database is away they fail there; this filter, ahead of all of them, turns such a
 * failure into the same clean 503 problem the advice gives, instead of a 500 with a stack trace.
 */
class DatabaseUnavailableFilter extends HttpFilter {
    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException | IOException e) {
            if (!DatabaseFailures.isUnavailable(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("Database unavailable: {}", e.getMessage());
            response.reset();
            response.setHeader(HttpHeaders.RETRY_AFTER, "5");
            ProblemWriter.write(response, HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable",
                    "The database is not reachable right now; try again shortly");
        }
    }
}
