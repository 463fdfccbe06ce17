package dev.pms.imports;

import dev.pms.support.Api;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Response;
import dev.pms.support.Team;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** An export carries each task's parent and labels; importing it elsewhere gives the tasks the same labels. */
class LabelRoundTripTests extends IntegrationTest {

    @Test
    void anExportNamesParentsAndLabelsAndItsImportKeepsTheLabels() {
        Team team = Team.create(port);
        Api owner = team.owner();
        String bug = owner.post(team.path("/labels"), Map.of("name", "Bug", "colour", "RED")).get("id");
        String ui = owner.post(team.path("/labels"), Map.of("name", "UI")).get("id");
        String parent = team.task(owner, "Launch");
        String child = team.task(owner, "Fix the menu");
        team.task(owner, "Plain");
        owner.send("PUT", team.path("/tasks/" + child + "/labels"), Map.of("labelIds", List.of(ui, bug)));
        owner.send("PUT", team.path("/tasks/" + parent + "/labels"), Map.of("labelIds", List.of(ui)));
        int version = owner.get(team.path("/tasks/" + child)).json().get("version").asInt();
        owner.patch(team.path("/tasks/" + child), Map.of("version", version, "parentId", parent));
        String parentKey = owner.get(team.path("/tasks/" + parent)).get("key");

        HttpResponse<byte[]> export = owner.download(team.path("/tasks/export?format=csv&sort=TITLE"));
        String csv = new String(export.body(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFKey,Title,Description,Status,Priority,Assignee,Due Date,Project,Parent,Labels,Links\r\n");
        assertThat(csv).contains(",Fix the menu,,To do,No priority,,,Website," + parentKey + ",\"Bug, UI\",\r\n");

        Team elsewhere = Team.create(port);
        elsewhere.owner().post(elsewhere.path("/labels"), Map.of("name", "bug", "colour", "GREEN")); // known whatever its case
        Response imported = Uploads.importFile(elsewhere, "export.csv", export.body());
        assertThat(imported.get("status")).as(imported.toString()).isEqualTo("SUCCEEDED");
        assertThat(labelsByTitle(elsewhere)).isEqualTo(new TreeMap<>(Map.of("Fix the menu", List.of("bug", "UI"),
                "Launch", List.of("UI"), "Plain", List.of())));
        List<String> labelNames = new ArrayList<>();
        elsewhere.owner().get(elsewhere.path("/labels")).json().forEach(l -> labelNames.add(l.get("name").asString()));
        assertThat(labelNames).containsExactly("bug", "UI");
    }

    @Test
    void aLabelNameLongerThanALabelMayBeFailsTheImportInWords() {
        Team team = Team.create(port);
        Response imported = Uploads.importFile(team, "long.csv", Uploads.csv("Title,Labels\nOne,\"ok, " + "x".repeat(51) + "\"\n"));
        assertThat(imported.get("status")).isEqualTo("FAILED");
        assertThat(imported.body()).contains("names a label of more than 50 characters");
        assertThat(team.owner().get(team.path("/labels")).json().isEmpty()).isTrue();
    }

    private static TreeMap<String, List<String>> labelsByTitle(Team team) {
        TreeMap<String, List<String>> labels = new TreeMap<>();
        for (JsonNode task : team.owner().get(team.path("/tasks?limit=50")).json().get("items")) {
            List<String> names = new ArrayList<>();
            task.get("labels").forEach(n -> names.add(n.asString()));
            labels.put(task.get("title").asString(), names);
        }
        return labels;
    }
}
