package dev.pms.live;

import dev.pms.imports.Uploads;
import dev.pms.support.Api;
import dev.pms.support.EventStream;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Team;
import dev.pms.support.Team.Seat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Changes reach the streams of the pages that show them, after their commit only, and only for those who may read them. */
class LiveUpdatesTests extends IntegrationTest {
    private static final Duration SOON = Duration.ofSeconds(5);
    private Team team;
    private Api owner;

    @BeforeEach
    void team() {
        team = Team.create(port);
        owner = team.owner();
    }

    private EventStream board(Api who) {
        EventStream stream = EventStream.open(who, "/w/" + team.workspaceId + "/live?board=" + team.projectId);
        assertThat(stream.status()).isEqualTo(200);
        stream.await("ready", SOON);
        return stream;
    }

    @Test
    void aMoveAndATitleEditReachTheBoardsOfEveryoneWhoReadsIt() {
        try (EventStream viewer = board(team.get(Seat.VIEWER))) {
            String task = team.task(owner, "Write the launch post");
            viewer.await("task", data -> data.contains(task) && data.contains("\"created\""), SOON);
            owner.post(team.path("/tasks/" + task + "/move"), Map.of("version", 0, "status", "DONE"));
            EventStream.Event moved = viewer.await("task", data -> data.contains(task) && data.contains("STATUS"), SOON);
            assertThat(moved.data()).contains("\"version\":1").doesNotContain("Write the launch post");
            owner.patch(team.path("/tasks/" + task), Map.of("version", 1, "title", "Launch post"));
            assertThat(viewer.await("task", data -> data.contains("TITLE"), SOON).data()).contains("\"version\":2");
            assertThat(moved.id()).isNotBlank();
        }
    }

    @Test
    void aParentChangeAndALinkReachTheBoardAsEditsOfTheirTasks() {
        String parent = team.task(owner, "Parent");
        String child = team.task(owner, "Child");
        try (EventStream viewer = board(team.get(Seat.VIEWER))) {
            owner.patch(team.path("/tasks/" + child), Map.of("version", 0, "parentId", parent));
            assertThat(viewer.await("task", data -> data.contains(child) && data.contains("PARENT"), SOON).data())
                    .contains("\"version\":1");
            owner.post(team.path("/tasks/" + parent + "/links"), Map.of("kind", "blocks", "taskId", child));
            viewer.await("task", data -> data.contains(parent) && data.contains("LINKS"), SOON);
            viewer.await("task", data -> data.contains(child) && data.contains("LINKS"), SOON);
        }
    }

    @Test
    void aBoardHearsOnlyOfItsOwnProjectsTasksWhileTheTableHearsOfAll() {
        String other = owner.post(team.path("/projects"), Map.of("name", "Other")).get("id");
        try (EventStream board = board(owner);
             EventStream table = EventStream.open(owner, "/w/" + team.workspaceId + "/live")) {
            table.await("ready", SOON);
            String elsewhere = owner.post(team.path("/tasks"), Map.of("projectId", other, "title", "Elsewhere")).get("id");
            String here = team.task(owner, "Here");
            table.await("task", data -> data.contains(elsewhere), SOON);
            table.await("task", data -> data.contains(here), SOON);
            EventStream.Event first = board.await("task", data -> true, SOON);
            assertThat(first.data()).contains(here);
        }
    }

    @Test
    void aChangeWhoseTransactionRollsBackSendsNoEvent() {
        String task = team.task(owner, "Stays put");
        try (EventStream stream = board(team.get(Seat.MEMBER))) {
            // the first move is made and published, then the second fails and the whole drop rolls back
            var refused = owner.post(team.path("/tasks/moves"), Map.of("moves", List.of(
                    Map.of("taskId", task, "version", 0, "status", "DONE"),
                    Map.of("taskId", UUID.randomUUID().toString(), "version", 0, "status", "DONE"))));
            assertThat(refused.status()).isEqualTo(404);
            owner.patch(team.path("/tasks/" + task), Map.of("version", 0, "title", "Renamed"));
            EventStream.Event first = stream.await("task", data -> true, SOON);
            assertThat(first.data()).contains("TITLE").doesNotContain("STATUS").contains("\"version\":1");
        }
    }

    @Test
    void aRemovedMemberReceivesNothingMoreAndIsDisconnected() {
        Api member = team.get(Seat.MEMBER);
        try (EventStream removed = board(member); EventStream stays = board(team.get(Seat.VIEWER))) {
            assertThat(owner.delete(team.path("/members/" + member.userId())).status()).isEqualTo(204);
            String task = team.task(owner, "Secret plans");
            stays.await("task", data -> data.contains(task), SOON);
            assertThat(removed.endsWithin(SOON)).isTrue();
            assertThat(removed.seen()).noneMatch(e -> e.name().equals("task"));
            EventStream again = EventStream.open(member, "/w/" + team.workspaceId + "/live?board=" + team.projectId);
            assertThat(again.status()).isEqualTo(404);
            again.close();
        }
    }

    @Test
    void aRoleChangeClosesTheStreamBeforeTheNextEvent() {
        Api member = team.get(Seat.MEMBER);
        try (EventStream stream = board(member)) {
            owner.patch(team.path("/members/" + member.userId()), Map.of("role", "VIEWER"));
            team.task(owner, "After the change");
            assertThat(stream.endsWithin(SOON)).isTrue();
            assertThat(stream.seen()).noneMatch(e -> e.name().equals("task"));
        }
        try (EventStream reopened = board(member)) {
            String task = team.task(owner, "Seen as a viewer");
            reopened.await("task", data -> data.contains(task), SOON);
        }
    }

    @Test
    void outsidersAndAnonymousCannotListen() {
        EventStream outsider = EventStream.open(team.get(Seat.OUTSIDER), "/w/" + team.workspaceId + "/live");
        assertThat(outsider.status()).isEqualTo(404);
        outsider.close();
        EventStream anonymous = EventStream.open(anonymous(), "/w/" + team.workspaceId + "/live");
        assertThat(anonymous.status()).isNotEqualTo(200);
        anonymous.close();
    }

    @Test
    void aPageThatReconnectsWithItsLastEventIdIsToldToResync() {
        try (EventStream stream = EventStream.open(owner, "/w/" + team.workspaceId + "/live?board=" + team.projectId,
                "Last-Event-ID", "abc-12")) {
            stream.await("ready", SOON);
            stream.await("resync", SOON);
        }
    }

    @Test
    void anImportSendsOneEventWhateverItsRows() {
        try (EventStream stream = board(owner)) {
            String id = Uploads.importFile(team, "fifty.csv", Uploads.rows(50)).get("id");
            stream.await("import", data -> data.contains(id) && data.contains("\"rows\":50"), SOON);
            assertThat(stream.next(e -> e.name().equals("task"), Duration.ofMillis(300))).isNull();
        }
    }
}
