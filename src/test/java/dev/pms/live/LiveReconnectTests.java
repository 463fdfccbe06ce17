package dev.pms.live;

import dev.pms.support.EventStream;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Team;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The node's LISTEN session is cut (pg_terminate_backend) while a page is open: it comes back and the page resyncs. */
class LiveReconnectTests extends IntegrationTest {
    private static final Duration SOON = Duration.ofSeconds(10);

    @Test
    void aLostListenSessionIsOpenedAgainAndThePagesResyncSoNoChangeIsMissed() {
        Team team = Team.create(port);
        String task = team.task(team.owner(), "Before the cut");
        try (EventStream page = EventStream.open(team.owner(), "/w/" + team.workspaceId + "/live?board=" + team.projectId)) {
            page.await("ready", SOON);
            int cut = jdbc.sql("select count(pg_terminate_backend(pid)) from pg_stat_activity where application_name = :name")
                    .param("name", LiveListener.APPLICATION_NAME).query(Integer.class).single();
            assertThat(cut).isEqualTo(1);
            // made while the node has no LISTEN session: its event is lost, so the resync must come after it
            team.owner().patch(team.path("/tasks/" + task), Map.of("version", 0, "title", "During the cut"));
            EventStream.Event resync = page.next(e -> e.name().equals("resync"), SOON);
            assertThat(resync).as("events: %s", page.seen()).isNotNull();
            assertThat(team.owner().get(team.path("/tasks/" + task)).get("title")).isEqualTo("During the cut");

            team.owner().patch(team.path("/tasks/" + task), Map.of("version", 1, "title", "After the cut"));
            page.await("task", data -> data.contains(task) && data.contains("\"version\":2"), SOON);
            assertThat(jdbc.sql("select count(*) from pg_stat_activity where application_name = :name")
                    .param("name", LiveListener.APPLICATION_NAME).query(Integer.class).single()).isEqualTo(1);
        }
    }
}
