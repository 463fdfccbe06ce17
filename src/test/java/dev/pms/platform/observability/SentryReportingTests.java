package dev.pms.platform.observability;

import dev.pms.support.Api;
import dev.pms.support.OutsideServicesTest;
import dev.pms.support.Response;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With SENTRY_DSN set, a 500 reaches Sentry (here a local HTTP endpoint standing in for it) with the request id and
 * without the user's email; a 404 does not.
 */
class SentryReportingTests extends OutsideServicesTest {

    @Test
    void aForcedServerErrorReachesSentryWithTheRequestIdAndWithoutTheEmail() throws Exception {
        SENTRY.clear();
        Api ann = signUp("Ann Example");
        assertThat(ann.get("/api/v1/workspaces/00000000-0000-0000-0000-000000000000").status()).isEqualTo(404);
        Response failed = ann.get(FAILING_PATH + "?note=" + ann.email(), "X-Request-Id", "req-sentry-test-1");
        assertThat(failed.status()).isEqualTo(500);

        String event = SENTRY.nextEvent();
        assertThat(event).contains("req-sentry-test-1").contains("IllegalStateException").contains("forced failure");
        assertThat(event).doesNotContain(ann.email()).doesNotContain(ann.email().toLowerCase());
        assertThat(SENTRY.nextEvent(2)).as("only the one error; the 404 was not sent").isNull();
    }
}
