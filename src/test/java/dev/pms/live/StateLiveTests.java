package dev.pms.live;

import dev.pms.support.Api;
import dev.pms.support.EventStream;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Team;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A change of state reaches the open boards as the task event a change of status sends, also within one category. */
class StateLiveTests extends IntegrationTest {
    private static final Duration SOON = Duration.ofSeconds(5);

    @Test
    void aStateChangedWithinItsCategoryReachesTheBoard() {
        Team team = Team.create(port);
        Api owner = team.owner();
        String deploy = owner.post(team.path("/projects/" + team.projectId + "/states"),
                Map.of("name", "Ready for deploy", "category", "TODO")).get("id");
        String task = team.task(owner, "Tag the release");
        try (EventStream board = EventStream.open(team.get(Team.Seat.VIEWER), "/w/" + team.workspaceId + "/live?board=" + team.projectId)) {
            board.await("ready", SOON);
            owner.post(team.path("/tasks/moves"), Map.of("moves", List.of(Map.of("taskId", task, "version", 0, "status", "TODO", "stateId", deploy))));
            EventStream.Event moved = board.await("task", data -> data.contains(task) && data.contains("\"version\":1"), SOON);
            assertThat(moved.data()).contains("\"edited\"");
        }
    }
}
