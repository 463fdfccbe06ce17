package dev.pms.platform.ratelimit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitResponsesTests {
    private final Quota upload = new Quota("upload", "uploads per user", 10, Duration.ofMinutes(5), List.of());
    private final Quota api = new Quota("api", "API calls per user or token", 1200, Duration.ofMinutes(1), List.of());

    @Test
    void draft6DescribesTheQuotaClosestToItsLimit() throws Exception {
        var response = new MockHttpServletResponse();
        boolean allowed = new RateLimitResponses(RateLimitProperties.HeaderStyle.DRAFT_6, new SimpleMeterRegistry())
                .apply(List.of(new Decision(upload, true, 3, 120, 0), new Decision(api, true, 1100, 40, 0)), response);
        assertThat(allowed).isTrue();
        assertThat(response.getHeader("RateLimit-Limit")).isEqualTo("10");
        assertThat(response.getHeader("RateLimit-Remaining")).isEqualTo("3");
        assertThat(response.getHeader("RateLimit-Reset")).isEqualTo("120");
        assertThat(response.getHeader("RateLimit-Policy")).isEqualTo("10;w=300");
        assertThat(response.getHeader("RateLimit")).isNull();
    }

    @Test
    void structuredFieldsNameEveryQuota() throws Exception {
        var response = new MockHttpServletResponse();
        new RateLimitResponses(RateLimitProperties.HeaderStyle.STRUCTURED, new SimpleMeterRegistry())
                .apply(List.of(new Decision(upload, true, 3, 120, 0), new Decision(api, true, 1100, 40, 0)), response);
        assertThat(response.getHeader("RateLimit-Policy")).isEqualTo("\"upload\";q=10;w=300, \"api\";q=1200;w=60");
        assertThat(response.getHeader("RateLimit")).isEqualTo("\"upload\";r=3;t=120, \"api\";r=1100;t=40");
        assertThat(response.getHeader("RateLimit-Limit")).isNull();
    }

    @Test
    void aBrowsersPageGetsItsRefusalAsHtml() throws Exception {
        var request = new org.springframework.mock.web.MockHttpServletRequest("POST", "/signin");
        request.addHeader("Accept", "text/html,application/xhtml+xml");
        var response = new MockHttpServletResponse();
        new RateLimitResponses(RateLimitProperties.HeaderStyle.DRAFT_6, new SimpleMeterRegistry())
                .apply(List.of(new Decision(upload, false, 0, 42, 42)), request, response);
        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(response.getContentType()).startsWith("text/html");
        assertThat(response.getContentAsString()).contains("Too many requests").contains("42 s");
    }

    @Test
    void aRefusalIsA429ProblemWithRetryAfterAndIsCounted() throws Exception {
        var response = new MockHttpServletResponse();
        var meters = new SimpleMeterRegistry();
        boolean allowed = new RateLimitResponses(RateLimitProperties.HeaderStyle.DRAFT_6, meters)
                .apply(List.of(new Decision(upload, false, 0, 42, 42)), response);
        assertThat(allowed).isFalse();
        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(response.getHeader("Retry-After")).isEqualTo("42");
        assertThat(response.getHeader("RateLimit-Remaining")).isEqualTo("0");
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(meters.counter("pms.ratelimit.refusals", "quota", "upload").count()).isEqualTo(1);
    }
}
