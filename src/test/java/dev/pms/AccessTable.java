package dev.pms;

import dev.pms.imports.Uploads;
import dev.pms.platform.jdbc.Cursor;
import dev.pms.support.Api;
import dev.pms.support.Response;
import dev.pms.support.Team;
import dev.pms.support.Team.Seat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * DESIGN §4 written out by hand, endpoint by endpoint: the status each caller gets, in the order
 * anonymous, outsider (a member of another workspace), VIEWER, MEMBER, MANAGER, ADMIN, OWNER.
 * Nothing here reads {@code Role}: a wrong grant there makes a row fail.
 */
final class AccessTable {
    /** Callers, least privilege first, so that a call that succeeds for a higher role cannot mask a lower role's refusal. */
    static final List<Seat> CALLERS = java.util.Arrays.asList(null, Seat.OUTSIDER, Seat.VIEWER, Seat.MEMBER, Seat.MANAGER, Seat.ADMIN, Seat.OWNER);
    static final String WS = "/api/v1/workspaces/{workspaceId}";
    static final String PAGE = "/w/{workspaceId}";
    private static final Map<Team, String> READABLE = new java.util.concurrent.ConcurrentHashMap<>();

    private AccessTable() {
    }

    /** One endpoint, how to call it as someone in a team, and the expected status per caller (see {@link #CALLERS}). */
    record Row(String method, String pattern, int[] expected, BiFunction<Api, Team, Response> call, boolean fresh) {
        int expected(Seat seat) {
            return expected[CALLERS.indexOf(seat)];
        }

        /** For calls that change the team for everyone after them (delete, transfer): a fresh team for each caller they are allowed to. */
        Row isolated() {
            return new Row(method, pattern, expected, call, true);
        }

        boolean page() {
            return pattern.startsWith("/w/");
        }
    }

    static Row row(String method, String pattern, int[] expected, BiFunction<Api, Team, Response> call) {
        if (expected.length != CALLERS.size()) {
            throw new IllegalArgumentException(method + " " + pattern + ": one status per caller");
        }
        return new Row(method, pattern, expected, call, false);
    }

    /** anonymous, outsider, viewer, member, manager, admin, owner */
    static int[] is(int... statuses) {
        return statuses;
    }

