package dev.pms.platform.observability;

/** The MDC keys PMS sets; structured (JSON) logs carry them as fields of every line. */
final class Mdc {
    static final String REQUEST_ID = "request_id";
    static final String USER_ID = "user_id";
    static final String WORKSPACE_ID = "workspace_id";

    private Mdc() {
    }
}
