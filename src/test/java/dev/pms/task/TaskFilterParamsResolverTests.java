package dev.pms.task;

import dev.pms.support.Api;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Response;
import dev.pms.support.Team;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The task filters as the API reads them: repeated or comma-separated values, empty ones as "any", bad ones a 400. */
class TaskFilterParamsResolverTests extends IntegrationTest {

    @Test
    void repeatedAndCommaSeparatedValuesFilterAlikeAndEmptyOnesMeanAny() {
        Team team = Team.create(port);
        Api owner = team.owner();
        for (String status : new String[]{"TODO", "DONE", "BACKLOG"}) {
            owner.post(team.path("/tasks"), Map.of("projectId", team.projectId, "title", status, "status", status));
        }
        assertThat(titles(owner, team.path("/tasks?status=TODO&status=DONE"))).containsExactlyInAnyOrder("TODO", "DONE");
        assertThat(titles(owner, team.path("/tasks?status=TODO,DONE"))).containsExactlyInAnyOrder("TODO", "DONE");
        assertThat(titles(owner, team.path("/tasks?status=&project=&assignee=&dueBefore=&q="))).hasSize(3);
        assertThat(titles(owner, team.path("/tasks?project=" + team.projectId + "&status=BACKLOG"))).containsExactly("BACKLOG");
        assertThat(owner.get(team.path("/tasks/count?status=TODO,DONE")).get("count")).isEqualTo("2");
    }

    @Test
    void aBadValueIsABadRequestNamingItsParameter() {
        Team team = Team.create(port);
        for (String query : new String[]{"project=nope", "status=DOING", "dueBefore=2026-02-30", "dueAfter=tomorrow"}) {
            Response refused = team.owner().get(team.path("/tasks?" + query));
            assertThat(refused.status()).as(query).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo(query.substring(0, query.indexOf('=')));
        }
    }

    private static List<String> titles(Api who, String path) {
        Response page = who.get(path);
        assertThat(page.status()).as(path).isEqualTo(200);
        List<String> titles = new ArrayList<>();
        page.json().get("items").forEach(item -> titles.add(item.get("title").asString()));
        return titles;
    }
}