    static List<Row> api() {
        List<Row> rows = new ArrayList<>();
        //                                                                          anon out  view memb mgr  admn ownr
        rows.add(row("POST", "/api/v1/auth/signup", is(400, 400, 400, 400, 400, 400, 400), (a, t) -> a.post("/api/v1/auth/signup", Map.of())));
        rows.add(row("POST", "/api/v1/auth/signin", is(400, 400, 400, 400, 400, 400, 400), (a, t) -> a.post("/api/v1/auth/signin", Map.of())));
        rows.add(row("GET", "/api/v1/me", is(401, 200, 200, 200, 200, 200, 200), (a, t) -> a.get("/api/v1/me")));
        rows.add(row("POST", "/api/v1/me/tokens", is(401, 201, 201, 201, 201, 201, 201), (a, t) -> a.post("/api/v1/me/tokens", Map.of("name", "ci"))));
        rows.add(row("GET", "/api/v1/me/tokens", is(401, 200, 200, 200, 200, 200, 200), (a, t) -> a.get("/api/v1/me/tokens")));
        rows.add(row("DELETE", "/api/v1/me/tokens/{tokenId}", is(401, 204, 204, 204, 204, 204, 204), (a, t) -> {
            Response created = a.post("/api/v1/me/tokens", Map.of("name", "old"));
            String id = created.status() == 201 ? created.json().get("token").get("id").asString() : UUID.randomUUID().toString();
            return a.delete("/api/v1/me/tokens/" + id);
        }));
        // the team's owner signed up first, so is the instance admin
        rows.add(row("GET", "/api/v1/admin/system", is(401, 403, 403, 403, 403, 403, 200), (a, t) -> a.get("/api/v1/admin/system")));
        rows.add(row("GET", "/api/v1/admin/audit", is(401, 403, 403, 403, 403, 403, 200), (a, t) -> a.get("/api/v1/admin/audit")));
        rows.add(row("POST", "/api/v1/workspaces", is(401, 201, 201, 201, 201, 201, 201), (a, t) -> a.post("/api/v1/workspaces", Map.of("name", "Mine"))));
        rows.add(row("GET", "/api/v1/workspaces", is(401, 200, 200, 200, 200, 200, 200), (a, t) -> a.get("/api/v1/workspaces")));
        rows.add(row("POST", "/api/v1/workspaces/join", is(401, 200, 200, 200, 200, 200, 200), (a, t) -> a.post("/api/v1/workspaces/join",
                Map.of("code", t.owner().get(t.path("/invite")).get("code")))).isolated());
        rows.add(row("GET", WS, is(401, 404, 200, 200, 200, 200, 200), (a, t) -> a.get(t.path(""))));
        rows.add(row("PATCH", WS, is(401, 404, 403, 403, 403, 200, 200), (a, t) -> a.patch(t.path(""), Map.of("name", "Renamed"))));
        rows.add(row("GET", WS + "/invite", is(401, 404, 403, 403, 403, 200, 200), (a, t) -> a.get(t.path("/invite"))));
        rows.add(row("POST", WS + "/invite/reset", is(401, 404, 403, 403, 403, 200, 200), (a, t) -> a.post(t.path("/invite/reset"), null)));
        rows.add(row("DELETE", WS + "/invite", is(401, 404, 403, 403, 403, 204, 204), (a, t) -> a.delete(t.path("/invite"))).isolated());
        rows.add(row("GET", WS + "/invites", is(401, 404, 403, 403, 403, 200, 200), (a, t) -> a.get(t.path("/invites"))));
        rows.add(row("POST", WS + "/invites", is(401, 404, 403, 403, 403, 201, 201),
                (a, t) -> a.post(t.path("/invites"), Map.of("email", "invited@example.com", "role", "MEMBER"))));
        rows.add(row("DELETE", WS + "/invites/{inviteId}", is(401, 404, 403, 403, 403, 204, 204), (a, t) -> a.delete(t.path("/invites/" + invite(t)))));
        rows.add(row("GET", WS + "/members", is(401, 404, 200, 200, 200, 200, 200), (a, t) -> a.get(t.path("/members"))));
        rows.add(row("GET", WS + "/members/{userId}", is(401, 404, 200, 200, 200, 200, 200), (a, t) -> a.get(t.path("/members/" + t.owner().userId()))));
        rows.add(row("PATCH", WS + "/members/{userId}", is(401, 404, 403, 403, 403, 200, 200),
                (a, t) -> a.patch(t.path("/members/" + newcomer(t)), Map.of("role", "MANAGER"))));
        rows.add(row("DELETE", WS + "/members/{userId}", is(401, 404, 403, 403, 403, 204, 204), (a, t) -> a.delete(t.path("/members/" + newcomer(t)))));
        rows.add(row("GET", WS + "/projects", is(401, 404, 200, 200, 200, 200, 200), (a, t) -> a.get(t.path("/projects"))));
        rows.add(row("POST", WS + "/projects", is(401, 404, 403, 403, 201, 201, 201),
                (a, t) -> a.post(t.path("/projects"), Map.of("name", "P " + System.nanoTime()))));
        rows.add(row("GET", WS + "/projects/{projectId}", is(401, 404, 200, 200, 200, 200, 200), (a, t) -> a.get(t.path("/projects/" + t.projectId))));
        rows.add(row("PATCH", WS + "/projects/{projectId}", is(401, 404, 403, 403, 200, 200, 200),
                (a, t) -> a.patch(t.path("/projects/" + t.projectId), Map.of("description", "new words"))));
        rows.add(row("DELETE", WS + "/projects/{projectId}", is(401, 404, 403, 403, 403, 204, 204), (a, t) -> a.delete(t.path("/projects/" + doomedProject(t)))));
        rows.add(row("GET", WS + "/projects/{projectId}/board", is(401, 404, 200, 200, 200, 200, 200),
                (a, t) -> a.get(t.path("/projects/" + t.projectId + "/board"))));
        String states = "/projects/{projectId}/states";
        rows.add(row("GET", WS + states, is(401, 404, 200, 200, 200, 200, 200), (a, t) -> a.get(t.path("/projects/" + t.projectId + "/states"))));
        rows.add(row("POST", WS + states, is(401, 404, 403, 403, 201, 201, 201), (a, t) -> a.post(t.path("/projects/" + t.projectId + "/states"),
                Map.of("name", "S " + System.nanoTime(), "category", "IN_REVIEW"))));
        rows.add(row("PATCH", WS + states + "/{stateId}", is(401, 404, 403, 403, 200, 200, 200),
                (a, t) -> a.patch(t.path("/projects/" + t.projectId + "/states/" + ownersState(t)), Map.of("name", "R " + System.nanoTime()))));
        rows.add(row("PUT", WS + states + "/order", is(401, 404, 403, 403, 200, 200, 200), (a, t) -> a.send("PUT",
                t.path("/projects/" + t.projectId + "/states/order"), Map.of("stateIds", stateIds(t)))));
        rows.add(row("DELETE", WS + states + "/{stateId}", is(401, 404, 403, 403, 200, 200, 200),
                (a, t) -> a.delete(t.path("/projects/" + t.projectId + "/states/" + ownersState(t)))));
        rows.add(row("GET", WS + "/labels", is(401, 404, 200, 200, 200, 200, 200), (a, t) -> a.get(t.path("/labels"))));
        rows.add(row("POST", WS + "/labels", is(401, 404, 403, 403, 201, 201, 201),
                (a, t) -> a.post(t.path("/labels"), Map.of("name", "L " + System.nanoTime(), "colour", "RED"))));
        rows.add(row("GET", WS + "/labels/{labelId}", is(401, 404, 200, 200, 200, 200, 200), (a, t) -> a.get(t.path("/labels/" + ownersLabel(t)))));
        rows.add(row("PATCH", WS + "/labels/{labelId}", is(401, 404, 403, 403, 200, 200, 200),
                (a, t) -> a.patch(t.path("/labels/" + ownersLabel(t)), Map.of("colour", "BLUE"))));
        rows.add(row("DELETE", WS + "/labels/{labelId}", is(401, 404, 403, 403, 204, 204, 204), (a, t) -> a.delete(t.path("/labels/" + ownersLabel(t)))));
        rows.add(row("PUT", WS + "/tasks/{taskId}/labels", is(401, 404, 403, 200, 200, 200, 200), (a, t) -> a.send("PUT",
                t.path("/tasks/" + t.task(t.owner(), "Labelled") + "/labels"), Map.of("labelIds", List.of(ownersLabel(t))))));
        rows.add(row("POST", WS + "/tasks", is(401, 404, 403, 201, 201, 201, 201),
                (a, t) -> a.post(t.path("/tasks"), Map.of("projectId", t.projectId, "title", "New"))));
        rows.add(row("GET", WS + "/tasks", is(401, 404, 200, 200, 200, 200, 200), (a, t) -> a.get(t.path("/tasks?status=TODO"))));
        rows.add(row("GET", WS + "/tasks/count", is(401, 404, 200, 200, 200, 200, 200), (a, t) -> a.get(t.path("/tasks/count"))));
        rows.add(row("GET", WS + "/tasks/{taskId}/subtasks", is(401, 404, 200, 200, 200, 200, 200),
                (a, t) -> a.get(t.path("/tasks/" + t.task(t.owner(), "Parent") + "/subtasks"))));
        rows.add(row("GET", WS + "/tasks/{taskId}/links", is(401, 404, 200, 200, 200, 200, 200),
                (a, t) -> a.get(t.path("/tasks/" + t.task(t.owner(), "Linked") + "/links"))));
        rows.add(row("POST", WS + "/tasks/{taskId}/links", is(401, 404, 403, 201, 201, 201, 201), (a, t) -> a.post(
                t.path("/tasks/" + t.task(t.owner(), "Blocker") + "/links"), Map.of("kind", "blocks", "taskId", t.task(t.owner(), "Blocked")))));
        rows.add(row("DELETE", WS + "/tasks/{taskId}/links", is(401, 404, 403, 200, 200, 200, 200), (a, t) -> {
            String from = t.task(t.owner(), "Relates");
            String to = t.task(t.owner(), "Related");
            t.owner().post(t.path("/tasks/" + from + "/links"), Map.of("kind", "relates to", "taskId", to));
            return a.delete(t.path("/tasks/" + from + "/links?kind=relates%20to&task=" + to));
        }));
        rows.add(row("GET", WS + "/tasks/{taskId}", is(401, 404, 200, 200, 200, 200, 200), (a, t) -> a.get(t.path("/tasks/" + t.task(t.owner(), "Read me")))));
        rows.add(row("GET", WS + "/tasks/by-key/{key}", is(401, 404, 200, 200, 200, 200, 200), (a, t) -> a.get(t.path("/tasks/by-key/" + taskKey(t)))));
        rows.add(row("PATCH", WS + "/tasks/{taskId}", is(401, 404, 403, 200, 200, 200, 200),
                (a, t) -> a.patch(t.path("/tasks/" + t.task(t.owner(), "Edit me")), Map.of("version", 0, "priority", "HIGH"))));
        // someone else's task: a member may delete only their own
        rows.add(row("DELETE", WS + "/tasks/{taskId}", is(401, 404, 403, 403, 204, 204, 204), (a, t) -> a.delete(t.path("/tasks/" + t.task(t.owner(), "Theirs")))));
        rows.add(row("DELETE", WS + "/tasks/{taskId}", is(401, 404, 403, 204, 204, 204, 204), (a, t) -> a.delete(t.path("/tasks/" + ownTask(a, t)))));
        rows.add(row("POST", WS + "/tasks/{taskId}/move", is(401, 404, 403, 200, 200, 200, 200),
                (a, t) -> a.post(t.path("/tasks/" + t.task(t.owner(), "Move me") + "/move"), Map.of("version", 0, "status", "DONE"))));
        rows.add(row("POST", WS + "/tasks/moves", is(401, 404, 403, 200, 200, 200, 200), (a, t) -> a.post(t.path("/tasks/moves"),
                Map.of("moves", List.of(Map.of("taskId", t.task(t.owner(), "Bulk"), "version", 0, "status", "IN_PROGRESS"))))));
        rows.add(row("GET", WS + "/tasks/{taskId}/activity", is(401, 404, 200, 200, 200, 200, 200),
                (a, t) -> a.get(t.path("/tasks/" + t.task(t.owner(), "History") + "/activity"))));
        rows.add(row("GET", WS + "/tasks/{taskId}/comments", is(401, 404, 200, 200, 200, 200, 200),
                (a, t) -> a.get(t.path("/tasks/" + t.task(t.owner(), "Talked about") + "/comments"))));
        rows.add(row("POST", WS + "/tasks/{taskId}/comments", is(401, 404, 403, 201, 201, 201, 201),
                (a, t) -> a.post(t.path("/tasks/" + t.task(t.owner(), "Discussed") + "/comments"), Map.of("body", "Looks good"))));
        rows.add(row("GET", WS + "/tasks/{taskId}/comments/{commentId}", is(401, 404, 200, 200, 200, 200, 200), (a, t) -> a.get(ownersComment(t))));
        // the caller's own comment, or the owner's when the caller may not comment
        rows.add(row("PATCH", WS + "/tasks/{taskId}/comments/{commentId}", is(401, 404, 403, 200, 200, 200, 200),
                (a, t) -> a.patch(ownComment(a, t), Map.of("body", "Edited"))));
        rows.add(row("DELETE", WS + "/tasks/{taskId}/comments/{commentId}", is(401, 404, 403, 204, 204, 204, 204), (a, t) -> a.delete(ownComment(a, t))));
        // someone else's comment: only admins and owners delete it
        rows.add(row("DELETE", WS + "/tasks/{taskId}/comments/{commentId}", is(401, 404, 403, 403, 403, 204, 204), (a, t) -> a.delete(ownersComment(t))));
        rows.add(row("GET", WS + "/mentions", is(401, 404, 200, 200, 200, 200, 200), (a, t) -> a.get(t.path("/mentions?q=o"))));
        rows.add(row("GET", WS + "/my-tasks", is(401, 404, 200, 200, 200, 200, 200), (a, t) -> a.get(t.path("/my-tasks"))));
        rows.add(row("GET", WS + "/calendar", is(401, 404, 200, 200, 200, 200, 200), (a, t) -> a.get(t.path("/calendar?from=2026-11-01&to=2026-11-30"))));
        rows.add(row("POST", WS + "/imports", is(401, 404, 403, 403, 202, 202, 202), (a, t) -> Uploads.upload(a, t.workspaceId,
                "m.csv", Uploads.csv("Title\nMatrix\n"), Map.of("projectId", t.projectId))));
        rows.add(row("GET", WS + "/imports", is(401, 404, 200, 200, 200, 200, 200), (a, t) -> a.get(t.path("/imports"))));
        rows.add(row("GET", WS + "/imports/{importId}", is(401, 404, 200, 200, 200, 200, 200), (a, t) -> a.get(t.path("/imports/" + readableImport(t)))));
        rows.add(row("GET", WS + "/imports/{importId}/errors", is(401, 404, 200, 200, 200, 200, 200),
                (a, t) -> a.get(t.path("/imports/" + readableImport(t) + "/errors"))));
        rows.add(row("GET", WS + "/imports/{importId}/preview", is(401, 404, 200, 200, 200, 200, 200),
                (a, t) -> a.get(t.path("/imports/" + ownPreview(t.owner(), t) + "/preview"))));
        rows.add(row("POST", WS + "/imports/{importId}/confirm", is(401, 404, 403, 403, 202, 202, 202),
                (a, t) -> a.post(t.path("/imports/" + ownPreview(a, t) + "/confirm"), Map.of())));
        // the owner's import: a manager may undo only their own
        rows.add(row("DELETE", WS + "/imports/{importId}", is(401, 404, 403, 403, 403, 202, 202), (a, t) -> a.delete(t.path("/imports/" + ownersImport(t)))));
        rows.add(row("DELETE", WS + "/imports/{importId}", is(401, 404, 403, 403, 202, 202, 202), (a, t) -> a.delete(t.path("/imports/" + ownImport(a, t)))));
        rows.add(row("POST", WS + "/tasks/bulk", is(401, 404, 403, 200, 200, 200, 200),
                (a, t) -> a.post(t.path("/tasks/bulk"), Map.of("taskIds", List.of(ownTask(a, t)), "priority", "HIGH"))));
        // the owner's task: a member may delete only their own, so the whole edit is refused
        rows.add(row("POST", WS + "/tasks/bulk", is(401, 404, 403, 422, 200, 200, 200),
                (a, t) -> a.post(t.path("/tasks/bulk"), Map.of("taskIds", List.of(t.task(t.owner(), "Doomed")), "delete", true))));
        rows.add(row("POST", WS + "/tasks/bulk/{bulkId}/undo", is(401, 404, 403, 200, 200, 200, 200),
                (a, t) -> a.post(t.path("/tasks/bulk/" + ownBulk(a, t) + "/undo"), Map.of())));
        // only who made a bulk edit undoes it
        rows.add(row("POST", WS + "/tasks/bulk/{bulkId}/undo", is(401, 404, 403, 404, 404, 404, 200),
                (a, t) -> a.post(t.path("/tasks/bulk/" + ownBulk(t.owner(), t) + "/undo"), Map.of())));
        rows.add(row("GET", WS + "/views", is(401, 404, 200, 200, 200, 200, 200), (a, t) -> a.get(t.path("/views"))));
        rows.add(row("POST", WS + "/views", is(401, 404, 201, 201, 201, 201, 201),
                (a, t) -> a.post(t.path("/views"), Map.of("name", "Mine", "query", "status=DONE"))));
        rows.add(row("POST", WS + "/views", is(401, 404, 403, 201, 201, 201, 201),
                (a, t) -> a.post(t.path("/views"), Map.of("name", "Ours", "query", "status=DONE", "shared", true))));
        rows.add(row("GET", WS + "/views/{viewId}", is(401, 404, 200, 200, 200, 200, 200), (a, t) -> a.get(t.path("/views/" + ownersView(t, true)))));
        rows.add(row("GET", WS + "/views/{viewId}", is(401, 404, 404, 404, 404, 404, 200), (a, t) -> a.get(t.path("/views/" + ownersView(t, false)))));
        rows.add(row("PATCH", WS + "/views/{viewId}", is(401, 404, 403, 403, 403, 200, 200),
                (a, t) -> a.patch(t.path("/views/" + ownersView(t, true)), Map.of("name", "Renamed"))));
        rows.add(row("DELETE", WS + "/views/{viewId}", is(401, 404, 403, 403, 403, 204, 204), (a, t) -> a.delete(t.path("/views/" + ownersView(t, true)))));
        rows.add(row("DELETE", WS + "/views/{viewId}", is(401, 404, 404, 404, 404, 404, 204), (a, t) -> a.delete(t.path("/views/" + ownersView(t, false)))));
        rows.add(row("GET", WS + "/audit", is(401, 404, 403, 403, 403, 200, 200), (a, t) -> a.get(t.path("/audit?limit=5"))));
        rows.add(row("GET", WS + "/tasks/export", is(401, 404, 200, 200, 200, 200, 200), (a, t) -> a.get(t.path("/tasks/export?format=csv"))));
        // notifications are the caller's own; someone else's (here: none) is 404
        rows.add(row("GET", "/api/v1/me/notifications", is(401, 200, 200, 200, 200, 200, 200), (a, t) -> a.get("/api/v1/me/notifications")));
        rows.add(row("GET", "/api/v1/me/notifications/count", is(401, 200, 200, 200, 200, 200, 200), (a, t) -> a.get("/api/v1/me/notifications/count")));
        rows.add(row("POST", "/api/v1/me/notifications/{notificationId}/read", is(401, 404, 404, 404, 404, 404, 404),
                (a, t) -> a.post("/api/v1/me/notifications/" + UUID.randomUUID() + "/read", null)));
        rows.add(row("POST", "/api/v1/me/notifications/read", is(401, 200, 200, 200, 200, 200, 200), (a, t) -> a.post("/api/v1/me/notifications/read", null)));
        rows.add(row("GET", "/api/v1/me/notification-settings", is(401, 200, 200, 200, 200, 200, 200), (a, t) -> a.get("/api/v1/me/notification-settings")));
        rows.add(row("PUT", "/api/v1/me/notification-settings", is(401, 200, 200, 200, 200, 200, 200),
                (a, t) -> a.send("PUT", "/api/v1/me/notification-settings", Map.of("email", "DIRECT"))));
        rows.add(row("GET", WS + "/tasks/{taskId}/watchers", is(401, 404, 200, 200, 200, 200, 200),
                (a, t) -> a.get(t.path("/tasks/" + t.task(t.owner(), "Watched") + "/watchers"))));
        rows.add(row("PUT", WS + "/tasks/{taskId}/watchers/me", is(401, 404, 204, 204, 204, 204, 204),
                (a, t) -> a.send("PUT", t.path("/tasks/" + t.task(t.owner(), "Watch me") + "/watchers/me"), null)));
        rows.add(row("DELETE", WS + "/tasks/{taskId}/watchers/me", is(401, 404, 204, 204, 204, 204, 204),
                (a, t) -> a.delete(t.path("/tasks/" + t.task(t.owner(), "Unwatch me") + "/watchers/me"))));
        // the owner cannot leave: ownership must be transferred first
        rows.add(row("POST", WS + "/leave", is(401, 404, 204, 204, 204, 204, 409), (a, t) -> a.post(t.path("/leave"), null)).isolated());
        rows.add(row("POST", WS + "/transfer", is(401, 404, 403, 403, 403, 403, 204),
                (a, t) -> a.post(t.path("/transfer"), Map.of("userId", t.get(Seat.ADMIN).userId()))).isolated());
        rows.add(row("DELETE", WS, is(401, 404, 403, 403, 403, 403, 204), (a, t) -> a.delete(t.path(""))).isolated());
        rows.add(row("POST", "/api/v1/auth/signout", is(401, 204, 204, 204, 204, 204, 204), (a, t) -> a.post("/api/v1/auth/signout", null)).isolated());
        return rows;
    }

