package dev.pms.label;

import dev.pms.support.Api;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Response;
import dev.pms.support.Team;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Workspace labels through the API, against the real database: names, colours, a task's labels and the label filter. */
class LabelApiTests extends IntegrationTest {

    @Test
    void aLabelNameIsUniqueInItsWorkspaceWhateverItsCaseAndItsColourComesFromThePalette() {
        Team team = Team.create(port);
        Api owner = team.owner();
        Response bug = owner.post(team.path("/labels"), Map.of("name", " Bug ", "colour", "RED"));
        assertThat(bug.status()).isEqualTo(201);
        assertThat(bug.get("name")).isEqualTo("Bug");
        assertThat(bug.get("colour")).isEqualTo("RED");
        Response twin = owner.post(team.path("/labels"), Map.of("name", "BUG"));
        assertThat(twin.status()).isEqualTo(409);
        assertThat(twin.get("detail")).isEqualTo("A label named \"BUG\" already exists in this workspace.");
        Response styled = owner.post(team.path("/labels"), Map.of("name", "Styled", "colour", "red; background: url(x)"));
        assertThat(styled.status()).isEqualTo(400);
        assertThat(styled.body()).doesNotContain("LabelColour").doesNotContain("dev.pms");
        assertThat(owner.post(team.path("/labels"), Map.of("name", "   ")).status()).isEqualTo(400);
        assertThat(owner.post(team.path("/labels"), Map.of("name", "Plain")).get("colour")).isEqualTo("GREY");
        Response renamed = owner.patch(team.path("/labels/" + bug.get("id")), Map.of("name", "Defect", "colour", "PURPLE"));
        assertThat(renamed.get("name")).isEqualTo("Defect");
        assertThat(renamed.get("colour")).isEqualTo("PURPLE");
        assertThat(owner.patch(team.path("/labels/" + bug.get("id")), Map.of("name", "plain")).status()).isEqualTo(409);
        assertThat(names(owner.get(team.path("/labels")).json())).containsExactly("Defect", "Plain");
        assertThat(owner.get(team.path("/labels/" + bug.get("id"))).status()).isEqualTo(200);
    }

    @Test
    void aTaskCarriesItsLabelsAToZAndLosesOneThatIsDeleted() {
        Team team = Team.create(port);
        Api owner = team.owner();
        String ui = label(team, "ui");
        String bug = label(team, "Bug");
        String task = team.task(owner, "Fix the menu");
        Response set = owner.send("PUT", team.path("/tasks/" + task + "/labels"), Map.of("labelIds", List.of(ui, bug, ui)));
        assertThat(set.status()).isEqualTo(200);
        assertThat(names(set.json().get("labels"))).containsExactly("Bug", "ui");
        assertThat(names(owner.get(team.path("/tasks/" + task)).json().get("labels"))).containsExactly("Bug", "ui");
        assertThat(names(owner.get(team.path("/tasks?limit=5")).json().get("items").get(0).get("labels"))).containsExactly("Bug", "ui");
        assertThat(owner.delete(team.path("/labels/" + bug)).status()).isEqualTo(204);
        assertThat(names(owner.get(team.path("/tasks/" + task)).json().get("labels"))).containsExactly("ui");
        assertThat(owner.send("PUT", team.path("/tasks/" + task + "/labels"), Map.of("labelIds", List.of())).status()).isEqualTo(200);
        assertThat(owner.get(team.path("/tasks/" + task)).json().get("labels").isEmpty()).isTrue();
    }

    @Test
    void aLabelOfAnotherWorkspaceOrAnUnknownOneIsRefusedInWords() {
        Team team = Team.create(port);
        Team other = Team.create(port);
        String theirs = label(other, "Theirs");
        String task = team.task(team.owner(), "Mine");
        Response refused = team.owner().send("PUT", team.path("/tasks/" + task + "/labels"), Map.of("labelIds", List.of(theirs)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.get("detail")).isEqualTo("labelIds: names a label that does not exist in this workspace");
        assertThat(team.owner().get(team.path("/labels/" + theirs)).status()).isEqualTo(404);
        assertThat(team.owner().delete(team.path("/labels/" + theirs)).status()).isEqualTo(404);
        assertThat(other.owner().get(other.path("/labels/" + theirs)).status()).isEqualTo(200);
    }

    @Test
    void theListBoardCountAndExportFilterByAnyOfOrAllOfTheirLabels() {
        Team team = Team.create(port);
        Api owner = team.owner();
        String bug = label(team, "Bug");
        String ui = label(team, "UI");
        labelled(team, "Both", bug, ui);
        labelled(team, "Bug only", bug);
        labelled(team, "UI only", ui);
        labelled(team, "None");
        String any = "label=" + bug + "," + ui;
        assertThat(titles(owner.get(team.path("/tasks?sort=TITLE&" + any)).json().get("items")))
                .containsExactly("Both", "Bug only", "UI only");
        assertThat(titles(owner.get(team.path("/tasks?label=" + bug + "&label=" + ui + "&labelMode=all")).json().get("items")))
                .containsExactly("Both");
        assertThat(owner.get(team.path("/tasks/count?" + any + "&labelMode=all")).json().get("count").asLong()).isEqualTo(1);
        assertThat(titles(owner.get(team.path("/projects/" + team.projectId + "/board?label=" + ui)).json().get("TODO").get("items")))
                .containsExactlyInAnyOrder("Both", "UI only");
        assertThat(owner.get(team.path("/tasks/export?format=csv&labelMode=all&" + any)).body())
                .contains("Both").doesNotContain("Bug only").doesNotContain("UI only").doesNotContain("None");
        Response bad = owner.get(team.path("/tasks?label=" + bug + "&labelMode=most"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.get("detail")).isEqualTo("labelMode: must be 'any' or 'all'");
        assertThat(owner.get(team.path("/tasks?label=bug")).status()).isEqualTo(400);
    }

    private static String label(Team team, String name) {
        return team.owner().post(team.path("/labels"), Map.of("name", name)).get("id");
    }

    private static void labelled(Team team, String title, String... labelIds) {
        String task = team.task(team.owner(), title);
        Response set = team.owner().send("PUT", team.path("/tasks/" + task + "/labels"), Map.of("labelIds", List.of(labelIds)));
        assertThat(set.status()).isEqualTo(200);
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(node -> names.add(node.isString() ? node.asString() : node.get("name").asString()));
        return names;
    }

    private static List<String> titles(JsonNode items) {
        List<String> titles = new ArrayList<>();
        items.forEach(item -> titles.add(item.get("title").asString()));
        return titles;
    }
}
