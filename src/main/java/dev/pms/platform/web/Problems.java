package dev.pms.platform.web;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.List;

/** Builds the one error format: RFC 9457 problem details with a stable type and optional field errors. */
public final class Problems {
    public static final String TYPE_PREFIX = "https://pms.dev/problems/";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + type));
        return problem;
    }

    public static ProblemDetail of(HttpStatusCode status, String type, String detail, List<ProblemException.FieldProblem> errors) {
        ProblemDetail problem = of(status, type, detail);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }
}