    /** The page routes: nobody signed in is sent to sign in (302), a success that redirects is 302 too. */
    static List<Row> pages() {
        List<Row> rows = new ArrayList<>();
        //                                                                                  anon out  view memb mgr  admn ownr
        rows.add(row("GET", PAGE, is(302, 404, 200, 200, 200, 200, 200), (a, t) -> a.get(page(t, ""))));
        rows.add(row("GET", PAGE + "/summary", is(302, 404, 200, 200, 200, 200, 200), (a, t) -> a.get(page(t, "/summary"))));
        rows.add(row("GET", PAGE + "/projects", is(302, 404, 200, 200, 200, 200, 200), (a, t) -> a.get(page(t, "/projects"))));
        rows.add(row("GET", PAGE + "/labels", is(302, 404, 200, 200, 200, 200, 200), (a, t) -> a.get(page(t, "/labels"))));
        rows.add(row("POST", PAGE + "/labels", is(302, 404, 403, 403, 302, 302, 302),
                (a, t) -> form(a, page(t, "/labels"), "name=L" + System.nanoTime() + "&colour=GREEN")));
        rows.add(row("POST", PAGE + "/labels/{labelId}", is(302, 404, 403, 403, 302, 302, 302),
                (a, t) -> form(a, page(t, "/labels/" + ownersLabel(t)), "name=L" + System.nanoTime() + "&colour=TEAL")));
        rows.add(row("POST", PAGE + "/labels/{labelId}/delete", is(302, 404, 403, 403, 302, 302, 302),
                (a, t) -> form(a, page(t, "/labels/" + ownersLabel(t) + "/delete"), "")));
        rows.add(row("POST", PAGE + "/projects", is(302, 404, 403, 403, 302, 302, 302), (a, t) -> form(a, page(t, "/projects"), "name=P" + System.nanoTime())));
        rows.add(row("POST", PAGE + "/projects/{projectId}", is(302, 404, 403, 403, 302, 302, 302),
                (a, t) -> form(a, page(t, "/projects/" + t.projectId), "name=Website&description=new+words")));
        rows.add(row("POST", PAGE + "/projects/{projectId}/archive", is(302, 404, 403, 403, 302, 302, 302),
                (a, t) -> form(a, page(t, "/projects/" + t.projectId + "/archive"), "archived=false")));
        rows.add(row("GET", PAGE + "/projects/{projectId}/board", is(302, 404, 200, 200, 200, 200, 200),
                (a, t) -> a.get(page(t, "/projects/" + t.projectId + "/board"))));
        rows.add(row("GET", PAGE + "/projects/{projectId}/board/grid", is(302, 404, 200, 200, 200, 200, 200),
                (a, t) -> a.get(page(t, "/projects/" + t.projectId + "/board/grid"))));
        rows.add(row("POST", PAGE + "/projects/{projectId}/board/tasks", is(302, 404, 403, 200, 200, 200, 200),
                (a, t) -> form(a, page(t, "/projects/" + t.projectId + "/board/tasks"), "title=Quick&status=TODO")));
        String statePage = "/projects/{projectId}/states";
        rows.add(row("GET", PAGE + statePage, is(302, 404, 200, 200, 200, 200, 200),
                (a, t) -> a.get(page(t, "/projects/" + t.projectId + "/states"))));
        rows.add(row("POST", PAGE + statePage, is(302, 404, 403, 403, 302, 302, 302),
                (a, t) -> form(a, page(t, "/projects/" + t.projectId + "/states"), "name=S" + System.nanoTime() + "&category=DONE")));
        rows.add(row("POST", PAGE + statePage + "/{stateId}", is(302, 404, 403, 403, 302, 302, 302),
                (a, t) -> form(a, page(t, "/projects/" + t.projectId + "/states/" + ownersState(t)), "name=R" + System.nanoTime())));
        rows.add(row("POST", PAGE + statePage + "/{stateId}/move", is(302, 404, 403, 403, 302, 302, 302),
                (a, t) -> form(a, page(t, "/projects/" + t.projectId + "/states/" + ownersState(t) + "/move"), "up=true")));
        rows.add(row("POST", PAGE + statePage + "/{stateId}/delete", is(302, 404, 403, 403, 302, 302, 302),
                (a, t) -> form(a, page(t, "/projects/" + t.projectId + "/states/" + ownersState(t) + "/delete"), "")));
        rows.add(row("GET", PAGE + "/tasks", is(302, 404, 200, 200, 200, 200, 200), (a, t) -> a.get(page(t, "/tasks"))));
        rows.add(row("GET", PAGE + "/tasks/rows", is(302, 404, 200, 200, 200, 200, 200),
                (a, t) -> a.get(page(t, "/tasks/rows?sort=TITLE&cursor=" + Cursor.of("a", UUID.randomUUID()).encode()))));
        rows.add(row("GET", PAGE + "/tasks/count", is(302, 404, 200, 200, 200, 200, 200), (a, t) -> a.get(page(t, "/tasks/count"))));
        rows.add(row("POST", PAGE + "/tasks/bulk", is(302, 404, 403, 302, 302, 302, 302),
                (a, t) -> form(a, page(t, "/tasks/bulk"), "taskIds=" + ownTask(a, t) + "&priority=HIGH&back=sort%3DTITLE")));
        rows.add(row("POST", PAGE + "/tasks/bulk/{bulkId}/undo", is(302, 404, 403, 302, 302, 302, 302),
                (a, t) -> form(a, page(t, "/tasks/bulk/" + ownBulk(a, t) + "/undo"), "back=")));
        rows.add(row("POST", PAGE + "/views", is(302, 404, 302, 302, 302, 302, 302),
                (a, t) -> form(a, page(t, "/views"), "name=Mine&query=status%3DDONE")));
        rows.add(row("POST", PAGE + "/views/{viewId}/delete", is(302, 404, 403, 403, 403, 302, 302),
                (a, t) -> form(a, page(t, "/views/" + ownersView(t, true) + "/delete"), "")));
        rows.add(row("GET", PAGE + "/tasks/new", is(302, 404, 403, 200, 200, 200, 200), (a, t) -> a.get(page(t, "/tasks/new"))));
        rows.add(row("POST", PAGE + "/tasks", is(302, 404, 403, 302, 302, 302, 302),
                (a, t) -> form(a, page(t, "/tasks"), "title=Formed&projectId=" + t.projectId + "&status=TODO&priority=NONE")));
        rows.add(row("GET", PAGE + "/tasks/{taskId}", is(302, 404, 200, 200, 200, 200, 200), (a, t) -> a.get(page(t, "/tasks/" + t.task(t.owner(), "Shown")))));
        rows.add(row("GET", PAGE + "/t/{key}", is(302, 404, 200, 200, 200, 200, 200), (a, t) -> a.get(page(t, "/t/" + taskKey(t)))));
        rows.add(row("POST", PAGE + "/tasks/{taskId}", is(302, 404, 403, 302, 302, 302, 302), (a, t) -> form(a,
                page(t, "/tasks/" + t.task(t.owner(), "Edit me")), "title=Edited&projectId=" + t.projectId + "&status=TODO&priority=NONE&version=0")));
        rows.add(row("POST", PAGE + "/tasks/{taskId}/status", is(302, 404, 403, 200, 200, 200, 200),
                (a, t) -> form(a, page(t, "/tasks/" + t.task(t.owner(), "Status") + "/status"), "version=0&status=DONE")));
        rows.add(row("GET", PAGE + "/tasks/{taskId}/assignee", is(302, 404, 403, 200, 200, 200, 200),
                (a, t) -> a.get(page(t, "/tasks/" + t.task(t.owner(), "Pick") + "/assignee"))));
        rows.add(row("POST", PAGE + "/tasks/{taskId}/assignee", is(302, 404, 403, 200, 200, 200, 200),
                (a, t) -> form(a, page(t, "/tasks/" + t.task(t.owner(), "Assign") + "/assignee"), "version=0&assignee=" + t.owner().userId())));
        // someone else's task, then the caller's own
        rows.add(row("POST", PAGE + "/tasks/{taskId}/delete", is(302, 404, 403, 403, 302, 302, 302),
                (a, t) -> form(a, page(t, "/tasks/" + t.task(t.owner(), "Theirs") + "/delete"), "")));
        rows.add(row("POST", PAGE + "/tasks/{taskId}/delete", is(302, 404, 403, 302, 302, 302, 302),
                (a, t) -> form(a, page(t, "/tasks/" + ownTask(a, t) + "/delete"), "")));
        rows.add(row("GET", PAGE + "/tasks/{taskId}/subtasks", is(302, 404, 200, 200, 200, 200, 200),
                (a, t) -> a.get(page(t, "/tasks/" + t.task(t.owner(), "Parent shown") + "/subtasks"))));
        rows.add(row("GET", PAGE + "/tasks/{taskId}/subtasks/more", is(302, 404, 200, 200, 200, 200, 200),
                (a, t) -> a.get(page(t, "/tasks/" + t.task(t.owner(), "Parent paged") + "/subtasks/more?cursor="
                        + dev.pms.platform.jdbc.Cursor.of(java.time.Instant.EPOCH, new UUID(0, 0)).encode()))));
        rows.add(row("POST", PAGE + "/tasks/{taskId}/subtasks", is(302, 404, 403, 302, 302, 302, 302),
                (a, t) -> form(a, page(t, "/tasks/" + t.task(t.owner(), "Parent") + "/subtasks"), "title=Sub")));
        rows.add(row("POST", PAGE + "/tasks/{taskId}/parent", is(302, 404, 403, 302, 302, 302, 302),
                (a, t) -> form(a, page(t, "/tasks/" + t.task(t.owner(), "Child") + "/parent"), "key=" + keyOf(t, t.task(t.owner(), "Parent")))));
        rows.add(row("GET", PAGE + "/tasks/{taskId}/links", is(302, 404, 200, 200, 200, 200, 200),
                (a, t) -> a.get(page(t, "/tasks/" + t.task(t.owner(), "Links shown") + "/links"))));
        rows.add(row("POST", PAGE + "/tasks/{taskId}/links", is(302, 404, 403, 302, 302, 302, 302), (a, t) -> form(a,
                page(t, "/tasks/" + t.task(t.owner(), "Blocked") + "/links"), "kind=blocked+by&key=" + keyOf(t, t.task(t.owner(), "Blocker")))));
        rows.add(row("POST", PAGE + "/tasks/{taskId}/links/remove", is(302, 404, 403, 302, 302, 302, 302), (a, t) -> {
            String from = t.task(t.owner(), "Relates");
            String to = t.task(t.owner(), "Related");
            t.owner().post(t.path("/tasks/" + from + "/links"), Map.of("kind", "relates to", "taskId", to));
            return form(a, page(t, "/tasks/" + from + "/links/remove"), "kind=relates+to&task=" + to);
        }));
        rows.add(row("GET", PAGE + "/tasks/{taskId}/labels", is(302, 404, 200, 200, 200, 200, 200),
                (a, t) -> a.get(page(t, "/tasks/" + t.task(t.owner(), "Labels shown") + "/labels"))));
        rows.add(row("POST", PAGE + "/tasks/{taskId}/labels", is(302, 404, 403, 302, 302, 302, 302),
                (a, t) -> form(a, page(t, "/tasks/" + t.task(t.owner(), "Labels chosen") + "/labels"), "label=" + ownersLabel(t))));
        rows.add(row("GET", PAGE + "/tasks/{taskId}/watch", is(302, 404, 200, 200, 200, 200, 200),
                (a, t) -> a.get(page(t, "/tasks/" + t.task(t.owner(), "Watch button") + "/watch"))));
        rows.add(row("POST", PAGE + "/tasks/{taskId}/watch", is(302, 404, 302, 302, 302, 302, 302),
                (a, t) -> form(a, page(t, "/tasks/" + t.task(t.owner(), "Watch by form") + "/watch"), "watching=true")));
        rows.add(row("POST", PAGE + "/tasks/{taskId}/field", is(302, 404, 403, 200, 200, 200, 200),
                (a, t) -> form(a, page(t, "/tasks/" + t.task(t.owner(), "Field") + "/field"), "field=priority&value=HIGH&version=0")));
        rows.add(row("GET", PAGE + "/tasks/{taskId}/activity", is(302, 404, 200, 200, 200, 200, 200),
                (a, t) -> a.get(page(t, "/tasks/" + t.task(t.owner(), "Stream") + "/activity"))));
        rows.add(row("POST", PAGE + "/tasks/{taskId}/comments", is(302, 404, 403, 204, 204, 204, 204),
                (a, t) -> form(a, page(t, "/tasks/" + t.task(t.owner(), "Talk") + "/comments"), "body=Agreed")));
        rows.add(row("POST", PAGE + "/tasks/{taskId}/comments/{commentId}", is(302, 404, 403, 204, 204, 204, 204),
                (a, t) -> form(a, pageOf(ownComment(a, t)), "body=Edited")));
        // someone else's comment: only admins and owners delete it
        rows.add(row("POST", PAGE + "/tasks/{taskId}/comments/{commentId}/delete", is(302, 404, 403, 403, 403, 204, 204),
                (a, t) -> form(a, pageOf(ownersComment(t)) + "/delete", "")));
        rows.add(row("GET", PAGE + "/calendar", is(302, 404, 200, 200, 200, 200, 200), (a, t) -> a.get(page(t, "/calendar"))));
        rows.add(row("GET", PAGE + "/members", is(302, 404, 200, 200, 200, 200, 200), (a, t) -> a.get(page(t, "/members"))));
        rows.add(row("POST", PAGE + "/members/{userId}/role", is(302, 404, 403, 403, 403, 302, 302),
                (a, t) -> form(a, page(t, "/members/" + newcomer(t) + "/role"), "role=MANAGER")));
        rows.add(row("POST", PAGE + "/members/{userId}/remove", is(302, 404, 403, 403, 403, 302, 302),
                (a, t) -> form(a, page(t, "/members/" + newcomer(t) + "/remove"), "")));
        rows.add(row("POST", PAGE + "/members/invite/reset", is(302, 404, 403, 403, 403, 302, 302), (a, t) -> form(a, page(t, "/members/invite/reset"), "")));
        rows.add(row("GET", PAGE + "/audit", is(302, 404, 403, 403, 403, 200, 200), (a, t) -> a.get(page(t, "/audit"))));
        rows.add(row("POST", PAGE + "/members/invite/off", is(302, 404, 403, 403, 403, 302, 302),
                (a, t) -> form(a, page(t, "/members/invite/off"), "")).isolated());
        rows.add(row("POST", PAGE + "/members/invites", is(302, 404, 403, 403, 403, 302, 302),
                (a, t) -> form(a, page(t, "/members/invites"), "email=invited%40example.com&role=MEMBER")));
        rows.add(row("POST", PAGE + "/members/invites/{inviteId}/revoke", is(302, 404, 403, 403, 403, 302, 302),
                (a, t) -> form(a, page(t, "/members/invites/" + invite(t) + "/revoke"), "")));
        rows.add(row("GET", PAGE + "/imports", is(302, 404, 200, 200, 200, 200, 200), (a, t) -> a.get(page(t, "/imports"))));
        rows.add(row("GET", PAGE + "/imports/{importId}", is(302, 404, 200, 200, 200, 200, 200), (a, t) -> a.get(page(t, "/imports/" + readableImport(t)))));
        rows.add(row("POST", PAGE + "/imports/{importId}/confirm", is(302, 404, 403, 403, 200, 200, 200),
                (a, t) -> form(a, page(t, "/imports/" + ownPreview(a, t) + "/confirm"), "")));
        rows.add(row("POST", PAGE + "/imports/{importId}/undo", is(302, 404, 403, 403, 403, 200, 200),
                (a, t) -> form(a, page(t, "/imports/" + ownersImport(t) + "/undo"), "")));
        rows.add(row("POST", PAGE + "/imports/{importId}/undo", is(302, 404, 403, 403, 200, 200, 200),
                (a, t) -> form(a, page(t, "/imports/" + ownImport(a, t) + "/undo"), "")));
        rows.add(row("GET", PAGE + "/tasks/{taskId}/row", is(302, 404, 200, 200, 200, 200, 200),
                (a, t) -> a.get(page(t, "/tasks/" + t.task(t.owner(), "Row") + "/row"))));
        rows.add(row("GET", PAGE + "/live", is(302, 404, 200, 200, 200, 200, 200), (a, t) -> stream(a, page(t, "/live?board=" + t.projectId))));
        rows.add(row("GET", PAGE + "/live", is(302, 404, 200, 200, 200, 200, 200), (a, t) -> stream(a, page(t, "/live?task=" + t.task(t.owner(), "Live")))));
        // a person's own inbox stream: anyone signed in, whatever their workspaces
        rows.add(row("GET", "/notifications/live", is(302, 200, 200, 200, 200, 200, 200), (a, t) -> stream(a, "/notifications/live")));
        return rows;
    }

