package dev.pms.task.web;

import dev.pms.imports.Uploads;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Response;
import dev.pms.support.Team;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A full board and a full calendar month stay truthful: real column counts, and every busy day shows "+n more". */
class BoardAndCalendarPageTests extends IntegrationTest {

    @Test
    void aBoardColumnCountsAllItsTasksNotOnlyTheCardsItShows() {
        Team team = Team.create(port);
        Uploads.importFile(team, "many.csv", csv(rows("To Do", TaskBoardController.PER_COLUMN + 5, "2027-03-10")));
        Response board = team.owner().get("/w/" + team.workspaceId + "/projects/" + team.projectId + "/board");
        assertThat(board.body()).contains("data-count=\"" + (TaskBoardController.PER_COLUMN + 5) + "\">305<");
        assertThat(cards(board.body())).isEqualTo(TaskBoardController.PER_COLUMN);
    }

    @Test
    void aBusyDayShowsItsFirstTasksAndHowManyMoreAndTheOtherDaysStillShowTheirs() {
        Team team = Team.create(port);
        Uploads.importFile(team, "month.csv", csv(rows("To Do", 2_500, "2027-03-01") + rows("Done", 3, "2027-03-30")));
        Response month = team.owner().get("/w/" + team.workspaceId + "/calendar?month=2027-03");
        String first = day(month.body(), "2027-03-01");
        assertThat(first.split("<li>", -1).length - 1).isEqualTo(4);
        assertThat(first).contains("+2,496 more").contains("/tasks?dueAfter=2027-03-01&amp;dueBefore=2027-03-01");
        String last = day(month.body(), "2027-03-30");
        assertThat(last.split("<li>", -1).length - 1).isEqualTo(3);
        assertThat(last).doesNotContain("more");
    }

    private static String rows(String status, int n, String due) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            out.append("Task ").append(due).append(' ').append(i).append(',').append(status).append(',').append(due).append('\n');
        }
        return out.toString();
    }

    private static byte[] csv(String rows) {
        return Uploads.csv("Title,Status,Due Date\n" + rows);
    }

    private static int cards(String html) {
        return html.split("<li class=\"card\"", -1).length - 1;
    }

    private static String day(String html, String date) {
        Matcher m = Pattern.compile("data-date=\"" + date + "\">(.*?)</div>\\s*<div class=\"day", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as(date).isTrue();
        return m.group(1);
    }
}
