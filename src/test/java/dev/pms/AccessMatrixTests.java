package dev.pms;

import dev.pms.support.Slow;
import dev.pms.AccessTable.Row;
import dev.pms.support.Api;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Response;
import dev.pms.support.Team;
import dev.pms.support.Team.Seat;
import dev.pms.support.UnguardedController;
import dev.pms.workspace.RequiresPermission;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every /api/v1 endpoint and every page under /w/{workspaceId} × every role, an outsider and nobody signed in,
 * against the statuses of {@link AccessTable} (DESIGN §4 by hand). A route without a row, or a workspace route
 * without {@code @RequiresPermission}, fails the walks below; one that forgot it is refused ({@link UnguardedController}).
 */
@Slow
class AccessMatrixTests extends IntegrationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersEachCallerAsDesigned() {
        return tests(AccessTable.api());
    }

    @TestFactory
    Stream<DynamicTest> everyPageAnswersEachCallerAsDesigned() {
        return tests(AccessTable.pages());
    }

    private Stream<DynamicTest> tests(List<Row> rows) {
        Team shared = Team.create(port);
        List<DynamicTest> tests = new ArrayList<>();
        for (Row row : rows) {
            for (Seat seat : AccessTable.CALLERS) {
                tests.add(DynamicTest.dynamicTest(row.method() + " " + row.pattern() + " as " + (seat == null ? "ANONYMOUS" : seat),
                        () -> check(row, seat, row.fresh() && allowed(row, seat) ? Team.create(port) : shared)));
            }
        }
        return tests.stream();
    }

    /**
     * Whether the caller's call is meant to go through. Only such a call of an isolated row (delete, transfer, leave)
     * changes the team, so only it needs a fresh one; a refused call runs on the shared team, where a refusal that
     * changed something anyway would fail the rows after it.
     */
    private static boolean allowed(Row row, Seat seat) {
        return seat != null && row.expected(seat) < 400;
    }

    private void check(Row row, Seat seat, Team team) {
        // this test is about roles, not rate limits: every call starts with fresh buckets
        jdbc.sql("delete from rate_limit_buckets").update();
        Api caller = seat == null ? anonymous() : team.get(seat);
        if (seat == null && row.page()) {
            caller.get("/signin"); // a browser has the CSRF cookie of the sign-in page, so it is the session that is missing
        }
        Response response = row.call().apply(caller, team);
        assertThat(response.status()).as(row.method() + " " + row.pattern() + " as " + seat + ": " + response.body())
                .isEqualTo(row.expected(seat));
        if (seat == null && row.page()) {
            assertThat(response.header("Location")).contains("/signin");
        }
    }

    @Test
    void everyApiEndpointAndPageRouteHasARow() {
        Set<String> covered = new TreeSet<>();
        Stream.concat(AccessTable.api().stream(), AccessTable.pages().stream()).forEach(r -> covered.add(r.method() + " " + r.pattern()));
        Set<String> routes = new TreeSet<>();
        handlers().forEach((info, handler) -> {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/v1/") || pattern.startsWith("/w/")) {
                    info.getMethodsCondition().getMethods().forEach(m -> routes.add(m.name() + " " + pattern));
                }
            }
        });
        assertThat(routes).as("the walk sees the routes").hasSizeGreaterThan(60);
        assertThat(covered).containsAll(routes);
    }

    @Test
    void everyWorkspaceRouteNamesThePermissionItNeeds() {
        List<String> unguarded = new ArrayList<>();
        handlers().forEach((info, handler) -> {
            boolean workspaceRoute = info.getPatternValues().stream().anyMatch(p -> p.contains("{workspaceId}"));
            if (workspaceRoute && !handler.hasMethodAnnotation(RequiresPermission.class)) {
                unguarded.add(handler.toString());
            }
        });
        assertThat(unguarded).isEmpty();
    }

    @Test
    void aWorkspaceRouteWithoutRequiresPermissionIsRefusedToEveryoneAndNeverRuns() {
        Team team = Team.create(port);
        for (Seat seat : List.of(Seat.OWNER, Seat.VIEWER, Seat.OUTSIDER)) {
            Response api = team.get(seat).get(team.path(UnguardedController.PATH));
            assertThat(api.status()).as(seat + ": " + api).isEqualTo(403);
            assertThat(api.header("Content-Type")).startsWith("application/problem+json");
            assertThat(api.get("detail")).isEqualTo("This action is not available.");
            Response page = team.get(seat).get("/w/" + team.workspaceId + UnguardedController.PATH);
            assertThat(page.status()).as(seat + ": " + page).isEqualTo(403);
            assertThat(page.header("Content-Type")).startsWith("text/html");
        }
        assertThat(UnguardedController.calls()).isZero();
    }

    /** The application's handlers, without the one this test adds on purpose. */
    private Map<RequestMappingInfo, HandlerMethod> handlers() {
        Map<RequestMappingInfo, HandlerMethod> handlers = new java.util.LinkedHashMap<>(handlerMapping.getHandlerMethods());
        handlers.values().removeIf(h -> h.getBeanType().getEnclosingClass() == UnguardedController.class);
        return handlers;
    }
}