    /** An event stream never ends by itself: only its status is read, then it is hung up. */
    private static Response stream(Api who, String path) {
        var response = who.lines(path);
        response.body().close();
        return new Response(response.statusCode(), "", response.headers().map());
    }

    private static String page(Team team, String rest) {
        return "/w/" + team.workspaceId + rest;
    }

    /** The page address of what {@code apiPath} names in the API. */
    private static String pageOf(String apiPath) {
        return apiPath.replace("/api/v1/workspaces/", "/w/");
    }

    private static Response form(Api who, String path, String body) {
        return who.sendRaw("POST", path, body, "application/x-www-form-urlencoded");
    }

    private static String keyOf(Team team, String taskId) {
        return team.owner().get(team.path("/tasks/" + taskId)).get("key");
    }

    /** A new label of the owner's. */
    private static String ownersLabel(Team team) {
        return team.owner().post(team.path("/labels"), Map.of("name", "Label " + System.nanoTime())).get("id");
    }

    /** A new state the owner added to the team's project (a second one of its category, so that it may be removed). */
    private static String ownersState(Team team) {
        return team.owner().post(team.path("/projects/" + team.projectId + "/states"),
                Map.of("name", "State " + System.nanoTime(), "category", "IN_PROGRESS")).get("id");
    }

