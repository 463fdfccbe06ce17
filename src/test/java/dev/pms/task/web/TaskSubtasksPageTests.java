package dev.pms.task.web;

import dev.pms.support.Api;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Response;
import dev.pms.support.Team;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The panel's Subtasks section shows a page of subtasks and "Show more", which fetches the next page after it. */
class TaskSubtasksPageTests extends IntegrationTest {
    private static final Pattern ROW = Pattern.compile("<li id=\"subtask-");
    private static final Pattern MORE = Pattern.compile("hx-get=\"([^\"]+/subtasks/more\\?cursor=[A-Za-z0-9_-]+)\"");

    @Test
    void theSectionShowsAPageOfSubtasksAndShowMoreFetchesTheRest() {
        Team team = Team.create(port);
        Api owner = team.owner();
        String parent = team.task(owner, "Launch");
        String section = "/w/" + team.workspaceId + "/tasks/" + parent + "/subtasks";
        int made = TaskSubtasksController.PAGE + 1;
        for (int i = 1; i <= made; i++) {
            Response created = owner.sendRaw("POST", section, "title=Step+" + i, "application/x-www-form-urlencoded");
            assertThat(created.status()).as(created.toString()).isEqualTo(302);
        }
        String first = owner.get(section).body();
        assertThat(count(first)).isEqualTo(TaskSubtasksController.PAGE);
        assertThat(first).contains("0/" + made + " done").contains("Step 1<").doesNotContain("Step " + made + "<");
        Matcher more = MORE.matcher(first);
        assertThat(more.find()).as("a Show more button").isTrue();
        assertThat(first).contains("Show more");

        Response next = owner.get(more.group(1), "HX-Request", "true");
        assertThat(next.status()).isEqualTo(200);
        assertThat(count(next.body())).isEqualTo(1);
        assertThat(next.body()).contains("Step " + made + "<").doesNotContain("Show more");
        Response forged = owner.get(section + "/more?cursor=bm90IGEgY3Vyc29y");
        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.body()).doesNotContain("Exception");
    }

    private static int count(String html) {
        return (int) ROW.matcher(html).results().count();
    }
}
