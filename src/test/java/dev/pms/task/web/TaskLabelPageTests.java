package dev.pms.task.web;

import dev.pms.support.IntegrationTest;
import dev.pms.support.Response;
import dev.pms.support.Team;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Labels on the task pages: painted by their palette class, their names escaped, and a filter of the table. */
class TaskLabelPageTests extends IntegrationTest {

    @Test
    void cardsAndRowsShowTheirLabelsEscapedInTheirPaletteColour() {
        Team team = Team.create(port);
        String label = team.owner().post(team.path("/labels"), Map.of("name", "<b>hot</b>", "colour", "ORANGE")).get("id");
        String task = team.task(team.owner(), "Labelled");
        team.owner().send("PUT", team.path("/tasks/" + task + "/labels"), Map.of("labelIds", List.of(label)));
        String badge = "<span class=\"label label-orange\">&lt;b&gt;hot&lt;/b&gt;</span>";
        Response board = team.owner().get("/w/" + team.workspaceId + "/projects/" + team.projectId + "/board");
        assertThat(board.body()).contains(badge).doesNotContain("<b>hot</b>");
        Response table = team.owner().get("/w/" + team.workspaceId + "/tasks");
        assertThat(table.body()).contains(badge).doesNotContain("<b>hot</b>");
    }

    @Test
    void theTableFiltersByAnyOrAllOfTheChosenLabels() {
        Team team = Team.create(port);
        String bug = team.owner().post(team.path("/labels"), Map.of("name", "Bug", "colour", "RED")).get("id");
        String ui = team.owner().post(team.path("/labels"), Map.of("name", "UI", "colour", "BLUE")).get("id");
        labelled(team, "Both tasks", bug, ui);
        labelled(team, "Bug task", bug);
        labelled(team, "Plain task");
        String tasks = "/w/" + team.workspaceId + "/tasks";
        String any = team.owner().get(tasks + "?label=" + bug + "&label=" + ui).body();
        assertThat(any).contains("Both tasks").contains("Bug task").doesNotContain("Plain task")
                .contains("<option value=\"" + bug + "\" selected>Bug</option>");
        String all = team.owner().get(tasks + "?label=" + bug + "&label=" + ui + "&labelMode=all").body();
        assertThat(all).contains("Both tasks").doesNotContain("Bug task").contains("<option value=\"all\" selected>");
        assertThat(all).contains("labelMode=all");
    }

    private static void labelled(Team team, String title, String... labelIds) {
        String task = team.task(team.owner(), title);
        team.owner().send("PUT", team.path("/tasks/" + task + "/labels"), Map.of("labelIds", List.of(labelIds)));
    }

    @Test
    void theBoardShowsOnlyTheCardsWithTheChosenLabelsAndCountsThem() {
        Team team = Team.create(port);
        String bug = team.owner().post(team.path("/labels"), Map.of("name", "Bug", "colour", "RED")).get("id");
        labelled(team, "Bug card", bug);
        labelled(team, "Plain card");
        String board = team.owner().get("/w/" + team.workspaceId + "/projects/" + team.projectId + "/board?label=" + bug).body();
        assertThat(board).contains("Bug card").doesNotContain("Plain card").contains("data-count=\"1\">1<")
                .contains("/board/grid?label=" + bug);
        assertThat(team.owner().get("/w/" + team.workspaceId + "/projects/" + team.projectId + "/board").body())
                .contains("Bug card").contains("Plain card");
    }
}
