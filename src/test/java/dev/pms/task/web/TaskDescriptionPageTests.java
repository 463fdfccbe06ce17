package dev.pms.task.web;

import dev.pms.support.Api;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Team;
import dev.pms.support.Team.Seat;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A task's description is Markdown, rendered and sanitised as comments are; those who may edit it also get its source. */
class TaskDescriptionPageTests extends IntegrationTest {
    private static final Pattern ANY_EVENT_HANDLER = Pattern.compile("<[^>]*\\son\\w+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final String DESCRIPTION = """
            Plan <script>alert(1)</script> [click](javascript:alert(2)) <img src=x onerror=alert(3)>

            | step | who |
            |------|-----|
            | copy | Ana |

            - [x] outline
            - [ ] draft
            """;

    @Test
    void aDescriptionRendersItsTableAndTaskListAndNothingThatRunsForEditorsAndReaders() {
        Team team = Team.create(port);
        String task = team.owner().post(team.path("/tasks"), Map.of("projectId", team.projectId, "title", "Launch",
                "description", DESCRIPTION)).get("id");
        String page = "/w/" + team.workspaceId + "/tasks/" + task;

        String member = team.get(Seat.MEMBER).get(page).body();
        int start = member.indexOf("id=\"task-description\"");
        String view = member.substring(start, member.indexOf("</details>", start));
        assertHarmlessMarkdown(view.substring(0, view.indexOf("<details")));
        // the source, escaped, in the editor
        assertThat(view).contains("<textarea id=\"t-description\"").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("[click](javascript:alert(2))");

        String viewer = team.get(Seat.VIEWER).get(page).body();
        assertThat(viewer).doesNotContain("<textarea");
        assertHarmlessMarkdown(viewer.substring(viewer.indexOf("id=\"task-description\""), viewer.indexOf("id=\"activity-heading\"")));
    }

    @Test
    void anEmptyDescriptionSaysSo() {
        Team team = Team.create(port);
        Api viewer = team.get(Seat.VIEWER);
        String task = team.task(team.owner(), "Bare");
        assertThat(viewer.get("/w/" + team.workspaceId + "/tasks/" + task).body()).contains("No description.");
    }

    private static void assertHarmlessMarkdown(String html) {
        assertThat(html).contains("<table>", "<th>step</th>", "<td>Ana</td>")
                .contains("<input type=\"checkbox\" disabled=\"\" checked=\"\" />", "<input type=\"checkbox\" disabled=\"\" />")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script", "<img").doesNotContainPattern("(?i)href=\"\\s*javascript");
        assertThat(ANY_EVENT_HANDLER.matcher(html).find()).isFalse();
    }
}