    /** The ids of the team's project's states, last first. */
    private static List<String> stateIds(Team team) {
        List<String> ids = new ArrayList<>();
        team.owner().get(team.path("/projects/" + team.projectId + "/states")).json().forEach(s -> ids.addFirst(s.get("id").asString()));
        return ids;
    }

    /** The key (WEB-1) of a new task of the owner's. */
    private static String taskKey(Team team) {
        return team.owner().post(team.path("/tasks"), Map.of("projectId", team.projectId, "title", "Keyed")).get("key");
    }

    /** A task the caller created, or the owner's when the caller may not create one. */
    private static String ownTask(Api caller, Team team) {
        Response created = caller.post(team.path("/tasks"), Map.of("projectId", team.projectId, "title", "Mine"));
        return created.status() == 201 ? created.get("id") : team.task(team.owner(), "Not theirs");
    }

    /** An import of the owner's that has ended, so that it can be read or undone. */
    private static String ownersImport(Team team) {
        return Uploads.importFile(team, "done.csv", Uploads.csv("Title\nImported\n")).get("id");
    }

    /** One ended import of the owner's per team, for the rows that only read it. */
    private static String readableImport(Team team) {
        return READABLE.computeIfAbsent(team, AccessTable::ownersImport);
    }

    /** A bulk edit the caller made of a task of theirs, or the owner's when the caller may not make one. */
    private static String ownBulk(Api caller, Team team) {
        Response made = caller.post(team.path("/tasks/bulk"), Map.of("taskIds", List.of(ownTask(caller, team)), "priority", "LOW"));
        return made.status() == 200 ? made.get("id") : team.owner().post(team.path("/tasks/bulk"),
                Map.of("taskIds", List.of(team.task(team.owner(), "Bulk")), "priority", "LOW")).get("id");
    }

