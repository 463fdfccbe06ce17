package dev.pms.platform.web;

import org.junit.jupiter.api.Test;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class RouteIndexTests {
    private static final List<String> PATTERNS = List.of(
            "/api/v1/workspaces/{workspaceId}/tasks", "/api/v1/workspaces/{workspaceId}/tasks/{taskId}",
            "/api/v1/workspaces/{workspaceId}/tasks/{taskId}/comments", "/api/v1/workspaces/{workspaceId}/projects/{projectId}/board",
            "/api/v1/workspaces/{workspaceId}/my-tasks", "/api/v1/me", "/w/{workspaceId}/t/{key}", "/w/{workspaceId}",
            "/exports/{name}.csv", "/js/**", "/files/{*path}", "/", "/api/v1/items/{id:[0-9]+}", "/a*c/x", "/api/v1/me/tokens/{id}");
    private static final PathPatternParser PARSER = new PathPatternParser();

    @Test
    void everyPatternThatMatchesAPathIsACandidateForIt() {
        RouteIndex<String> index = index();
        for (String path : List.of("/api/v1/workspaces/ws/tasks", "/api/v1/workspaces/ws/tasks/t1", "/api/v1/workspaces/tasks/tasks/tasks",
                "/api/v1/workspaces/ws/tasks/t1/comments", "/api/v1/workspaces/ws/projects/p/board", "/api/v1/workspaces/ws/my-tasks",
                "/api/v1/me", "/api/v1/me/tokens/x", "/w/ws/t/WEB-12", "/w/ws", "/exports/all.csv", "/js/a/b.js", "/files/a/b/c",
                "/api/v1/items/42", "/abc/x", "/aXYc/x", "/api/v1/workspaces/a%20b/tasks", "/api/v1/me;jsessionid=1", "/nowhere")) {
            PathContainer container = PathContainer.parsePath(path);
            Set<String> candidates = index.candidates(container);
            Set<String> matching = PATTERNS.stream().filter(p -> PARSER.parse(p).matches(container)).collect(Collectors.toSet());
            assertThat(candidates).as(path).containsAll(matching);
        }
    }

    @Test
    void aPathIsMatchedAgainstTheRoutesOfItsLiteralSegmentsAndTheWildOnesOnly() {
        Set<String> candidates = index().candidates(PathContainer.parsePath("/api/v1/workspaces/ws/tasks/t1"));
        assertThat(candidates).containsExactlyInAnyOrder("/api/v1/workspaces/{workspaceId}/tasks/{taskId}",
                "/js/**", "/files/{*path}", "/", "/api/v1/items/{id:[0-9]+}");
        assertThat(index().candidates(PathContainer.parsePath("/nowhere/at/all"))).doesNotContain("/w/{workspaceId}");
    }

    @Test
    void aPathWithAnEmptySegmentOrNoneIsNotNarrowed() {
        for (String path : List.of("/api/v1/me/", "/api//v1/me", "//api/v1/me", "api/v1/me", "", "/")) {
            assertThat(index().candidates(PathContainer.parsePath(path))).as(path).isNull();
        }
    }

    @Test
    void patternsThatSpanSegmentsOrAreNotModelledAreCandidatesEverywhere() {
        assertThat(RouteIndex.segments("/js/**")).isNull();
        assertThat(RouteIndex.segments("/files/{*path}")).isNull();
        assertThat(RouteIndex.segments("/")).isNull();
        assertThat(RouteIndex.segments("/api/v1/items/{id:[0-9]+}")).isNull();
        assertThat(RouteIndex.segments("/a/")).isNull();
        assertThat(RouteIndex.segments("/w/{workspaceId}/t/{key}")).containsExactly("w", "{workspaceId}", "t", "{key}");
    }

    private static RouteIndex<String> index() {
        RouteIndex<String> index = new RouteIndex<>();
        PATTERNS.forEach(pattern -> index.add(pattern, List.of(pattern)));
        for (String pattern : PATTERNS) {
            PathPattern parsed = PARSER.parse(pattern);
            assertThat(parsed.getPatternString()).isEqualTo(pattern);
        }
        return index;
    }
}
