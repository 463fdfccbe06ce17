package dev.pms.task;

import dev.pms.support.Api;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Team;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TaskSortDirectionTests extends IntegrationTest {
    Team team;
    Api owner;

    @BeforeEach
    void tasks() {
        team = Team.create(port);
        owner = team.owner();
        // two tasks share a title so that the id tie-breaker decides between them on a page boundary
        for (String title : List.of("delta", "Alpha", "echo", "Charlie", "bravo", "charlie")) {
            team.task(owner, title);
        }
    }

    @Test
    void titlePagesAscendingContinueAfterTheLastRowOfEachPage() {
        List<String> titles = allPages("sort=TITLE&direction=asc");
        assertThat(titles).extracting(String::toLowerCase).containsExactly("alpha", "bravo", "charlie", "charlie", "delta", "echo");
    }

    @Test
    void titlePagesDescendingAreTheAscendingOnesReversed() {
        List<String> ascending = allPages("sort=TITLE&direction=asc");
        List<String> descending = allPages("sort=TITLE&direction=desc");
        assertThat(descending).hasSize(6).containsExactlyElementsOf(ascending.reversed());
    }

    @Test
    void createdSortsBothWaysAndANewestFirstDefault() {
        List<String> natural = allPages("sort=CREATED");
        List<String> oldestFirst = allPages("sort=CREATED&direction=asc");
        assertThat(oldestFirst).containsExactly("delta", "Alpha", "echo", "Charlie", "bravo", "charlie");
        assertThat(natural).containsExactlyElementsOf(oldestFirst.reversed());
    }

    @Test
    void anUnknownDirectionIsABadRequestInWords() {
        var response = owner.get(team.path("/tasks?sort=TITLE&direction=sideways"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("'asc' or 'desc'");
    }

    /** Every task through pages of two, each page asked with the cursor of the one before. */
    private List<String> allPages(String order) {
        List<String> titles = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = owner.get(team.path("/tasks?limit=2&" + order + (cursor == null ? "" : "&cursor=" + cursor))).json();
            page.get("items").forEach(t -> titles.add(t.get("title").asString()));
            cursor = page.path("nextCursor").isNull() || page.path("nextCursor").isMissingNode() ? null : page.get("nextCursor").asString();
        } while (cursor != null && titles.size() < 20);
        return titles;
    }
}
