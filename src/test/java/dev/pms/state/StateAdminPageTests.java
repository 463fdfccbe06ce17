package dev.pms.state;

import dev.pms.support.Api;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Response;
import dev.pms.support.Team;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The states page: managers add, rename, move and remove states; a refused change is said in words; members only read. */
class StateAdminPageTests extends IntegrationTest {
    private static final String FORM = "application/x-www-form-urlencoded";

    @Test
    void aManagerAddsRenamesMovesAndRemovesStatesOnThePage() {
        Team team = Team.create(port);
        Api manager = team.get(Team.Seat.MANAGER);
        String page = "/w/" + team.workspaceId + "/projects/" + team.projectId + "/states";
        assertThat(manager.sendRaw("POST", page, "name=%3Cb%3EVerified&category=DONE", FORM).status()).isEqualTo(302);
        String shown = manager.get(page).body();
        assertThat(shown).contains("value=\"&lt;b>Verified\"").contains(">&lt;b&gt;Verified</option>").doesNotContain("<b>Verified").contains("New state");
        assertThat(names(team)).containsExactly("Backlog", "To do", "In progress", "In review", "Done", "<b>Verified");
        String verified = id(team, "<b>Verified");
        assertThat(manager.sendRaw("POST", page + "/" + verified, "name=Verified", FORM).status()).isEqualTo(302);
        assertThat(manager.sendRaw("POST", page + "/" + verified + "/move", "up=true", FORM).status()).isEqualTo(302);
        assertThat(names(team)).containsExactly("Backlog", "To do", "In progress", "In review", "Verified", "Done");
        Response taken = manager.sendRaw("POST", page, "name=verified&category=TODO", FORM);
        assertThat(taken.status()).isEqualTo(422);
        assertThat(taken.body()).contains("verified").contains("already exists in this project.");
        Response last = manager.sendRaw("POST", page + "/" + id(team, "To do") + "/delete", "", FORM);
        assertThat(last.status()).isEqualTo(422);
        assertThat(last.body()).contains("is the last state of its category To do");
        assertThat(manager.sendRaw("POST", page + "/" + verified + "/delete", "moveTo=" + id(team, "Done"), FORM).status()).isEqualTo(302);
        assertThat(names(team)).containsExactly("Backlog", "To do", "In progress", "In review", "Done");
        String memberPage = team.get(Team.Seat.MEMBER).get(page).body();
        assertThat(memberPage).contains("In review").doesNotContain("New state").doesNotContain("Remove");
        assertThat(team.owner().get("/w/" + team.workspaceId + "/projects/" + team.projectId + "/board").body())
                .contains("href=\"" + page + "\"");
    }

    private static List<String> names(Team team) {
        List<String> names = new ArrayList<>();
        states(team).forEach(s -> names.add(s.get("name").asString()));
        return names;
    }

    private static String id(Team team, String name) {
        for (JsonNode s : states(team)) {
            if (s.get("name").asString().equals(name)) {
                return s.get("id").asString();
            }
        }
        throw new AssertionError(name);
    }

    private static JsonNode states(Team team) {
        return team.owner().get(team.path("/projects/" + team.projectId + "/states")).json();
    }
}
