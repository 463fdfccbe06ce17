package dev.pms.platform.observability;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.HandlerMapping;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class RequestLogFilterTests {
    private final Logger logger = (Logger) LoggerFactory.getLogger("pms.request");
    private final ListAppender<ILoggingEvent> events = new ListAppender<>();

    @BeforeEach
    void capture() {
        events.start();
        logger.addAppender(events);
        logger.setLevel(Level.INFO);
    }

    @AfterEach
    void release() {
        logger.detachAppender(events);
        logger.setLevel(null);
    }

    @Test
    void theLineCarriesIdsInTheMdcAndTheRequestsFiguresAsDistinctKeyValues() throws Exception {
        UUID user = UUID.randomUUID();
        var request = new MockHttpServletRequest("GET", "/api/v1/workspaces/w1/projects");
        request.addHeader("X-Request-Id", "abc");
        request.addHeader("Authorization", "Bearer pms_secret");
        var response = new MockHttpServletResponse();
        new RequestLogFilter(() -> null).doFilter(request, response, new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                req.setAttribute(RequestLogFilter.USER_ATTRIBUTE, user);
                req.setAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, "/api/v1/workspaces/{workspaceId}/projects");
                req.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, Map.of("workspaceId", "w1"));
                ((MockHttpServletResponse) res).setStatus(200);
            }
        });

        assertThat(response.getHeader("X-Request-Id")).isEqualTo("abc");
        ILoggingEvent line = events.list.getFirst();
        assertThat(line.getMDCPropertyMap()).containsEntry("request_id", "abc")
                .containsEntry("user_id", user.toString()).containsEntry("workspace_id", "w1");
        Map<String, Object> pairs = line.getKeyValuePairs().stream().collect(Collectors.toMap(p -> p.key, p -> p.value));
        assertThat(pairs).containsEntry("http.method", "GET").containsEntry("http.status", 200)
                .containsEntry("http.route", "/api/v1/workspaces/{workspaceId}/projects").containsKey("http.duration_ms");
        // structured (JSON) logging refuses a line whose key-value pairs repeat an MDC key
        assertThat(pairs.keySet()).doesNotContainAnyElementsOf(line.getMDCPropertyMap().keySet());
        assertThat(line.getFormattedMessage()).doesNotContain("pms_secret")
                .matches("GET /api/v1/workspaces/\\{workspaceId}/projects 200 \\d+ms request=abc user=" + user + " workspace=w1");
        assertThat(org.slf4j.MDC.getCopyOfContextMap()).isNullOrEmpty();
    }

    @Test
    void aNewRequestIdIsARandomVersion4Uuid() {
        String id = RequestLogFilter.requestId(null);
        UUID parsed = UUID.fromString(id);
        assertThat(parsed.version()).isEqualTo(4);
        assertThat(parsed.variant()).isEqualTo(2);
        assertThat(parsed.toString()).isEqualTo(id);
        assertThat(RequestLogFilter.requestId(null)).isNotEqualTo(id);
    }

    @Test
    void aPlainOfferedIdIsKeptAndAnyOtherReplaced() {
        assertThat(RequestLogFilter.requestId("lb-1234:abc")).isEqualTo("lb-1234:abc");
        assertThat(RequestLogFilter.requestId("evil\nline")).isNotEqualTo("evil\nline").hasSize(36);
        assertThat(RequestLogFilter.requestId("x".repeat(101))).hasSize(36);
    }

    @Test
    void plainIdsAreLettersDigitsAndFewSignsUpToAHundred() {
        assertThat(RequestLogFilter.isPlain("Az09._:=+/-")).isTrue();
        assertThat(RequestLogFilter.isPlain("x".repeat(100))).isTrue();
        assertThat(RequestLogFilter.isPlain("x".repeat(101))).isFalse();
        assertThat(RequestLogFilter.isPlain("")).isFalse();
        for (String unplain : List.of("a b", "a\"b", "a\nb", "a\rb", "a\tb", "a{b}", "é", "a%0A", "a;b", "a\u0000")) {
            assertThat(RequestLogFilter.isPlain(unplain)).as(unplain).isFalse();
        }
    }

    @Test
    void aWorkspaceIdThatIsNotPlainIsWrittenAsInvalid() throws Exception {
        var request = new MockHttpServletRequest("GET", "/api/v1/workspaces/x/projects");
        new RequestLogFilter(() -> null).doFilter(request, new MockHttpServletResponse(), new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                req.setAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, "/api/v1/workspaces/{workspaceId}/projects");
                req.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, Map.of("workspaceId", "w1\nuser=admin"));
                ((MockHttpServletResponse) res).setStatus(200);
            }
        });

        ILoggingEvent line = events.list.getFirst();
        assertThat(line.getMDCPropertyMap()).containsEntry("workspace_id", "invalid");
        assertThat(line.getFormattedMessage()).endsWith(" workspace=invalid").doesNotContain("admin");
    }
}
