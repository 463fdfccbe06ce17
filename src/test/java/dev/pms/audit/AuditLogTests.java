package dev.pms.audit;

import dev.pms.imports.Uploads;
import dev.pms.support.Api;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Response;
import dev.pms.support.Team;
import dev.pms.support.Team.Seat;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each kind of event appears in the audit log once it happened, with who, when, from where and what. */
class AuditLogTests extends IntegrationTest {

    @Test
    void membershipChangesAppearInTheWorkspaceLog() {
        Team team = Team.create(port);
        Api owner = team.owner();
        Api admin = team.get(Seat.ADMIN);
        owner.post(team.path("/invite/reset"), null);
        owner.delete(team.path("/members/" + team.get(Seat.VIEWER).userId()));
        team.get(Seat.MEMBER).post(team.path("/leave"), null);

        assertThat(entries(admin, team.path("/audit?kind=MEMBER_JOINED"))).hasSize(4)
                .allSatisfy(e -> assertThat(e.get("detail").asString()).isEqualTo("as Member"));
        JsonNode promoted = entries(admin, team.path("/audit?kind=ROLE_CHANGED&actor=" + owner.userId())).stream()
                .filter(e -> e.get("targetId").asString().equals(admin.userId())).findFirst().orElseThrow();
        assertThat(promoted.get("detail").asString()).isEqualTo("Member → Admin");
        assertThat(promoted.get("actorName").asString()).isEqualTo("Olivia Owner");
        assertThat(promoted.get("targetName").asString()).isEqualTo("Admin Person");
        assertThat(promoted.get("clientAddress").asString()).isEqualTo("127.0.0.1");
        assertThat(promoted.get("at").asString()).isNotBlank();
        JsonNode reset = only(admin, team.path("/audit?kind=INVITE_CODE_RESET"));
        assertThat(reset.get("actorId").asString()).isEqualTo(owner.userId());
        JsonNode removed = only(admin, team.path("/audit?kind=MEMBER_REMOVED"));
        assertThat(removed.get("targetId").asString()).isEqualTo(team.get(Seat.VIEWER).userId());
        JsonNode left = only(admin, team.path("/audit?kind=MEMBER_LEFT"));
        assertThat(left.get("actorId").asString()).isEqualTo(team.get(Seat.MEMBER).userId());
    }

    @Test
    void ownershipTransferIsTwoRoleChanges() {
        Team team = Team.create(port);
        Api admin = team.get(Seat.ADMIN);
        team.owner().post(team.path("/transfer"), Map.of("userId", admin.userId()));
        List<String> changes = entries(admin, team.path("/audit?kind=ROLE_CHANGED&limit=2")).stream()
                .map(e -> e.get("targetName").asString() + ": " + e.get("detail").asString()).toList();
        assertThat(changes).containsExactlyInAnyOrder("Admin Person: Admin → Owner", "Olivia Owner: Owner → Admin");
    }

    @Test
    void projectDeletionExportAndImportUndoAppearInTheWorkspaceLog() {
        Team team = Team.create(port);
        Api owner = team.owner();
        Api admin = team.get(Seat.ADMIN);
        String doomed = owner.post(team.path("/projects"), Map.of("name", "Doomed")).get("id");
        assertThat(owner.delete(team.path("/projects/" + doomed)).status()).isEqualTo(204);
        assertThat(team.get(Seat.VIEWER).get(team.path("/tasks/export?format=xlsx&status=DONE&q=launch")).status()).isEqualTo(200);
        String importId = Uploads.importFile(team, "batch.csv", Uploads.csv("Title\nImported\n")).get("id");
        assertThat(owner.delete(team.path("/imports/" + importId)).status()).isEqualTo(202);

        JsonNode deleted = only(admin, team.path("/audit?kind=PROJECT_DELETED"));
        assertThat(deleted.get("targetId").asString()).isEqualTo(doomed);
        assertThat(deleted.get("detail").asString()).isEqualTo("Doomed");
        JsonNode exported = only(admin, team.path("/audit?kind=TASKS_EXPORTED"));
        assertThat(exported.get("actorId").asString()).isEqualTo(team.get(Seat.VIEWER).userId());
        assertThat(exported.get("detail").asString()).isEqualTo("XLSX status=DONE q=launch sort=POSITION");
        JsonNode undone = only(admin, team.path("/audit?kind=IMPORT_UNDONE"));
        assertThat(undone.get("targetId").asString()).isEqualTo(importId);
        assertThat(undone.get("detail").asString()).isEqualTo("batch.csv");
    }

