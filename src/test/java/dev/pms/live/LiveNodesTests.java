package dev.pms.live;

import com.zaxxer.hikari.HikariDataSource;
import dev.pms.support.Api;
import dev.pms.support.AppInstance;
import dev.pms.support.EventStream;
import dev.pms.support.IntegrationTest;
import dev.pms.support.StartsNodes;
import dev.pms.support.Team;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/** A change made through one node reaches the streams open on another node of the same PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@StartsNodes
class LiveNodesTests extends IntegrationTest {
    @Autowired
    HikariDataSource dataSource;
    private AppInstance second;

    @BeforeAll
    void startSecondNode() {
        URI jdbcUrl = URI.create(dataSource.getJdbcUrl().substring("jdbc:".length()));
        second = AppInstance.start("postgres://postgres:postgres@localhost:" + jdbcUrl.getPort() + "/postgres", "pms.jobs.enabled=false");
    }

    @AfterAll
    void stopSecondNode() {
        second.close();
    }

    @Test
    void aChangeOnOneNodeReachesThePagesOnTheOther() {
        Team team = Team.create(port);
        Api onSecond = team.get(Team.Seat.MEMBER).at(second.port());
        try (EventStream page = EventStream.open(onSecond, "/w/" + team.workspaceId + "/live?board=" + team.projectId)) {
            page.await("ready", Duration.ofSeconds(10));
            String task = team.task(team.owner(), "Made on the first node");
            page.await("task", data -> data.contains(task), Duration.ofSeconds(5));
            team.owner().post(team.path("/tasks/" + task + "/move"), Map.of("version", 0, "status", "DONE"));
            page.await("task", data -> data.contains(task) && data.contains("STATUS"), Duration.ofSeconds(5));
        }
    }
}
