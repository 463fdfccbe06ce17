package dev.pms.task.web;

import dev.pms.support.Api;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Response;
import dev.pms.support.Team;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The task table page: filters from the URL, keyset "load more", the count, and the export of what it shows. */
class TaskTablePageTests extends IntegrationTest {

    @Test
    void loadMoreContinuesWhereTheFirstPageEnded() {
        Team team = Team.create(port);
        Api owner = team.owner();
        for (int i = 1; i <= 55; i++) {
            team.task(owner, String.format("Task %02d", i));
        }
        Response page = owner.get("/w/" + team.workspaceId + "/tasks?sort=TITLE");
        assertThat(rows(page.body())).isEqualTo(50);
        assertThat(page.body()).contains("data-task=\"Task 01\"").doesNotContain("data-task=\"Task 51\"");
        String more = attribute(page.body(), "hx-get=\"([^\"]*/tasks/rows\\?[^\"]*)\"");
        Response next = owner.get(more.replace("&amp;", "&"));
        assertThat(rows(next.body())).isEqualTo(5);
        assertThat(next.body()).contains("data-task=\"Task 51\"").contains("data-task=\"Task 55\"").doesNotContain("Load more");
        assertThat(owner.get("/w/" + team.workspaceId + "/tasks/count?sort=TITLE").body()).isEqualTo("55 matching tasks");
    }

    @Test
    void filtersInTheUrlNarrowTheTableTheCountAndTheExport() {
        Team team = Team.create(port);
        Api owner = team.owner();
        owner.post(team.path("/tasks"), Map.of("projectId", team.projectId, "title", "Finished work", "status", "DONE"));
        owner.post(team.path("/tasks"), Map.of("projectId", team.projectId, "title", "Open work", "status", "TODO"));
        String filtered = "/w/" + team.workspaceId + "/tasks?status=DONE&q=work";
        Response page = owner.get(filtered);
        assertThat(page.body()).contains("data-task=\"Finished work\"").doesNotContain("data-task=\"Open work\"");
        assertThat(page.body()).contains("value=\"DONE\" checked");
        String count = attribute(page.body(), "hx-get=\"([^\"]*/tasks/count\\?[^\"]*)\"").replace("&amp;", "&");
        assertThat(owner.get(count).body()).isEqualTo("1 matching task");
        String export = attribute(page.body(), "href=\"(/api/v1/workspaces/[^\"]*/tasks/export\\?[^\"]*)\"").replace("&amp;", "&");
        Response csv = owner.get(export);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).contains("Finished work").doesNotContain("Open work");
    }

    @Test
    void beforeTheFirstProjectExistsTheWayToATaskIsToCreateAProject() {
        Api owner = signUp("Nora New");
        String ws = owner.post("/api/v1/workspaces", Map.of("name", "Fresh")).get("id");
        Response table = owner.get("/w/" + ws + "/tasks");
        assertThat(table.body()).contains("create a project first").contains("href=\"/w/" + ws + "/projects\"")
                .doesNotContain("Create the first task");
        assertThat(owner.get("/w/" + ws + "/tasks/new").body()).contains("no open project yet");
    }

    @Test
    void anInviteLinkNamesTheWorkspaceItOpens() {
        Team team = Team.create(port);
        String code = team.owner().get(team.path("/invite")).get("code");
        Response invite = signUp("Ina Invited").get("/join/" + code);
        assertThat(invite.body()).contains("You have been invited to join Acme").contains("Join Acme");
        assertThat(signUp("Ida Idle").get("/join/not-a-code").status()).isEqualTo(404);
    }

    private static int rows(String html) {
        return html.split("<tr id=\"task-", -1).length - 1;
    }

    private static String attribute(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1);
    }
}