    /** A new view of the owner's, shared or personal. */
    private static String ownersView(Team team, boolean shared) {
        return team.owner().post(team.path("/views"), Map.of("name", "View " + System.nanoTime(), "query", "", "shared", shared)).get("id");
    }

    /** An ended import of the caller's, or the owner's when the caller may not import. */
    private static String ownImport(Api caller, Team team) {
        Response accepted = Uploads.upload(caller, team.workspaceId, "own.csv", Uploads.csv("Title\nOwn\n"), Map.of("projectId", team.projectId));
        return accepted.status() == 202 ? Uploads.awaitEnd(caller, accepted.header("Location")).get("id") : ownersImport(team);
    }

    /** The path of a comment the owner wrote on a task of theirs. */
    private static String ownersComment(Team team) {
        String comments = team.path("/tasks/" + team.task(team.owner(), "Commented") + "/comments");
        return comments + "/" + team.owner().post(comments, Map.of("body", "The owner's word")).get("id");
    }

    /** The path of a comment the caller wrote, or the owner's when the caller may not comment. */
    private static String ownComment(Api caller, Team team) {
        String comments = team.path("/tasks/" + team.task(team.owner(), "Commented") + "/comments");
        Response created = caller.post(comments, Map.of("body", "My word"));
        return created.status() == 201 ? comments + "/" + created.get("id") : ownersComment(team);
    }

