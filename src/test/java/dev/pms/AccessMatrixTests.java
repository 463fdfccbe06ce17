package dev.pms;

import dev.pms.imports.Uploads;
import dev.pms.support.Api;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Response;
import dev.pms.support.Team;
import dev.pms.support.Team.Seat;
import dev.pms.workspace.Permission;
import dev.pms.workspace.Role;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every /api/v1 endpoint × every role, a non-member and an anonymous caller, against DESIGN §4:
 * a role with the permission succeeds, one without gets 403, a non-member 404, nobody signed in 401.
 * An endpoint without a row here fails {@link #everyApiEndpointHasARow()}.
 */
class AccessMatrixTests extends IntegrationTest {

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    /** How a row decides who may call it. */
    sealed interface Rule permits Anyone, SignedIn, Needs, InstanceAdmin {
    }

    record Anyone(int status) implements Rule {
    }

    record SignedIn(int success) implements Rule {
    }

    record Needs(Permission permission, int success) implements Rule {
    }

    record InstanceAdmin(int success) implements Rule {
    }

    /** One endpoint: how to call it as someone in a team, the rule, and exceptions to the rule. */
    record Row(String method, String pattern, Rule rule, BiFunction<Api, Team, Response> call,
               Map<Seat, Integer> exceptions, boolean fresh) {
        Row except(Seat seat, int status) {
            var copy = new java.util.EnumMap<Seat, Integer>(Seat.class);
            copy.putAll(exceptions);
            copy.put(seat, status);
            return new Row(method, pattern, rule, call, copy, fresh);
        }

        /** For calls that change the team for everyone after them (delete, transfer): a fresh team per caller. */
        Row isolated() {
            return new Row(method, pattern, rule, call, exceptions, true);
        }

        int expected(Seat seat) {
            if (seat == null) {
                return rule instanceof Anyone anyone ? anyone.status() : 401;
            }
            if (exceptions.containsKey(seat)) {
                return exceptions.get(seat);
            }
            return switch (rule) {
                case Anyone anyone -> anyone.status();
                case SignedIn signedIn -> signedIn.success();
                case InstanceAdmin admin -> seat == Seat.OWNER ? admin.success() : 403;
                case Needs needs -> seat == Seat.OUTSIDER ? 404
                        : Role.valueOf(seat.name()).grants(needs.permission()) ? needs.success() : 403;
            };
        }
    }

    static Row row(String method, String pattern, Rule rule, BiFunction<Api, Team, Response> call) {
        return new Row(method, pattern, rule, call, Map.of(), false);
    }

    static final String WS = "/api/v1/workspaces/{workspaceId}";

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        rows.add(row("POST", "/api/v1/auth/signup", new Anyone(400), (a, t) -> a.post("/api/v1/auth/signup", Map.of())));
        rows.add(row("POST", "/api/v1/auth/signin", new Anyone(400), (a, t) -> a.post("/api/v1/auth/signin", Map.of())));
        rows.add(row("GET", "/api/v1/me", new SignedIn(200), (a, t) -> a.get("/api/v1/me")));
        rows.add(row("POST", "/api/v1/me/tokens", new SignedIn(201), (a, t) -> a.post("/api/v1/me/tokens", Map.of("name", "ci"))));
        rows.add(row("GET", "/api/v1/me/tokens", new SignedIn(200), (a, t) -> a.get("/api/v1/me/tokens")));
        rows.add(row("DELETE", "/api/v1/me/tokens/{tokenId}", new SignedIn(204), (a, t) -> {
            Response created = a.post("/api/v1/me/tokens", Map.of("name", "old"));
            String id = created.status() == 201 ? created.json().get("token").get("id").asString() : "01a22287-0000-7000-8000-000000000000";
            return a.delete("/api/v1/me/tokens/" + id);
        }));
        rows.add(row("GET", "/api/v1/admin/system", new InstanceAdmin(200), (a, t) -> a.get("/api/v1/admin/system")));
        rows.add(row("POST", "/api/v1/workspaces", new SignedIn(201), (a, t) -> a.post("/api/v1/workspaces", Map.of("name", "Mine"))));
        rows.add(row("GET", "/api/v1/workspaces", new SignedIn(200), (a, t) -> a.get("/api/v1/workspaces")));
        rows.add(row("POST", "/api/v1/workspaces/join", new SignedIn(200), (a, t) -> a.post("/api/v1/workspaces/join",
                Map.of("code", t.owner().get(t.path("/invite")).get("code")))).isolated());
        rows.add(row("GET", WS, new Needs(Permission.READ, 200), (a, t) -> a.get(t.path(""))));
        rows.add(row("PATCH", WS, new Needs(Permission.WORKSPACE_RENAME, 200), (a, t) -> a.patch(t.path(""), Map.of("name", "Renamed"))));
        rows.add(row("GET", WS + "/invite", new Needs(Permission.MEMBER_MANAGE, 200), (a, t) -> a.get(t.path("/invite"))));
        rows.add(row("POST", WS + "/invite/reset", new Needs(Permission.MEMBER_MANAGE, 200), (a, t) -> a.post(t.path("/invite/reset"), null)));
        rows.add(row("GET", WS + "/members", new Needs(Permission.READ, 200), (a, t) -> a.get(t.path("/members"))));
        rows.add(row("GET", WS + "/members/{userId}", new Needs(Permission.READ, 200), (a, t) -> a.get(t.path("/members/" + t.owner().userId()))));
        rows.add(row("PATCH", WS + "/members/{userId}", new Needs(Permission.MEMBER_MANAGE, 200),
                (a, t) -> a.patch(t.path("/members/" + newcomer(a, t)), Map.of("role", "MANAGER"))));
        rows.add(row("DELETE", WS + "/members/{userId}", new Needs(Permission.MEMBER_MANAGE, 204),
                (a, t) -> a.delete(t.path("/members/" + newcomer(a, t)))));
        rows.add(row("GET", WS + "/projects", new Needs(Permission.READ, 200), (a, t) -> a.get(t.path("/projects"))));
        rows.add(row("POST", WS + "/projects", new Needs(Permission.PROJECT_WRITE, 201),
                (a, t) -> a.post(t.path("/projects"), Map.of("name", "P " + System.nanoTime()))));
        rows.add(row("GET", WS + "/projects/{projectId}", new Needs(Permission.READ, 200), (a, t) -> a.get(t.path("/projects/" + t.projectId))));
        rows.add(row("PATCH", WS + "/projects/{projectId}", new Needs(Permission.PROJECT_WRITE, 200),
                (a, t) -> a.patch(t.path("/projects/" + t.projectId), Map.of("description", "new words"))));
        rows.add(row("DELETE", WS + "/projects/{projectId}", new Needs(Permission.PROJECT_DELETE, 204), (a, t) -> {
            String project = t.owner().post(t.path("/projects"), Map.of("name", "Doomed " + System.nanoTime())).get("id");
            return a.delete(t.path("/projects/" + project));
        }));
        rows.add(row("GET", WS + "/projects/{projectId}/board", new Needs(Permission.READ, 200),
                (a, t) -> a.get(t.path("/projects/" + t.projectId + "/board"))));
        rows.add(row("POST", WS + "/tasks", new Needs(Permission.TASK_WRITE, 201),
                (a, t) -> a.post(t.path("/tasks"), Map.of("projectId", t.projectId, "title", "New"))));
        rows.add(row("GET", WS + "/tasks", new Needs(Permission.READ, 200), (a, t) -> a.get(t.path("/tasks?status=TODO"))));
        rows.add(row("GET", WS + "/tasks/count", new Needs(Permission.READ, 200), (a, t) -> a.get(t.path("/tasks/count"))));
        rows.add(row("GET", WS + "/tasks/{taskId}", new Needs(Permission.READ, 200), (a, t) -> a.get(t.path("/tasks/" + t.task(t.owner(), "Read me")))));
        rows.add(row("PATCH", WS + "/tasks/{taskId}", new Needs(Permission.TASK_WRITE, 200),
                (a, t) -> a.patch(t.path("/tasks/" + t.task(t.owner(), "Edit me")), Map.of("version", 0, "priority", "HIGH"))));
        rows.add(row("DELETE", WS + "/tasks/{taskId}", new Needs(Permission.TASK_DELETE_OWN, 204),
                (a, t) -> a.delete(t.path("/tasks/" + t.task(t.owner(), "Someone else's"))))
                .except(Seat.MEMBER, 403));
        rows.add(row("POST", WS + "/tasks/{taskId}/move", new Needs(Permission.TASK_WRITE, 200),
                (a, t) -> a.post(t.path("/tasks/" + t.task(t.owner(), "Move me") + "/move"), Map.of("version", 0, "status", "DONE"))));
        rows.add(row("POST", WS + "/tasks/moves", new Needs(Permission.TASK_WRITE, 200),
                (a, t) -> a.post(t.path("/tasks/moves"), Map.of("moves", List.of(
                        Map.of("taskId", t.task(t.owner(), "Bulk"), "version", 0, "status", "IN_PROGRESS"))))));
        rows.add(row("GET", WS + "/my-tasks", new Needs(Permission.READ, 200), (a, t) -> a.get(t.path("/my-tasks"))));
        rows.add(row("GET", WS + "/calendar", new Needs(Permission.READ, 200), (a, t) -> a.get(t.path("/calendar?from=2026-11-01&to=2026-11-30"))));
        rows.add(row("POST", WS + "/imports", new Needs(Permission.IMPORT, 202), (a, t) -> Uploads.upload(a, t.workspaceId,
                "m.csv", Uploads.csv("Title\nMatrix\n"), Map.of("projectId", t.projectId))));
        rows.add(row("GET", WS + "/imports", new Needs(Permission.READ, 200), (a, t) -> a.get(t.path("/imports"))));
        rows.add(row("GET", WS + "/imports/{importId}", new Needs(Permission.READ, 200),
                (a, t) -> a.get(t.path("/imports/" + finishedImport(t)))));
        rows.add(row("GET", WS + "/imports/{importId}/errors", new Needs(Permission.READ, 200),
                (a, t) -> a.get(t.path("/imports/" + finishedImport(t) + "/errors"))));
        // the owner's import: a manager may undo only their own
        rows.add(row("DELETE", WS + "/imports/{importId}", new Needs(Permission.IMPORT_UNDO_OWN, 202),
                (a, t) -> a.delete(t.path("/imports/" + finishedImport(t)))).except(Seat.MANAGER, 403));
        rows.add(row("GET", WS + "/tasks/export", new Needs(Permission.READ, 200), (a, t) -> a.get(t.path("/tasks/export?format=csv"))));
        rows.add(row("POST", WS + "/leave", new Needs(Permission.READ, 204), (a, t) -> a.post(t.path("/leave"), null))
                .except(Seat.OWNER, 409).isolated());
        rows.add(row("POST", WS + "/transfer", new Needs(Permission.WORKSPACE_OWN, 204),
                (a, t) -> a.post(t.path("/transfer"), Map.of("userId", t.get(Seat.ADMIN).userId()))).isolated());
        rows.add(row("DELETE", WS, new Needs(Permission.WORKSPACE_OWN, 204), (a, t) -> a.delete(t.path(""))).isolated());
        rows.add(row("POST", "/api/v1/auth/signout", new SignedIn(204), (a, t) -> a.post("/api/v1/auth/signout", null)).isolated());
        return rows;
    }

    /** An import of the owner's that has ended, so that it can be read or undone. */
    private static String finishedImport(Team team) {
        return Uploads.importFile(team, "done.csv", Uploads.csv("Title\nImported\n")).get("id");
    }

    /** A person who just joined as MEMBER, for calls that change or remove a member. */
    private static String newcomer(Api caller, Team team) {
        Api newcomer = Api.signUp(team.port(), "New Comer");
        newcomer.post("/api/v1/workspaces/join", Map.of("code", team.owner().get(team.path("/invite")).get("code")));
        return newcomer.userId();
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersEachRoleAsDesigned() {
        Team shared = Team.create(port);
        List<DynamicTest> tests = new ArrayList<>();
        for (Row row : rows()) {
            for (Seat seat : callers()) {
                tests.add(DynamicTest.dynamicTest(row.method() + " " + row.pattern() + " as " + (seat == null ? "ANONYMOUS" : seat),
                        () -> check(row, seat, row.fresh() ? Team.create(port) : shared)));
            }
        }
        return tests.stream();
    }

    private void check(Row row, Seat seat, Team team) {
        Api caller = seat == null ? anonymous() : team.get(seat);
        Response response = row.call().apply(caller, team);
        assertThat(response.status()).as(row.method() + " " + row.pattern() + " as " + seat + ": " + response.body())
                .isEqualTo(row.expected(seat));
    }

    /** Least privilege first, so that a call that succeeds for a higher role cannot mask a lower role's refusal. */
    private static List<Seat> callers() {
        List<Seat> seats = new ArrayList<>();
        seats.add(null);
        seats.addAll(List.of(Seat.OUTSIDER, Seat.VIEWER, Seat.MEMBER, Seat.MANAGER, Seat.ADMIN, Seat.OWNER));
        return seats;
    }

    @Test
    void everyApiEndpointHasARow() {
        Set<String> covered = new TreeSet<>();
        rows().forEach(r -> covered.add(r.method() + " " + r.pattern()));
        Set<String> endpoints = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : handlerMapping.getHandlerMethods().entrySet()) {
            for (String pattern : entry.getKey().getPatternValues()) {
                if (pattern.startsWith("/api/v1/")) {
                    entry.getKey().getMethodsCondition().getMethods().forEach(m -> endpoints.add(m.name() + " " + pattern));
                }
            }
        }
        assertThat(covered).containsAll(endpoints);
    }
}
