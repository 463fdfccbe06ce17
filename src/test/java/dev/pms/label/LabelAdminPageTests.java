package dev.pms.label;

import dev.pms.support.IntegrationTest;
import dev.pms.support.Response;
import dev.pms.support.Team;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The labels page: managers create and recolour labels, a taken name is said in words, members only read. */
class LabelAdminPageTests extends IntegrationTest {

    @Test
    void aManagerCreatesAndRecoloursLabelsAndATakenNameIsSaidInWords() {
        Team team = Team.create(port);
        String labels = "/w/" + team.workspaceId + "/labels";
        var manager = team.get(Team.Seat.MANAGER);
        assertThat(manager.sendRaw("POST", labels, "name=%3Ci%3EBug&colour=RED", "application/x-www-form-urlencoded").status()).isEqualTo(302);
        String page = manager.get(labels).body();
        assertThat(page).contains("<span class=\"label label-red\">&lt;i&gt;Bug</span>").contains("New label");
        String id = team.owner().get(team.path("/labels")).json().get(0).get("id").asString();
        Response taken = manager.sendRaw("POST", labels, "name=%3CI%3Ebug&colour=BLUE", "application/x-www-form-urlencoded");
        assertThat(taken.status()).isEqualTo(422);
        assertThat(taken.body()).contains("&lt;I&gt;bug").contains("already exists in this workspace.").doesNotContain("<I>bug");
        manager.sendRaw("POST", labels + "/" + id, "name=Defect&colour=GREEN", "application/x-www-form-urlencoded");
        assertThat(team.owner().get(team.path("/labels/" + id)).json().get("colour").asString()).isEqualTo("GREEN");
        String memberPage = team.get(Team.Seat.MEMBER).get(labels).body();
        assertThat(memberPage).contains("label-green").doesNotContain("New label").doesNotContain("Delete Defect");
        assertThat(team.owner().post(team.path("/labels"), Map.of("name", "x")).status()).isEqualTo(201);
    }

    @Test
    void theTaskPanelTicksLabelsAndSavesThemAtOnceAndAViewerOnlyReadsThem() {
        Team team = Team.create(port);
        String bug = team.owner().post(team.path("/labels"), Map.of("name", "Bug", "colour", "RED")).get("id");
        String ui = team.owner().post(team.path("/labels"), Map.of("name", "UI", "colour", "BLUE")).get("id");
        String task = team.task(team.owner(), "Tick me");
        String labels = "/w/" + team.workspaceId + "/tasks/" + task + "/labels";
        var member = team.get(Team.Seat.MEMBER);
        assertThat(team.owner().get("/w/" + team.workspaceId + "/tasks/" + task).body()).contains("hx-get=\"" + labels + "\"");
        assertThat(member.get(labels).body()).contains("value=\"" + bug + "\"").doesNotContain("checked");
        Response saved = member.sendBody("POST", labels, java.net.http.HttpRequest.BodyPublishers.ofString("label=" + bug + "&label=" + ui),
                "application/x-www-form-urlencoded", false, "HX-Request", "true");
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.body()).contains("Saved").contains("value=\"" + bug + "\" checked");
        assertThat(team.owner().get(team.path("/tasks/" + task)).json().get("labels").toString()).isEqualTo("[\"Bug\",\"UI\"]");
        String viewer = team.get(Team.Seat.VIEWER).get(labels).body();
        assertThat(viewer).contains("<span class=\"label label-red\">Bug</span>").doesNotContain("<input");
    }
}
