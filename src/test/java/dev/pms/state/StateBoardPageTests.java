package dev.pms.state;

import dev.pms.support.Api;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Response;
import dev.pms.support.Team;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The board's columns are the project's states, in their order, each with its own cards and count. */
class StateBoardPageTests extends IntegrationTest {

    @Test
    void aProjectWithSevenStatesShowsSevenColumnsInItsOrder() {
        Team team = Team.create(port);
        Api owner = team.owner();
        String states = team.path("/projects/" + team.projectId + "/states");
        String ready = owner.post(states, Map.of("name", "Ready for <deploy>", "category", "IN_REVIEW")).get("id");
        owner.post(states, Map.of("name", "Verified", "category", "DONE"));
        String waiting = team.task(owner, "Waiting for release");
        owner.patch(team.path("/tasks/" + waiting), Map.of("version", 0, "stateId", ready));
        String reviewing = team.task(owner, "Being reviewed");
        owner.patch(team.path("/tasks/" + reviewing), Map.of("version", 0, "status", "IN_REVIEW"));

        Response board = owner.get("/w/" + team.workspaceId + "/projects/" + team.projectId + "/board");
        assertThat(board.status()).isEqualTo(200);
        assertThat(count(board.body(), "<section class=\"column\"")).isEqualTo(7);
        assertThat(headings(board.body())).isEqualTo("Backlog|To do|In progress|In review|Ready for &lt;deploy&gt;|Done|Verified|");
        String readyColumn = column(board.body(), ready);
        assertThat(readyColumn).contains("data-status=\"IN_REVIEW\"").contains("Waiting for release").doesNotContain("Being reviewed")
                .contains("data-count=\"1\"").contains("name=\"stateId\" value=\"" + ready + "\"");
        assertThat(column(board.body(), "IN_REVIEW")).contains("Being reviewed").doesNotContain("Waiting for release");
    }

    @Test
    void aCardAddedInAStateColumnIsInThatState() {
        Team team = Team.create(port);
        Api member = team.get(Team.Seat.MEMBER);
        String verified = team.owner().post(team.path("/projects/" + team.projectId + "/states"),
                Map.of("name", "Verified", "category", "DONE")).get("id");
        Response added = member.sendRaw("POST", "/w/" + team.workspaceId + "/projects/" + team.projectId + "/board/tasks",
                "title=Checked&status=DONE&stateId=" + verified, "application/x-www-form-urlencoded");
        assertThat(added.status()).isEqualTo(200);
        var task = team.owner().get(team.path("/tasks?limit=1")).json().get("items").get(0);
        assertThat(task.get("status").asString()).isEqualTo("DONE");
        assertThat(task.get("state").get("name").asString()).isEqualTo("Verified");
    }

    @Test
    void thePanelPicksAnyStateOfTheProjectAndTheTableNamesIt() {
        Team team = Team.create(port);
        Api member = team.get(Team.Seat.MEMBER);
        String verified = team.owner().post(team.path("/projects/" + team.projectId + "/states"),
                Map.of("name", "Verified", "category", "DONE")).get("id");
        String task = team.task(member, "Check the release");
        String panel = member.get("/w/" + team.workspaceId + "/tasks/" + task).body();
        assertThat(stateField(panel)).contains("<option value=\"" + verified + "\">Verified</option>")
                .contains("selected>To do</option>");
        // a version seen long ago does not stop a state picked: the last choice wins, as on the board
        Response picked = member.sendRaw("POST", "/w/" + team.workspaceId + "/tasks/" + task + "/field",
                "field=stateId&value=" + verified + "&version=7", "application/x-www-form-urlencoded");
        assertThat(picked.status()).isEqualTo(200);
        assertThat(picked.body()).contains("Saved").contains("value=\"" + verified + "\" selected")
                .contains("id=\"field-status\"").contains("hx-swap-oob=\"true\"").contains("value=\"DONE\" selected");
        var saved = team.owner().get(team.path("/tasks/" + task)).json();
        assertThat(saved.get("status").asString()).isEqualTo("DONE");
        assertThat(saved.get("state").get("name").asString()).isEqualTo("Verified");
        assertThat(team.get(Team.Seat.VIEWER).get("/w/" + team.workspaceId + "/tasks").body()).contains("<span class=\"badge\">Verified</span>");
        assertThat(member.get("/w/" + team.workspaceId + "/tasks").body()).contains("<span class=\"muted\">Verified</span>");
        Response foreign = member.sendRaw("POST", "/w/" + team.workspaceId + "/tasks/" + task + "/field",
                "field=stateId&value=" + java.util.UUID.randomUUID() + "&version=1", "application/x-www-form-urlencoded");
        assertThat(foreign.status()).isEqualTo(422);
        assertThat(foreign.body()).contains("Names a state that does not exist in the task's project.");
    }

    private static String stateField(String panel) {
        Matcher m = Pattern.compile(">State</label>(.*?)</select>", Pattern.DOTALL).matcher(panel);
        assertThat(m.find()).as("a State field").isTrue();
        return m.group(1);
    }

    private static int count(String html, String text) {
        return html.split(Pattern.quote(text), -1).length - 1;
    }

    private static String headings(String html) {
        Matcher m = Pattern.compile("<h2 id=\"col-[^\"]+\">([^<]*) <span").matcher(html);
        StringBuilder names = new StringBuilder();
        while (m.find()) {
            names.append(m.group(1)).append('|');
        }
        return names.toString();
    }

    private static String column(String html, String id) {
        Matcher m = Pattern.compile("aria-labelledby=\"col-" + Pattern.quote(id) + "\">(.*?)</section>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as(id).isTrue();
        return m.group(1);
    }
}