    @Test
    void signInsSignOutsTokensAndWorkspaceDeletionAppearInTheInstanceLogWithoutSecrets() {
        Api instanceAdmin = signUp("Ada Admin");
        Api ben = signUp("Ben Basic");
        Api stranger = anonymous();
        assertThat(stranger.post("/api/v1/auth/signin", Map.of("email", ben.email(), "password", "wrong guess 1"))
                .status()).isEqualTo(401);
        assertThat(stranger.post("/api/v1/auth/signin", Map.of("email", "nobody@example.com", "password", "wrong guess 2"))
                .status()).isEqualTo(401);
        assertThat(stranger.post("/api/v1/auth/signin", Map.of("email", ben.email(), "password", "correct horse"))
                .status()).isEqualTo(200);
        assertThat(stranger.post("/api/v1/auth/signout", null).status()).isEqualTo(204);
        Response token = ben.post("/api/v1/me/tokens", Map.of("name", "ci"));
        String tokenId = token.json().get("token").get("id").asString();
        assertThat(ben.delete("/api/v1/me/tokens/" + tokenId).status()).isEqualTo(204);
        String ws = ben.post("/api/v1/workspaces", Map.of("name", "Short-lived")).get("id");
        assertThat(ben.delete("/api/v1/workspaces/" + ws).status()).isEqualTo(204);

        String bens = "/api/v1/admin/audit?actor=" + ben.userId();
        // sign-up signs in too, then the sign-in above
        assertThat(entries(instanceAdmin, bens + "&kind=SIGN_IN")).hasSize(2);
        List<JsonNode> failures = entries(instanceAdmin, "/api/v1/admin/audit?kind=SIGN_IN_FAILED");
        assertThat(failures).extracting(e -> e.get("detail").asString())
                .containsExactly("no account with that email", "wrong password");
        assertThat(failures.get(1).get("targetId").asString()).isEqualTo(ben.userId());
        assertThat(failures.get(1).get("actorId").isNull()).isTrue();
        assertThat(only(instanceAdmin, bens + "&kind=SIGN_OUT").get("clientAddress").asString()).isEqualTo("127.0.0.1");
        assertThat(only(instanceAdmin, bens + "&kind=TOKEN_CREATED").get("detail").asString()).isEqualTo("ci");
        assertThat(only(instanceAdmin, bens + "&kind=TOKEN_REVOKED").get("targetId").asString()).isEqualTo(tokenId);
        JsonNode gone = only(instanceAdmin, bens + "&kind=WORKSPACE_DELETED");
        assertThat(gone.get("targetId").asString()).isEqualTo(ws);
        assertThat(gone.get("detail").asString()).isEqualTo("Short-lived");

        String everything = jdbc.sql("select coalesce(string_agg(audit_events::text, ' '), '') from audit_events").query(String.class).single();
        assertThat(everything).doesNotContain("correct horse").doesNotContain("wrong guess").doesNotContain("nobody@example.com")
                .doesNotContain(token.json().get("secret").asString());
        ben.cookies().forEach(c -> assertThat(everything).doesNotContain(c.getValue()));
        assertThat(ben.get("/api/v1/admin/audit").status()).isEqualTo(403);
    }

    @Test
    void theLogPagesNewestFirstAndFiltersByPersonAndKind() {
        Team team = Team.create(port);
        Api owner = team.owner();
        Api admin = team.get(Seat.ADMIN);
        for (int i = 0; i < 5; i++) {
            owner.post(team.path("/invite/reset"), null);
            admin.post(team.path("/invite/reset"), null);
        }
        List<JsonNode> all = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Response page = admin.get(team.path("/audit?kind=INVITE_CODE_RESET&limit=3" + (cursor == null ? "" : "&cursor=" + cursor)));
            assertThat(page.status()).isEqualTo(200);
            page.json().get("items").forEach(all::add);
            cursor = page.json().get("nextCursor").isNull() ? null : page.get("nextCursor");
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(4);
        assertThat(all).hasSize(10).extracting(e -> e.get("id").asString()).doesNotHaveDuplicates();
        List<String> times = all.stream().map(e -> e.get("at").asString()).toList();
        assertThat(times).isSortedAccordingTo((a, b) -> java.time.Instant.parse(b).compareTo(java.time.Instant.parse(a)));
        assertThat(entries(admin, team.path("/audit?kind=INVITE_CODE_RESET&actor=" + admin.userId())))
                .hasSize(5).allSatisfy(e -> assertThat(e.get("actorId").asString()).isEqualTo(admin.userId()));
        assertThat(entries(admin, team.path("/audit?actor=" + admin.userId())))
                .extracting(e -> e.get("kind").asString()).containsOnly("INVITE_CODE_RESET", "MEMBER_JOINED");
    }

    @Test
    void onlyOwnersAndAdminsReadTheLogAndBadFiltersAreRefusedInWords() {
        Team team = Team.create(port);
        assertThat(team.get(Seat.OUTSIDER).get(team.path("/audit")).status()).isEqualTo(404);
        assertThat(team.get(Seat.MANAGER).get(team.path("/audit")).status()).isEqualTo(403);
        assertThat(team.get(Seat.VIEWER).get(team.path("/audit")).status()).isEqualTo(403);
        assertThat(team.owner().get(team.path("/audit")).status()).isEqualTo(200);
        Response badKind = team.owner().get(team.path("/audit?kind=NOT_A_KIND"));
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.header("Content-Type")).startsWith("application/problem+json");
        Response badCursor = team.owner().get(team.path("/audit?cursor=bm90LWEtY3Vyc29y"));
        assertThat(badCursor.status()).isEqualTo(400);
        assertThat(badCursor.get("detail")).doesNotContain("Exception");
        // the other workspace's entries stay there
        assertThat(entries(team.get(Seat.OUTSIDER), team.path("/audit").replace(team.workspaceId, team.otherWorkspaceId))).isEmpty();
    }

    private static List<JsonNode> entries(Api who, String path) {
        Response response = who.get(path);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        response.json().get("items").forEach(items::add);
        return items;
    }

    private static JsonNode only(Api who, String path) {
        List<JsonNode> items = entries(who, path);
        assertThat(items).as(path).hasSize(1);
        return items.getFirst();
    }
}
