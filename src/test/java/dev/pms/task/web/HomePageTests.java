package dev.pms.task.web;

import dev.pms.support.Api;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Team;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The home page's counts: what is open, in progress, done and overdue. */
class HomePageTests extends IntegrationTest {

    @Test
    void overdueCountsOpenTasksPastTheirDueDateAndNotFinishedOnes() {
        Team team = Team.create(port);
        Api owner = team.owner();
        String lastWeek = LocalDate.now().minusDays(7).toString();
        task(team, "Late and open", "TODO", lastWeek);
        task(team, "Late but reviewed", "IN_REVIEW", lastWeek);
        task(team, "Late but done", "DONE", lastWeek);
        task(team, "Due next week", "TODO", LocalDate.now().plusDays(7).toString());
        String stats = owner.get("/w/" + team.workspaceId + "/summary").body();
        assertThat(value(stats, "Overdue")).isEqualTo("2");
        assertThat(value(stats, "Completed")).isEqualTo("1");
        assertThat(value(stats, "Total tasks")).isEqualTo("4");
        assertThat(stats).contains("status=BACKLOG&amp;status=TODO&amp;status=IN_PROGRESS&amp;status=IN_REVIEW");
    }

    private static void task(Team team, String title, String status, String due) {
        team.owner().post(team.path("/tasks"), Map.of("projectId", team.projectId, "title", title, "status", status, "dueDate", due));
    }

    private static String value(String html, String label) {
        Matcher m = Pattern.compile("data-stat=\"" + label + "\">\\s*<div class=\"muted\">[^<]*</div>\\s*<div class=\"value\">([^<]*)</div>")
                .matcher(html);
        assertThat(m.find()).as(label).isTrue();
        return m.group(1).trim();
    }
}
