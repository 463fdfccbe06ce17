package dev.pms.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes problem details from filters, which run before Spring MVC and its advice. */
public final class ProblemWriter {
    /** The detail of a 404 for an address that nothing answers. */
    public static final String NOTHING_HERE = "Nothing is found at this address.";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemWriter() {
    }

    public static void write(HttpServletResponse response, HttpStatus status, String type, String detail) throws IOException {
        write(response, status, type, detail, Map.of());
    }

    /** With extension members after the standard ones, e.g. the {@code policy} a 429 names. */
    public static void write(HttpServletResponse response, HttpStatus status, String type, String detail,
                             Map<String, Object> extensions) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        Map<String, Object> body = body(status, type, detail);
        body.putAll(extensions);
        JSON.writeValue(response.getOutputStream(), body);
    }

    static Map<String, Object> body(HttpStatus status, String type, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", Problems.TYPE_PREFIX + type);
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", detail);
        return body;
    }

    /** Tells the client when it may try again, if the problem says so (the API's and the pages' handlers both). */
    public static void retryAfter(HttpServletResponse response, ProblemException problem) {
        if (problem.retryAfter() != null) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(problem.retryAfter().toSeconds()));
        }
    }
}
