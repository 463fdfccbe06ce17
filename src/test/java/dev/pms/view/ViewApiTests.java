package dev.pms.view;

import dev.pms.support.Api;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Response;
import dev.pms.support.Team;
import dev.pms.support.Team.Seat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ViewApiTests extends IntegrationTest {
    Team team;
    Api owner;
    Api member;

    @BeforeEach
    void team() {
        team = Team.create(port);
        owner = team.owner();
        member = team.get(Seat.MEMBER);
        for (String title : List.of("Zeta done", "Alpha done", "Mid open")) {
            owner.post(team.path("/tasks"), Map.of("projectId", team.projectId, "title", title,
                    "status", title.endsWith("done") ? "DONE" : "TODO"));
        }
    }

    @Test
    void aSharedViewOpensWithTheSameResultsForAnotherMember() {
        String query = "status=DONE&sort=TITLE&direction=desc";
        String id = owner.post(team.path("/views"), Map.of("name", "Done, Z to A", "query", query, "shared", true)).get("id");
        JsonNode listed = member.get(team.path("/views")).json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("name").asString()).isEqualTo("Done, Z to A");
        String theirs = member.get(team.path("/views/" + id)).get("query");
        assertThat(theirs).isEqualTo(query);
        assertThat(titles(member, theirs)).containsExactly("Zeta done", "Alpha done").isEqualTo(titles(owner, query));
        String page = member.get("/w/" + team.workspaceId + "/tasks?" + theirs).body();
        assertThat(page).contains("Done, Z to A (shared)").contains("Zeta done").doesNotContain("Mid open");
        assertThat(page.indexOf("Zeta done")).isLessThan(page.indexOf("Alpha done"));
    }

    @Test
    void aPersonalViewIsInvisibleToEveryoneElseEvenTheOwnerOfTheWorkspace() {
        String id = member.post(team.path("/views"), Map.of("name", "My secret list", "query", "status=TODO")).get("id");
        assertThat(member.get(team.path("/views")).json()).hasSize(1);
        assertThat(owner.get(team.path("/views")).json()).isEmpty();
        Response hidden = owner.get(team.path("/views/" + id));
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.get("detail")).isEqualTo("This view does not exist or was deleted.");
        assertThat(owner.patch(team.path("/views/" + id), Map.of("name", "Mine now")).status()).isEqualTo(404);
        assertThat(owner.delete(team.path("/views/" + id)).status()).isEqualTo(404);
        assertThat(owner.get("/w/" + team.workspaceId + "/tasks").body()).doesNotContain("My secret list");
        assertThat(member.get("/w/" + team.workspaceId + "/tasks").body()).contains("My secret list");
    }

    @Test
    void aSharedViewIsEditedByItsOwnerOrAnAdminAndNobodyElse() {
        String id = member.post(team.path("/views"), Map.of("name", "Team board", "query", "", "shared", true)).get("id");
        Response byManager = team.get(Seat.MANAGER).patch(team.path("/views/" + id), Map.of("name", "Taken"));
        assertThat(byManager.status()).isEqualTo(403);
        assertThat(byManager.get("detail")).contains("Only the person who saved this view, or an admin");
        assertThat(team.get(Seat.ADMIN).patch(team.path("/views/" + id), Map.of("name", "Renamed by admin")).get("name"))
                .isEqualTo("Renamed by admin");
        assertThat(member.patch(team.path("/views/" + id), Map.of("shared", false)).status()).isEqualTo(200);
        assertThat(team.get(Seat.ADMIN).get(team.path("/views/" + id)).status()).isEqualTo(404);
    }

    @Test
    void aViewerKeepsPersonalViewsButMayNotShareOne() {
        Api viewer = team.get(Seat.VIEWER);
        assertThat(viewer.post(team.path("/views"), Map.of("name", "Mine", "query", "q=done")).status()).isEqualTo(201);
        Response shared = viewer.post(team.path("/views"), Map.of("name", "Ours", "query", "q=done", "shared", true));
        assertThat(shared.status()).isEqualTo(403);
        assertThat(shared.get("detail")).contains("personal views only");
    }

    @Test
    void aQueryWithAParameterTheTableDoesNotHaveIsRefusedInWords() {
        Response refused = owner.post(team.path("/views"), Map.of("name", "Odd", "query", "status=DONE&cursor=abc"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.get("detail")).contains("a parameter the task table does not have: cursor");
        Response nameless = owner.post(team.path("/views"), Map.of("name", " ", "query", ""));
        assertThat(nameless.status()).isEqualTo(400);
    }

    @Test
    void savingAViewFromTheTableListsItInTheNavigation() {
        Response saved = owner.sendRaw("POST", "/w/" + team.workspaceId + "/views", "name=Open+work&query=status%3DTODO%26sort%3DTITLE&shared=true",
                "application/x-www-form-urlencoded");
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.header("Location")).endsWith("/tasks?status=TODO&sort=TITLE");
        assertThat(member.get("/w/" + team.workspaceId).body()).contains("Open work (shared)");
    }

    private List<String> titles(Api who, String query) {
        List<String> titles = new ArrayList<>();
        who.get(team.path("/tasks?" + query)).json().get("items").forEach(t -> titles.add(t.get("title").asString()));
        return titles;
    }
}