    /** A previewed upload of the caller's, or the owner's when the caller may not import. */
    private static String ownPreview(Api caller, Team team) {
        Response accepted = Uploads.upload(caller, team.workspaceId, "preview.csv", Uploads.csv("Title\nPreviewed\n"),
                Map.of("projectId", team.projectId, "confirm", "false"));
        Api who = accepted.status() == 202 ? caller : team.owner();
        Response ready = accepted.status() == 202 ? accepted : Uploads.upload(who, team.workspaceId, "preview.csv",
                Uploads.csv("Title\nPreviewed\n"), Map.of("projectId", team.projectId, "confirm", "false"));
        return Uploads.awaitEnd(who, ready.header("Location")).get("id");
    }

    private static String doomedProject(Team team) {
        return team.owner().post(team.path("/projects"), Map.of("name", "Doomed " + System.nanoTime())).get("id");
    }

    /** A pending invite by email, made by the owner. */
    private static String invite(Team team) {
        return team.owner().post(team.path("/invites"), Map.of("email", "pending@example.com", "role", "VIEWER")).get("id");
    }

    /** A person who just joined as MEMBER, for calls that change or remove a member. */
    private static String newcomer(Team team) {
        Api newcomer = Api.signUp(team.port(), "New Comer");
        newcomer.post("/api/v1/workspaces/join", Map.of("code", team.owner().get(team.path("/invite")).get("code")));
        return newcomer.userId();
    }
}
