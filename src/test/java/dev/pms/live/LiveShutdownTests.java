package dev.pms.live;

import com.zaxxer.hikari.HikariDataSource;
import dev.pms.support.Api;
import dev.pms.support.AppInstance;
import dev.pms.support.EventStream;
import dev.pms.support.IntegrationTest;
import dev.pms.support.StartsNodes;
import dev.pms.support.Team;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node that stops ends the live streams open on it at once, so that its pages reconnect to another node and its
 * graceful shutdown does not wait for them (an open stream is a request in flight) until the phase times out.
 */
@StartsNodes
class LiveShutdownTests extends IntegrationTest {
    @Autowired
    HikariDataSource dataSource;

    @Test
    void aStoppingNodeEndsItsStreamsAndDoesNotWaitForThem() throws Exception {
        URI jdbcUrl = URI.create(dataSource.getJdbcUrl().substring("jdbc:".length()));
        // a phase timeout far longer than the waits below: a shutdown held by the stream would show as a failure
        AppInstance node = AppInstance.start("postgres://postgres:postgres@localhost:" + jdbcUrl.getPort() + "/postgres",
                "pms.jobs.enabled=false", "spring.lifecycle.timeout-per-shutdown-phase=120s");
        Team team = Team.create(port);
        Api onNode = team.get(Team.Seat.MEMBER).at(node.port());
        try (EventStream page = EventStream.open(onNode, "/w/" + team.workspaceId + "/live?board=" + team.projectId)) {
            page.await("ready", Duration.ofSeconds(10));
            CompletableFuture<Void> shutdown = CompletableFuture.runAsync(node::close);
            assertThat(page.endsWithin(Duration.ofSeconds(15))).as("the stream ended; events: %s", page.seen()).isTrue();
            shutdown.get(30, TimeUnit.SECONDS);
        } finally {
            node.close();
        }
    }
}
