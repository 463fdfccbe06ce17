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

/**
 * A change of state reaches the open boards as the task event a change of status sends, also within one category;
 * a removed state reaches its project's boards, which redraw without its column.
 */
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

    @Test
    void removingAStateTellsItsProjectsBoardsWhichRedrawWithoutTheColumnAndWithTheMovedCards() {
        Team team = Team.create(port);
        Api owner = team.owner();
        String deploy = team.state("Ready for deploy", "TODO");
        String task = team.task(owner, "Tag the release");
        owner.post(team.path("/tasks/" + task + "/move"), Map.of("version", 0, "status", "TODO", "stateId", deploy));
        String other = owner.post(team.path("/projects"), Map.of("name", "Other")).get("id");
        String grid = "/w/" + team.workspaceId + "/projects/" + team.projectId + "/board/grid";
        Api viewer = team.get(Team.Seat.VIEWER);
        assertThat(viewer.get(grid).body()).contains("Ready for deploy");
        try (EventStream board = EventStream.open(viewer, "/w/" + team.workspaceId + "/live?board=" + team.projectId);
             EventStream otherBoard = EventStream.open(viewer, "/w/" + team.workspaceId + "/live?board=" + other)) {
            board.await("ready", SOON);
            otherBoard.await("ready", SOON);
            assertThat(owner.delete(team.path("/projects/" + team.projectId + "/states/" + deploy)).status()).isEqualTo(200);
            EventStream.Event removed = board.await("states", data -> data.contains(deploy), SOON);
            assertThat(removed.data()).contains("\"removed\"").contains(team.projectId);
            assertThat(otherBoard.next(e -> "states".equals(e.name()), Duration.ofSeconds(1))).as("another project's board").isNull();
        }
        String redrawn = viewer.get(grid).body();
        assertThat(redrawn).doesNotContain("Ready for deploy").contains("Tag the release");
    }
}
